package com.valt.planner.bench;

import com.valt.planner.domain.Site;
import com.valt.planner.engine.Endpoint;
import com.valt.planner.engine.Flow;
import com.valt.planner.engine.FlowEngine;
import com.valt.planner.engine.FlowResult;
import com.valt.planner.io.CatalogLoader;
import com.valt.planner.testing.SiteGenerator;
import java.util.Arrays;
import java.util.List;
import org.jgrapht.Graph;
import org.jgrapht.graph.AbstractBaseGraph;
import org.jgrapht.graph.DefaultGraphSpecificsStrategy;
import org.jgrapht.graph.DefaultGraphType;

/**
 * The engine ratios of {@link EngineBenchmark} for a busy machine: the bare JGraphT build, the engine on the
 * campus and on the zoned campus run in turn, call after call, so that load from other processes falls on
 * all three alike; prints the medians and the ratios. JMH runs one benchmark after the other, and on a
 * shared machine the load changes between them. Run: {@code java -cp target/classes:target/test-classes:DEPS
 * com.valt.planner.bench.EngineInterleaved [RUNS]}.
 */
public final class EngineInterleaved {
    private EngineInterleaved() {}

    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 60;
        Site site = SiteGenerator.campus();
        Site zoned = SiteGenerator.zoned(site);
        FlowEngine engine = new FlowEngine(CatalogLoader.loadDefault());
        FlowResult base = engine.compute(site);
        List<Endpoint> vertices = base.endpoints();
        List<Flow> edges = base.flows();
        long[][] nanos = new long[3][runs];
        for (int i = -runs / 2; i < runs; i++) { // the first half-run warms up, untimed
            for (int k = 0; k < 3; k++) {
                long start = System.nanoTime();
                if (k == 0) {
                    Graph<Endpoint, Flow> g = new AbstractBaseGraph<Endpoint, Flow>(
                            null,
                            null,
                            DefaultGraphType.directedMultigraph(),
                            new DefaultGraphSpecificsStrategy<>()) {};
                    vertices.forEach(g::addVertex);
                    edges.forEach(f -> g.addEdge(f.source(), f.destination(), f));
                } else {
                    FlowResult r = engine.compute(k == 1 ? site : zoned);
                    r.findings();
                    r.links();
                }
                if (i >= 0) {
                    nanos[k][i] = System.nanoTime() - start;
                }
            }
        }
        for (long[] n : nanos) {
            Arrays.sort(n);
        }
        double bare = nanos[0][runs / 2] / 1e6;
        double plain = nanos[1][runs / 2] / 1e6;
        double withZones = nanos[2][runs / 2] / 1e6;
        System.out.printf(
                "medians of %d interleaved runs: bare JGraphT %.2f ms, engine %.2f ms (%.2fx),"
                        + " engine on the zoned campus %.2f ms (%.2fx)%n",
                runs, bare, plain, plain / bare, withZones, withZones / bare);
    }
}
