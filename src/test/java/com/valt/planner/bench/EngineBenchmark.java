package com.valt.planner.bench;

import com.valt.planner.domain.Site;
import com.valt.planner.engine.Endpoint;
import com.valt.planner.engine.Flow;
import com.valt.planner.engine.FlowEngine;
import com.valt.planner.engine.FlowResult;
import com.valt.planner.io.CatalogLoader;
import com.valt.planner.testing.SiteGenerator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jgrapht.Graph;
import org.jgrapht.graph.AbstractBaseGraph;
import org.jgrapht.graph.DefaultGraphSpecificsStrategy;
import org.jgrapht.graph.DefaultGraphType;
import org.jgrapht.graph.DirectedMultigraph;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Target (issue 2): {@code engine} within 3x {@code bareJGraphT}, which builds a directed multigraph of
 * the same kind as the engine's (JGraphT's default specifics, without the fast pair index) with exactly
 * the engine's vertices and edges (the same Flow objects), and does nothing else. {@code engine} asks for
 * the findings and the links too, which the result otherwise works out on first use.
 * {@code bareDirectedMultigraph} is JGraphT's stock DirectedMultigraph (with the pair index), for
 * comparison. {@code engineZoned} computes the same campus with four zones and two firewalls (issue 10):
 * the same flows, so the same bare graph, plus the zone of every endpoint and the route of every flow (the
 * findings route them all). Sample mode, so JMH reports the median (p0.50) of single calls.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
        value = 2,
        jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 8, time = 2)
public class EngineBenchmark {
    private Site site;
    private Site zonedSite;
    private FlowEngine engine;
    private List<Endpoint> vertices;
    private List<Flow> edges;

    @Setup
    public void setUp() {
        site = SiteGenerator.campus();
        zonedSite = SiteGenerator.zoned(site);
        engine = new FlowEngine(CatalogLoader.loadDefault());
        FlowResult result = engine.compute(site);
        vertices = result.endpoints();
        edges = result.flows();
        if (edges.size() < 40_000) {
            throw new IllegalStateException("campus gave only " + edges.size() + " flows");
        }
        FlowResult zoned = engine.compute(zonedSite);
        if (!zoned.flows().equals(edges)
                || zoned.findings().stream().anyMatch(f -> f.level().name().equals("ERROR"))
                || zoned.unroutableFlows().size() > 0) {
            throw new IllegalStateException("the zoned campus should have the same flows, all routable, no errors");
        }
    }

    @Benchmark
    public FlowResult engineZoned() {
        FlowResult result = engine.compute(zonedSite);
        result.findings();
        result.links();
        return result;
    }

    @Benchmark
    public FlowResult engine() {
        FlowResult result = engine.compute(site);
        result.findings();
        result.links();
        return result;
    }

    @Benchmark
    public Graph<Endpoint, Flow> bareJGraphT() {
        return fill(
                new AbstractBaseGraph<Endpoint, Flow>(
                        null, null, DefaultGraphType.directedMultigraph(), new DefaultGraphSpecificsStrategy<>()) {});
    }

    @Benchmark
    public Graph<Endpoint, Flow> bareDirectedMultigraph() {
        return fill(new DirectedMultigraph<>(null, null, false));
    }

    private Graph<Endpoint, Flow> fill(Graph<Endpoint, Flow> graph) {
        for (Endpoint v : vertices) {
            graph.addVertex(v);
        }
        for (Flow f : edges) {
            graph.addEdge(f.source(), f.destination(), f);
        }
        return graph;
    }
}
