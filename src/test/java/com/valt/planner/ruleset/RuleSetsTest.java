package com.valt.planner.ruleset;

import static org.assertj.core.api.Assertions.assertThat;

import com.valt.planner.domain.Device;
import com.valt.planner.domain.Site;
import com.valt.planner.engine.Endpoint;
import com.valt.planner.engine.Finding;
import com.valt.planner.engine.Flow;
import com.valt.planner.engine.FlowEngine;
import com.valt.planner.engine.FlowResult;
import com.valt.planner.engine.Hop;
import com.valt.planner.engine.Route;
import com.valt.planner.io.CatalogLoader;
import com.valt.planner.testing.SiteGenerator;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Rule sets of whole sites, routed by hand ({@link HandRoutes}), expanded back and compared with the flows. */
class RuleSetsTest {
    private static final FlowEngine ENGINE = new FlowEngine(CatalogLoader.loadDefault());

    @ParameterizedTest(name = "{0} cameras, {1} media servers, {2} clients, {3} BEAM, redundant core {4}")
    @CsvSource({"12, 2, 5, 4, false", "120, 7, 33, 10, true", "2000, 40, 300, 50, false"})
    void everyFirewallsRulesExpandToExactlyItsFlows(int cameras, int media, int clients, int beams, boolean redundant) {
        Site site = ZonedSites.zoned(
                SiteGenerator.generate(SiteGenerator.Spec.of(cameras, media, clients, beams)), redundant);
        FlowResult result = ENGINE.compute(site);
        HandRoutes routes = new HandRoutes(site, ZonedSites.fixedZones(site));
        RuleSets sets = RuleSets.of(result, routes);

        assertThat(sets.sets())
                .extracting(s -> s.firewall().id())
                .containsExactlyElementsOf(redundant ? List.of("edge", "core", "core2") : List.of("edge", "core"));
        for (FirewallRuleSet set : sets.sets()) {
            List<Expansion.Expected> expected =
                    expected(result, routes, set.firewall().id());
            assertThat(expected).as("flows through " + set.firewall().id()).isNotEmpty();
            List<Set<Expansion.Tuple>> sides = Expansion.compare(set.rules(), expected);
            assertThat(sides.get(0)).as(set.firewall().id()).isEqualTo(sides.get(1));
            assertThat(set.rules().stream().mapToInt(FirewallRule::flows).sum()).isEqualTo(expected.size());
            // few: one rule per server for cameras and BEAM at most, a handful for the rest
            assertThat(set.rules().size()).as(set.firewall().id()).isLessThanOrEqualTo(2 * (media + 1) + 20);
        }
        if (redundant) {
            assertThat(sets.set("core2").orElseThrow().rules())
                    .isEqualTo(sets.set("core").orElseThrow().rules());
        }
    }

    /** What the firewall must allow, from each flow and its route alone. */
    private static List<Expansion.Expected> expected(FlowResult result, HandRoutes routes, String firewall) {
        Site site = result.site();
        List<Expansion.Expected> out = new ArrayList<>();
        for (Flow f : result.flows()) {
            Route r = routes.apply(f);
            Set<Hop> hops = new LinkedHashSet<>();
            r.paths()
                    .forEach(p -> p.stream()
                            .filter(h -> h.firewall().equals(firewall))
                            .forEach(hops::add));
            for (Hop h : hops) {
                out.add(new Expansion.Expected(
                        h.inInterface(),
                        h.outInterface(),
                        members(site, f.source(), r.sourceZone()),
                        isName(site, f.source()),
                        members(site, f.destination(), r.destinationZone()),
                        isName(site, f.destination()),
                        f.transport(),
                        f.port()));
            }
        }
        return out;
    }

    private static List<String> members(Site site, Endpoint e, String zone) {
        String address =
                e.type().isDevice() ? site.device(e.id()).map(Device::address).orElse(null) : e.address();
        if (address == null) {
            return site.zone(zone).orElseThrow().networks();
        }
        return List.of(address);
    }

