package com.valt.planner.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.valt.planner.domain.Device;
import com.valt.planner.domain.DeviceType;
import com.valt.planner.domain.Site;
import com.valt.planner.io.CatalogLoader;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FlowResultTest {
    private static final FlowEngine ENGINE = new FlowEngine(CatalogLoader.loadDefault());
    private static final List<String> SECTION_ORDER = List.of(
            "client-to-servers",
            "servers-to-cameras",
            "beam-to-servers",
            "servers-to-repositories",
            "app-to-media",
            "media-to-app",
            "servers-to-wowza-licensing",
            "servers-to-dns");

    private static Site busySite() {
        SiteBuilder b = SiteBuilder.withApp()
                .media("ms2")
                .media("ms1")
                .client("pcB")
                .admin("pcA")
                .beam("ipad", "ms1")
                .dns("10.0.0.53", "10.0.0.54");
        for (int i = 1; i <= 12; i++) {
            b.camera("cam" + i, i % 2 == 0 ? "ms1" : "ms2");
        }
        return b.build();
    }

    @Test
    void flowsAreSortedBySectionThenSourceDestinationTransportPort() {
        List<Flow> flows = ENGINE.compute(busySite()).flows();
        for (int i = 1; i < flows.size(); i++) {
            Flow a = flows.get(i - 1);
            Flow b = flows.get(i);
            int sa = SECTION_ORDER.indexOf(a.section());
            int sb = SECTION_ORDER.indexOf(b.section());
            assertThat(sa).isNotNegative().isLessThanOrEqualTo(sb);
            if (sa == sb) {
                assertThat(FlowEngine.ORDER_WITHIN_SECTION.compare(a, b))
                        .as("%s before %s", a, b)
                        .isNegative();
            }
        }
    }

    @Test
    void noTwoFlowsShareSourceDestinationTransportAndPort() {
        List<Flow> flows = ENGINE.compute(busySite()).flows();
        Set<String> keys = new HashSet<>();
        for (Flow f : flows) {
            assertThat(keys.add(f.source().id() + "|" + f.destination().id() + "|" + f.transport() + "|" + f.port()))
                    .as("duplicate %s", f)
                    .isTrue();
        }
    }

    @Test
    void outsideHostsFollowTheDevicesInThePagesOrder() {
        // The diagram's Internet frame lists hosts in this order: the page's, as in the matrices, whatever
        // order the engine walks devices in.
        Site site = busySite();
        List<Endpoint> endpoints = ENGINE.compute(site).endpoints();
        assertThat(endpoints.subList(0, site.devices().size()))
                .extracting(Endpoint::id)
                .containsExactlyElementsOf(
                        site.devices().stream().map(Device::id).toList());
        List<String> hosts = new java.util.ArrayList<>();
        for (var rule : ENGINE.catalog().rules()) {
            rule.hosts().stream().filter(h -> !hosts.contains(h)).forEach(hosts::add);
        }
        hosts.addAll(site.settings().dnsServers());
        List<String> outside = endpoints.subList(site.devices().size(), endpoints.size()).stream()
                .map(Endpoint::id)
                .toList();
        assertThat(outside)
                .isEqualTo(hosts.stream().filter(outside::contains).toList())
                .hasSizeGreaterThan(4);
    }

    @Test
    void sameSiteGivesSameResult() {
        assertThat(ENGINE.compute(busySite()).flows())
                .isEqualTo(ENGINE.compute(busySite()).flows());
    }

    @Test
    void sslOnLeavesOutTheUnencryptedRowsAndSaysWhy() {
        FlowResult r = ENGINE.compute(busySite());
        SectionResult clients = r.sections().get(0);
        assertThat(clients.section().id()).isEqualTo("client-to-servers");
        assertThat(clients.rows())
                .extracting(row -> row.rule().id())
                .containsExactly("R1s", "R2s", "R3", "R4", "R5", "R5w");
        assertThat(clients.omitted()).extracting(o -> o.rule().id()).containsExactly("R1", "R2");
        assertThat(clients.omissionReasons()).containsExactly("SSL is enabled: the unencrypted rows are not needed.");
        assertThat(clients.omissionSummaries())
                .containsExactly("TCP 80 HTTP (Web Application), TCP 1935 WS"
                        + " (Video Streaming). SSL is enabled: the unencrypted rows are not needed.");
    }

    @Test
    void matrixRowsCountTheirFlowsAndListHostsOneARow() {
        FlowResult r = ENGINE.compute(busySite());
        SectionResult repos = r.sections().get(3);
        assertThat(repos.rows())
                .extracting(MatrixRow::destination)
                .containsExactly(
                        "http://us.archive.ubuntu.com",
                        "http://security.ubuntu.com",
                        "http://ppa.launchpad.net",
                        "https://download.docker.com");
        assertThat(repos.rows()).allMatch(row -> row.flowCount() == 3);
        assertThat(repos.rows().get(3).note()).contains("TCP 443");
        SectionResult cameras = r.sections().get(1);
        assertThat(cameras.rows()).extracting(MatrixRow::flowCount).containsExactly(12, 12);
    }

    @Test
    void sectionWithNothingToDoSaysWhy() {
        FlowResult r = ENGINE.compute(SiteBuilder.withApp().client("pc").build());
        SectionResult cameras = r.sections().get(1);
        assertThat(cameras.applies()).isFalse();
        assertThat(cameras.omissionReasons()).containsExactly("The site has no cameras.");
        SectionResult dns = r.sections().get(7);
        assertThat(dns.omissionReasons()).containsExactly("No DNS servers are listed in the site's settings.");
    }

    @Test
    void moreThanFiftyCamerasOnOneServerIsAWarningOnThatServer() {
        SiteBuilder b = SiteBuilder.withApp().media("ms1").dns("10.0.0.1");
        for (int i = 0; i < 51; i++) {
            b.camera("c" + i, "ms1");
        }
        for (int i = 0; i < 50; i++) {
            b.camera("d" + i, null);
        }
        FlowResult r = ENGINE.compute(b.build());
        assertThat(r.findings())
                .filteredOn(f -> f.level() == Finding.Level.WARNING)
                .extracting(Finding::line)
                .containsExactly("WARNING devices[1]: ms1 serves 51 cameras, more than the 50 per server the page"
                        + " plans for: add 1 media server and move cameras to it.");
        assertThat(r.findings().get(0).deviceIds()).containsExactly("ms1");
    }

    @Test
    void beamLicencesDnsAndDockerNotesAreShown() {
        Site site = SiteBuilder.withApp().beam("ipad", null).build();
        List<String> lines =
                ENGINE.compute(site).findings().stream().map(Finding::line).toList();
        assertThat(lines)
                .anySatisfy(l -> assertThat(l).startsWith("WARNING settings.dnsServers: Online updates are on"));
        assertThat(lines)
                .anySatisfy(l -> assertThat(l).startsWith("NOTE devices: 1 BEAM device: BEAM licenses are required"));
        assertThat(lines)
                .anySatisfy(
                        l -> assertThat(l).startsWith("NOTE settings.onlineUpdates: https://download.docker.com (R8)"));
        assertThat(ENGINE.compute(SiteBuilder.withApp().updates(false).build()).findings())
                .noneMatch(f -> f.message().contains("docker") || f.path().equals("settings.dnsServers"));
    }

    @Test
    void invalidSiteStillComputesAndReportsErrorsFirst() {
        Site site = SiteBuilder.withApp()
                .add(Device.of("app", DeviceType.CLIENT))
                .camera("cam", "nowhere")
                .build();
        FlowResult r = ENGINE.compute(site);
        assertThat(r.hasErrors()).isTrue();
        assertThat(r.findings().get(0).level()).isEqualTo(Finding.Level.ERROR);
        assertThat(r.findings()).extracting(Finding::path).contains("devices[1].id", "devices[2].mediaServer");
    }

    @Test
    void linksGroupParallelFlowsWithTheirPorts() {
        FlowResult r = ENGINE.compute(busySite());
        Link link = r.links().stream()
                .filter(l ->
                        l.source().id().equals("ms1") && l.destination().id().equals("app"))
                .findFirst()
                .orElseThrow();
        assertThat(link.portsLabel()).isEqualTo("TCP 443, 8086, 8087");
        Link dns = r.links().stream()
                .filter(l -> l.destination().id().equals("10.0.0.53")
                        && l.source().id().equals("app"))
                .findFirst()
                .orElseThrow();
        assertThat(dns.portsLabel()).isEqualTo("TCP 53; UDP 53");
        assertThat(r.links().stream().mapToInt(l -> l.flows().size()).sum())
                .isEqualTo(r.flows().size());
    }
}
