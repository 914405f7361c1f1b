package com.valt.planner.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.valt.planner.domain.Platform;
import com.valt.planner.domain.Site;
import com.valt.planner.io.CatalogLoader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Zone membership, shortest paths through firewalls and routers, and the zone findings (zones.md). */
class ZoneRoutingTest {
    private static final FlowEngine ENGINE = new FlowEngine(CatalogLoader.loadDefault());

    /** Servers, cameras and staff behind one core firewall; the edge joins servers to the internet. */
    private static SiteBuilder hospital() {
        return SiteBuilder.withApp()
                .last(d -> d.withAddress("10.20.0.10"))
                .media("ms1")
                .last(d -> d.withAddress("10.20.0.11"))
                .camera("cam1", "ms1")
                .last(d -> d.withAddress("10.30.0.21"))
                .client("pc1")
                .last(d -> d.withAddress("10.40.7.9"))
                .client("pc6")
                .last(d -> d.withAddress("fd00:40::21"))
                .beam("ipad", "ms1")
                .last(d -> d.withZone("wifi"))
                .dns("10.20.0.53", "9.9.9.9")
                .zone("servers", "10.20.0.0/24")
                .zone("cameras", "10.30.0.0/22")
                .zone("staff", "10.40.0.0/16", "fd00:40::/64")
                .zone("admins", "10.40.7.0/24")
                .zone("wifi", "10.50.0.0/23")
                .firewall("edge", Platform.FORTIGATE, "wan1=internet", "port2=servers")
                .firewall(
                        "core",
                        Platform.NFTABLES,
                        "srv1=servers",
                        "cam1=cameras",
                        "staff1=staff",
                        "adm1=admins",
                        "wifi1=wifi");
    }

    private static Flow flow(FlowResult r, String rule, String source, String destination) {
        return r.flows().stream()
                .filter(f -> f.ruleId().equals(rule)
                        && f.source().id().equals(source)
                        && f.destination().id().equals(destination))
                .findFirst()
                .orElseThrow();
    }

