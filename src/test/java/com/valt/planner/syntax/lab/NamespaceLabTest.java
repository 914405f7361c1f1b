package com.valt.planner.syntax.lab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.valt.planner.domain.Platform;
import com.valt.planner.domain.Site;
import com.valt.planner.ruleset.FirewallRule;
import com.valt.planner.ruleset.FirewallRuleSet;
import com.valt.planner.syntax.IptablesSyntax;
import com.valt.planner.syntax.NftablesSyntax;
import com.valt.planner.syntax.RuleSetFixture;
import com.valt.planner.syntax.ZonedSites;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The generated nftables and iptables files on real kernels: the plan as namespaces, each
 * firewall's file loaded into its router, then connections tried for real.
 */
class NamespaceLabTest {

    @Test
    void fixtureCampusPassesEveryRequiredFlowAndDropsSampledOthers() throws Exception {
        RuleSetFixture f = RuleSetFixture.campus(Platform.NFTABLES);
        Site site = f.site();
        LabRun.on(site, f.sets(), 300).assertAllGood();
    }

    /** The real thing: rule sets from the engine's routes and the aggregation, on the zoned samples and a generated site. */
    @Test
    void zonedSamplesAndAGeneratedSitePassEveryRequiredFlowAndDropSampledOthers() throws Exception {
        List<String> failures = new ArrayList<>();
        for (Map.Entry<String, Site> e : ZonedSites.all().entrySet()) {
            LabRun run = LabRun.on(e.getValue(), ZonedSites.ruleSets(e.getValue()), 200);
            run.failures.forEach(x -> failures.add(e.getKey() + ": " + x));
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void theLabCatchesAFirewallFileThatLacksARule() throws Exception {
        RuleSetFixture f = RuleSetFixture.campus(Platform.NFTABLES);
        Site site = f.site();
        FirewallRuleSet core = f.sets().get(0);
        FirewallRule missing = core.rules().get(0);
        LabRun run = LabRun.on(
                site,
                f.sets(),
                20,
                s -> s == core
                        ? new FirewallRuleSet(
                                s.firewall(), s.rules().subList(1, s.rules().size()))
                        : s,
                false);
        LabPlan plan = new LabPlan(new Topology(site), List.of(new FirewallRuleSet(core.firewall(), List.of(missing))));
        int missingFlows = plan.required().size();
        assertThat(missingFlows).isPositive();
        assertThat(run.failures).hasSize(missingFlows).allMatch(x -> x.matches("nftables: required TCP .* -> DROP"));
    }

    /** One lab run: nftables, then iptables, on the same namespaces. */
    static final class LabRun {
        final List<String> failures = new ArrayList<>();
        final List<String> timings = new ArrayList<>();
        int required;
        int dropped;

        static LabRun on(Site site, List<FirewallRuleSet> sets, int samples) throws Exception {
            return on(site, sets, samples, UnaryOperator.identity(), true);
        }

        /** {@code loaded} changes what is loaded but not what is expected: the lab's own mutation check. */
        static LabRun on(
                Site site,
                List<FirewallRuleSet> sets,
                int samples,
                UnaryOperator<FirewallRuleSet> loaded,
                boolean alsoIptables)
                throws Exception {
            String why = Lab.unavailableReason();
            assumeTrue(why == null, why);
            LabRun run = new LabRun();
            Topology topology = new Topology(site);
            LabPlan plan = new LabPlan(topology, sets);
            List<Probe> required = plan.required();
            for (Probe p : required) {
                assertThat(plan.allowed(p.transport(), p.src(), p.dst(), p.port()))
                        .as("the lab's path for %s allows it", p.line())
                        .isTrue();
            }
            List<Probe> drop = plan.samplesToDrop(samples, 42);
            assertThat(required).isNotEmpty();
            assertThat(drop).hasSizeGreaterThanOrEqualTo(Math.min(samples, 50));
            run.required = required.size();
            run.dropped = drop.size();
            long t0 = System.nanoTime();
            try (Lab lab = Lab.build(topology, plan.addresses)) {
                startDnsResponders(lab, topology, plan);
                run.timings.add("built and responders up " + ms(t0));
                for (FirewallRuleSet s : sets) {
                    lab.loadNft(s.firewall().id(), new NftablesSyntax().write(site, forLab(lab, loaded.apply(s))));
                }
                long t1 = System.nanoTime();
                run.check("nftables", lab, topology, required, drop);
                run.timings.add("nftables loaded and probed " + ms(t1));
                if (!alsoIptables) {
                    run.timings.add("iptables not tried in this run");
                } else if (iptablesUsable()) {
                    for (FirewallRuleSet s : sets) {
                        lab.clearRules(s.firewall().id());
                        String[] parts = new IptablesSyntax()
                                .write(site, forLab(lab, loaded.apply(s)))
                                .split(Pattern.quote(IptablesSyntax.IPV6_MARKER + "\n"));
                        lab.loadIptables(s.firewall().id(), parts[0], parts.length > 1 ? parts[1] : null);
                    }
                    long t2 = System.nanoTime();
                    run.check("iptables", lab, topology, required, drop);
                    run.timings.add("iptables loaded and probed " + ms(t2));
                } else {
                    run.failures.add("iptables-restore is missing: the iptables files were not tried in the lab");
                }
            }
            run.timings.add("total with clean-up " + ms(t0));
            System.out.println("lab: " + run.required + " required flows, " + run.dropped + " to drop; "
                    + String.join(", ", run.timings));
            return run;
        }

        private static String ms(long since) {
            return (System.nanoTime() - since) / 1_000_000 + " ms";
        }

        void assertAllGood() {
            assertThat(failures)
                    .as("lab failures (%d required flows, %d sampled flows to drop)", required, dropped)
                    .isEmpty();
        }

        private static boolean iptablesUsable() {
            return new java.io.File("/usr/sbin/iptables-restore").canExecute()
                    && new java.io.File("/usr/sbin/ip6tables-restore").canExecute();
        }

        private static FirewallRuleSet forLab(Lab lab, FirewallRuleSet s) {
            return LabPlan.renamed(s, n -> lab.ifname(s.firewall().id(), n));
        }

        private static void startDnsResponders(Lab lab, Topology topology, LabPlan plan) throws Exception {
            Map<String, List<String>> byZone = new LinkedHashMap<>();
            for (String a : plan.addresses) {
                byZone.computeIfAbsent(topology.zoneOf(a), k -> new ArrayList<>())
                        .add(a);
            }
            lab.startUdpResponders(53, byZone);
        }

        private void check(String what, Lab lab, Topology topology, List<Probe> required, List<Probe> drop)
                throws Exception {
            List<Probe> all = new ArrayList<>(required);
            all.addAll(drop);
            Map<String, List<Probe>> byZone = new LinkedHashMap<>();
            for (Probe p : all) {
                byZone.computeIfAbsent(topology.zoneOf(p.src()), k -> new ArrayList<>())
                        .add(p);
            }
            ExecutorService pool = Executors.newFixedThreadPool(byZone.size());
            Map<String, String> outcomes = new HashMap<>();
            List<Future<Map<String, String>>> futures = new ArrayList<>();
            byZone.forEach((zone, probes) -> futures.add(pool.submit(() -> lab.probe(zone, probes))));
            for (Future<Map<String, String>> f : futures) {
                outcomes.putAll(f.get());
            }
            pool.shutdown();
            for (Probe p : required) {
                String o = outcomes.getOrDefault(p.id(), "MISSING");
                if (!o.startsWith("PASS")) {
                    failures.add(what + ": required " + p.transport() + " " + p.src() + " " + p.dst() + " " + p.port()
                            + " -> " + o);
                }
            }
            for (Probe p : drop) {
                String o = outcomes.getOrDefault(p.id(), "MISSING");
                if (!o.equals("DROP")) {
                    failures.add(what + ": not allowed " + p.line() + " -> " + o);
                }
            }
        }
    }
}