    private static boolean isName(Site site, Endpoint e) {
        String address =
                e.type().isDevice() ? site.device(e.id()).map(Device::address).orElse(null) : e.address();
        return address != null && !Cidrs.isCidr(address);
    }

    @Test
    void theCampusGivesTensOfRulesInFlowsMdOrderWithThePlansNames() {
        Site site = ZonedSites.zoned(SiteGenerator.campus(), false);
        FlowResult result = ENGINE.compute(site);
        RuleSets sets = RuleSets.of(result, new HandRoutes(site, ZonedSites.fixedZones(site)));
        FirewallRuleSet core = sets.set("core").orElseThrow();
        FirewallRuleSet edge = sets.set("edge").orElseThrow();

        assertThat(core.rules().size()).isBetween(10, 150);
        assertThat(edge.rules().size()).isBetween(3, 20);
        List<String> sections = List.of("client-to-servers", "servers-to-cameras", "beam-to-servers");
        int last = -1;
        for (FirewallRule r : core.rules()) {
            String first = r.catalogRules().get(0);
            int section =
                    sections.indexOf(result.catalog().rule(first).orElseThrow().section());
            assertThat(section).as("rule %d (%s)", r.number(), first).isGreaterThanOrEqualTo(last);
            last = section;
        }
        assertThat(core.addressObjects())
                .extracting(AddressObject::name)
                .contains(
                        "valt-clients",
                        "valt-admin-clients",
                        "valt-servers",
                        "valt-app",
                        "valt-ms2-cameras",
                        "valt-wifi-beam");
        assertThat(edge.addressObjects())
                .extracting(AddressObject::name)
                .contains("valt-update-mirrors", "valt-wowza-licensing", "valt-dns-servers");
        assertThat(edge.rules())
                .filteredOn(r -> r.destinations().isHostNames())
                .allSatisfy(r -> assertThat(r.notes()).anyMatch(n -> n.contains("wan1")));
        assertThat(sets.findings()).extracting(Finding::level).containsOnly(Finding.Level.NOTE);
        assertThat(sets.findings())
                .anyMatch(f -> f.path().equals("firewalls[1]")
                        && f.message().contains("no address")
                        && f.deviceIds().contains("beam3"));
        assertThat(sets.findings())
                .anyMatch(f -> f.path().equals("firewalls[0]") && f.message().contains("FQDN"));
    }

    @Test
    void theSameSiteGivesTheSameRuleSets() {
        Site site = ZonedSites.zoned(SiteGenerator.generate(SiteGenerator.Spec.of(300, 6, 40, 12)), true);
        Map<String, String> fixed = ZonedSites.fixedZones(site);
        RuleSets a = RuleSets.of(ENGINE.compute(site), new HandRoutes(site, fixed));
        RuleSets b = RuleSets.of(ENGINE.compute(site), new HandRoutes(site, fixed));
        assertThat(a.sets()).isEqualTo(b.sets());
        assertThat(a.findings()).isEqualTo(b.findings());
    }

    @Test
    void aSiteWithoutZonesHasNoRuleSets() {
        Site site = SiteGenerator.generate(SiteGenerator.Spec.of(10, 1, 3, 2));
        RuleSets sets = RuleSets.of(ENGINE.compute(site));
        assertThat(sets.sets()).isEmpty();
        assertThat(sets.unroutable()).isEmpty();
    }

    @Test
    void flowsWithoutAPathAreListedAndInNoRule() {
        Site base = SiteGenerator.generate(SiteGenerator.Spec.of(10, 1, 3, 0));
        Site site = base.withZones(ZonedSites.ZONES).withFirewalls(List.of(ZonedSites.edge()));
        FlowResult result = ENGINE.compute(site);
        RuleSets sets = RuleSets.of(result, new HandRoutes(site, Map.of()));
        assertThat(sets.unroutable())
                .isNotEmpty()
                .allMatch(f ->
                        f.section().equals("client-to-servers") || f.section().equals("servers-to-cameras"));
        assertThat(sets.set("edge").orElseThrow().rules())
                .isNotEmpty()
                .allMatch(
                        r -> r.inInterface().equals("port2") && r.outInterface().equals("wan1"));
    }
}