    private static Endpoint endpoint(FlowResult r, String id) {
        return r.endpoints().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void zonesByLongestPrefixExplicitFieldIpv6AndInternet() {
        FlowResult r = ENGINE.compute(hospital().build());
        assertThat(r.zoneOf(endpoint(r, "app"))).isEqualTo("servers");
        assertThat(r.zoneOf(endpoint(r, "pc1")))
                .as("10.40.7.0/24 inside 10.40.0.0/16 wins")
                .isEqualTo("admins");
        assertThat(r.zoneOf(endpoint(r, "pc6"))).as("IPv6 prefix").isEqualTo("staff");
        assertThat(r.zoneOf(endpoint(r, "ipad"))).as("zone field, no address").isEqualTo("wifi");
        assertThat(r.zoneOf(endpoint(r, "10.20.0.53")))
                .as("DNS server in a zone")
                .isEqualTo("servers");
        assertThat(r.zoneOf(endpoint(r, "9.9.9.9"))).as("DNS server in no zone").isEqualTo("internet");
        assertThat(r.zoneOf(endpoint(r, "us.archive.ubuntu.com"))).isEqualTo("internet");
        assertThat(r.findings()).noneMatch(f -> f.level() == Finding.Level.ERROR);
    }

    @Test
    void explicitZoneWinsOverTheAddress() {
        Site site = hospital()
                .client("pc9")
                .last(d -> d.withAddress("10.40.7.10").withZone("staff"))
                .build();
        FlowResult r = ENGINE.compute(site);
        assertThat(r.zoneOf(endpoint(r, "pc9"))).isEqualTo("staff");
        // staff's own 10.40.0.0/16 holds the address: pinning it there settles the overlap, no finding
        assertThat(r.findings()).noneMatch(f -> f.message().contains("pc9"));
    }

    @Test
    void routesWithHopsInAndOut() {
        FlowResult r = ENGINE.compute(hospital().build());
        Route staffToServers = r.route(flow(r, "R1s", "pc6", "app"));
        assertThat(staffToServers.sourceZone()).isEqualTo("staff");
        assertThat(staffToServers.destinationZone()).isEqualTo("servers");
        assertThat(staffToServers.paths()).containsExactly(List.of(new Hop("core", "staff1", "srv1")));
        assertThat(staffToServers.firewallsText()).isEqualTo("core:staff1>srv1");

        Route toInternet = r.route(flow(r, "R8", "app", "us.archive.ubuntu.com"));
        assertThat(toInternet.firewallsText()).isEqualTo("edge:port2>wan1");
        Route wifiToInternet = r.route("wifi", "internet");
        assertThat(wifiToInternet.firewallsText())
                .as("two firewalls in order")
                .isEqualTo("core:wifi1>srv1,edge:port2>wan1");
        assertThat(r.route(flow(r, "R9", "app", "ms1")).firewallsText())
                .as("same zone")
                .isEqualTo("-");
        assertThat(r.route(flow(r, "R9", "app", "ms1")).crosses("core")).isFalse();
        assertThat(r.unroutableFlows()).isEmpty();
    }

    @Test
    void equalShortestPathsAreAllKeptSortedAndJoinedByBar() {
        // a redundant second core firewall gets the same flows
        Site site = hospital()
                .firewall("core2", Platform.ASA, "inside=servers", "staff=staff")
                .build();
        FlowResult r = ENGINE.compute(site);
        Route route = r.route(flow(r, "R1s", "pc6", "app"));
        assertThat(route.paths()).hasSize(2);
        assertThat(route.firewallsText()).isEqualTo("core2:staff>inside|core:staff1>srv1");
        assertThat(route.crosses("core")).isTrue();
        assertThat(route.crosses("core2")).isTrue();
        // not shorter paths only: the one-firewall paths, never the longer detours
        assertThat(r.route("admins", "servers").paths()).containsExactly(List.of(new Hop("core", "adm1", "srv1")));
    }

    @Test
    void routersAreHopsOnThePath() {
        Site site = hospital()
                .zone("annex", "10.60.0.0/16")
                .firewall("annex-gw", Platform.ROUTER, "lan=annex", "uplink=staff")
                .build();
        FlowResult r = ENGINE.compute(site);
        assertThat(r.route("annex", "servers").firewallsText()).isEqualTo("annex-gw:lan>uplink,core:staff1>srv1");
    }

    @Test
    void unjoinedZonesAreNoPathWithOneErrorPerPairOfZones() {
        Site site = hospital()
                .zone("annex", "10.60.0.0/16")
                .client("pc-annex")
                .last(d -> d.withAddress("10.60.0.5"))
                .client("pc-annex2")
                .last(d -> d.withAddress("10.60.0.6"))
                .build();
        FlowResult r = ENGINE.compute(site);
        Route route = r.route(flow(r, "R1s", "pc-annex", "app"));
        assertThat(route.routable()).isFalse();
        assertThat(route.firewallsText()).isEqualTo("no-path");
        List<Flow> unroutable = r.unroutableFlows();
        assertThat(unroutable).isNotEmpty().allMatch(f -> f.source().id().startsWith("pc-annex"));
        // 2 clients x (R1s, R2s x2 servers, R3 x2, R4 x2) = 14 flows
        assertThat(unroutable).hasSize(14);
        assertThat(r.findings())
                .filteredOn(f -> f.message().contains("no firewall or router"))
                .extracting(Finding::line)
                .containsExactly(
                        "ERROR firewalls: 14 flows from annex to servers: no firewall or router joins these zones");
    }

    @Test
    void deviceInNoZoneIsAnErrorWithTheSpecsWording() {
        Site site = hospital()
                .camera("cam7", "ms1")
                .last(d -> d.withAddress("10.9.9.9"))
                .client("pc-x")
                .client("pc-h")
                .last(d -> d.withAddress("pc-h.example.org"))
                .build();
        FlowResult r = ENGINE.compute(site);
        assertThat(r.findings())
                .extracting(Finding::line)
                .contains(
                        "ERROR devices[6]: cam7 (10.9.9.9) is in no zone: add its network to a zone or set its zone",
                        "ERROR devices[7]: pc-x is in no zone: it has no address: set its zone",
                        "ERROR devices[8]: pc-h (pc-h.example.org) is in no zone: a host name lies in no network: set its zone");
        Finding cam7 = r.findings().stream()
                .filter(f -> f.message().startsWith("cam7"))
                .findFirst()
                .orElseThrow();
        assertThat(cam7.deviceIds()).containsExactly("cam7");
        assertThat(r.zoneOf(endpoint(r, "cam7"))).isNull();
        Route route = r.route(flow(r, "R6", "ms1", "cam7"));
        assertThat(route.destinationZone()).isNull();
        assertThat(route.firewallsText()).isEqualTo("no-path");
        assertThat(r.unroutableFlows()).contains(flow(r, "R6", "ms1", "cam7"));
        assertThat(r.findings())
                .as("no pair finding for a device in no zone")
                .noneMatch(f -> f.message().contains("no firewall or router"));
    }

    @Test
    void zoneContradictingTheAddressIsAnError() {
        Site site = hospital()
                .client("pc9")
                .last(d -> d.withAddress("10.30.0.99").withZone("staff"))
                .build();
        FlowResult r = ENGINE.compute(site);
        assertThat(r.findings())
                .extracting(Finding::line)
                .contains(
                        "ERROR devices[6].zone: pc9 (10.30.0.99) is set to"
                                + " zone staff but its address lies in zone cameras (10.30.0.0/22): correct the address or the zone");
    }

    @Test
    void deviceWithoutAddressInAZoneWithoutNetworksIsAnError() {
        Site site = hospital()
                .zone("guest")
                .firewall("gw", Platform.ROUTER, "a=guest", "b=wifi")
                .beam("ipad2", "ms1")
                .last(d -> d.withZone("guest"))
                .build();
        FlowResult r = ENGINE.compute(site);
        assertThat(r.findings())
                .extracting(Finding::line)
                .contains(
                        "ERROR devices[6]: ipad2 has no address and its"
                                + " zone guest has no networks: no address rule can name it; give it an address or its zone a network");
    }

    @Test
    void firewallWithOneInterfaceIsAWarning() {
        FlowResult r = ENGINE.compute(
                hospital().firewall("spare", Platform.ASA, "inside=servers").build());
        assertThat(r.findings())
                .extracting(Finding::line)
                .contains(
                        "WARNING firewalls[2].interfaces: spare has 1 interface: it joins no zones until it has two.");
    }

    @Test
    void firewallsWithoutZonesAreOneErrorNotOnePerDevice() {
        Site site = SiteBuilder.withApp()
                .client("pc1")
                .client("pc2")
                .firewall("fw", Platform.ASA, "outside=internet")
                .build();
        FlowResult r = ENGINE.compute(site);
        assertThat(r.findings())
                .filteredOn(f -> f.level() == Finding.Level.ERROR)
                .extracting(Finding::line)
                .containsExactly("ERROR zones: the site has firewalls but no zones: every device is in no zone until"
                        + " its network is added to a zone");
        assertThat(r.unroutableFlows()).isEqualTo(r.flows());
    }

    @Test
    void siteWithoutZonesRoutesNothing() {
        FlowResult r = ENGINE.compute(SiteBuilder.withApp().client("pc").build());
        assertThat(r.flows()).allMatch(f -> r.route(f) == Route.UNZONED);
        assertThat(r.zoneOf(r.endpoints().get(0))).isNull();
        assertThat(r.unroutableFlows()).isEmpty();
    }

    @Test
    void theZonedCampusRoutesEveryFlowWithoutErrors() {
        FlowResult r = ENGINE.compute(com.valt.planner.testing.SiteGenerator.campusZoned());
        assertThat(r.flows()).hasSizeGreaterThan(40_000);
        assertThat(r.findings()).noneMatch(f -> f.level() == Finding.Level.ERROR);
        assertThat(r.unroutableFlows()).isEmpty();
        assertThat(r.flows().stream()
                        .map(f -> r.route(f).firewallsText())
                        .distinct()
                        .sorted()
                        .toList())
                .containsExactly("-", "core:srv0>cam0", "core:staff0>srv0", "core:wifi0>srv0", "edge:port2>wan1");
    }

    @Test
    void routesAreSharedPerPairOfZones() {
        FlowResult r = ENGINE.compute(hospital().build());
        assertThat(r.route(flow(r, "R1s", "pc6", "app"))).isSameAs(r.route(flow(r, "R3", "pc6", "ms1")));
    }
}
