package com.valt.planner.ruleset;

import static org.assertj.core.api.Assertions.assertThat;

import com.valt.planner.domain.Device;
import com.valt.planner.domain.Site;
import com.valt.planner.engine.Endpoint;
import com.valt.planner.engine.Flow;
import com.valt.planner.engine.FlowEngine;
import com.valt.planner.engine.FlowResult;
import com.valt.planner.engine.Hop;
import com.valt.planner.engine.Route;
import com.valt.planner.io.CatalogLoader;
import com.valt.planner.io.SiteFileReader;
import com.valt.planner.testing.SiteGenerator;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Rule sets made from the engine's own routing: the zoned samples and generated zoned sites, expanded back. */
class RoutedSitesTest {
    private static final FlowEngine ENGINE = new FlowEngine(CatalogLoader.loadDefault());

    @ParameterizedTest
    @ValueSource(strings = {"hospital-zones", "university-zones"})
    void theZonedSamplesRulesExpandToExactlyEachFirewallsFlows(String sample) throws Exception {
        FlowResult result = ENGINE.compute(SiteFileReader.read(Path.of("samples", sample + ".valt.json")));
        RuleSets sets = RuleSets.of(result);
        assertThat(sets.sets()).isNotEmpty();
        assertExact(result, sets);
        assertThat(sets.unroutable()).isEqualTo(result.unroutableFlows());
    }

    @ParameterizedTest(name = "{0} cameras, {1} media servers, {2} clients, {3} BEAM, redundant core {4}")
    @CsvSource({"40, 3, 9, 6, true", "2000, 40, 300, 50, false"})
    void generatedZonedSitesRoutedByTheEngineAreExact(
            int cameras, int media, int clients, int beams, boolean redundant) {
        Site site = pinDhcpToWifi(ZonedSites.zoned(
                SiteGenerator.generate(SiteGenerator.Spec.of(cameras, media, clients, beams)), redundant));
        FlowResult result = ENGINE.compute(site);
        RuleSets sets = RuleSets.of(result);
        assertExact(result, sets);
        // the engine's routing and the tests' hand-made one agree, so the hand-routed tests hold too
        HandRoutes hand = new HandRoutes(site, ZonedSites.fixedZones(site));
        assertThat(Bridge.ruleSets(result, hand).sets()).isEqualTo(sets.sets());
        assertThat(sets.set("core").orElseThrow().rules().size()).isLessThanOrEqualTo(2 * (media + 1) + 20);
    }

    @Test
    void theSameSampleGivesTheSameRulesTwice() throws Exception {
        Path file = Path.of("samples", "university-zones.valt.json");
        RuleSets a = RuleSets.of(ENGINE.compute(SiteFileReader.read(file)));
        RuleSets b = RuleSets.of(ENGINE.compute(SiteFileReader.read(file)));
        assertThat(a.sets()).isEqualTo(b.sets());
    }

    private static Site pinDhcpToWifi(Site site) {
        return site.withDevices(site.devices().stream()
                .map(d -> d.address() == null ? d.withZone("wifi") : d)
                .toList());
    }

    static void assertExact(FlowResult result, RuleSets sets) {
        for (FirewallRuleSet set : sets.sets()) {
            String id = set.firewall().id();
            List<Expansion.Expected> expected = new ArrayList<>();
            for (Flow f : result.flows()) {
                Route r = result.route(f);
                Set<Hop> hops = new LinkedHashSet<>();
                r.paths()
                        .forEach(p ->
                                p.stream().filter(h -> h.firewall().equals(id)).forEach(hops::add));
                for (Hop h : hops) {
                    expected.add(new Expansion.Expected(
                            h.inInterface(),
                            h.outInterface(),
                            members(result.site(), f.source(), r.sourceZone()),
                            isName(result.site(), f.source()),
                            members(result.site(), f.destination(), r.destinationZone()),
                            isName(result.site(), f.destination()),
                            f.transport(),
                            f.port()));
                }
            }
            List<Set<Expansion.Tuple>> sides = Expansion.compare(set.rules(), expected);
            assertThat(sides.get(0)).as(id).isEqualTo(sides.get(1));
            assertThat(set.rules().stream().mapToInt(FirewallRule::flows).sum())
                    .as(id)
                    .isEqualTo(expected.size());
        }
    }

    private static String address(Site site, Endpoint e) {
        return e.type().isDevice() ? site.device(e.id()).map(Device::address).orElse(null) : e.address();
    }

    private static List<String> members(Site site, Endpoint e, String zone) {
        String address = address(site, e);
        return address == null ? site.zone(zone).orElseThrow().networks() : List.of(address);
    }

    private static boolean isName(Site site, Endpoint e) {
        String address = address(site, e);
        return address != null && !Cidrs.isCidr(address);
    }
}
