package com.valt.planner.bench;

import com.valt.planner.domain.Firewall;
import com.valt.planner.domain.Site;
import com.valt.planner.engine.FlowEngine;
import com.valt.planner.engine.FlowResult;
import com.valt.planner.io.CatalogLoader;
import com.valt.planner.ruleset.Aggregator;
import com.valt.planner.ruleset.Bridge;
import com.valt.planner.ruleset.CarriedFlow;
import com.valt.planner.ruleset.FirewallRuleSet;
import com.valt.planner.ruleset.HandRoutes;
import com.valt.planner.ruleset.RuleSets;
import com.valt.planner.ruleset.ZonedSites;
import com.valt.planner.testing.SiteGenerator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Issue 10: aggregation must not be quadratic in flows. {@code scale} 1 is the zoned campus (2,391
 * devices, 42,846 flows, edge + core firewall); 4 is four times every count (about 170,000 flows).
 * {@code aggregateCore} folds the core firewall's carried flows; {@code ruleSets} is the whole job
 * (each flow to the firewalls it crosses, then every firewall folded). Routes are the tests' hand-made
 * ones, worked out once in setup, so only the rule-set code is timed.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 6, time = 2)
public class RuleSetsBenchmark {
    @Param({"1", "4"})
    public int scale;

    private FlowResult result;
    private HandRoutes routes;
    private Firewall core;
    private List<CarriedFlow> coreFlows;

    @Setup
    public void setUp() {
        Site site = ZonedSites.zoned(
                SiteGenerator.generate(SiteGenerator.Spec.of(2000 * scale, 40 * scale, 300 * scale, 50 * scale)),
                false);
        result = new FlowEngine(CatalogLoader.loadDefault()).compute(site);
        routes = new HandRoutes(site, ZonedSites.fixedZones(site));
        RuleSets sets = Bridge.ruleSets(result, routes);
        core = site.firewall("core").orElseThrow();
        coreFlows = sets.carried("core");
        System.err.printf(
                "%nscale %d: %d flows, core carries %d, rules: %s%n",
                scale,
                result.flows().size(),
                coreFlows.size(),
                sets.sets().stream()
                        .map(s -> s.firewall().id() + " " + s.rules().size())
                        .toList());
    }

    @Benchmark
    public FirewallRuleSet aggregateCore() {
        return Aggregator.aggregate(core, coreFlows);
    }

    @Benchmark
    public RuleSets ruleSets() {
        return Bridge.ruleSets(result, routes);
    }
}
