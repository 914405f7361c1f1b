package com.valt.planner.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.valt.planner.domain.Site;
import com.valt.planner.domain.WowzaKey;
import com.valt.planner.io.CatalogLoader;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every row of the page's tables (the ids of docs/rules-catalog.md), on the smallest site that needs it, with SSL on
 * and off. The expected values are written out by hand from the page (docs/rules-catalog.md), not read from the catalog, so
 * a wrong catalog row fails here.
 */
class RuleByRuleTest {
    private static final FlowEngine ENGINE = new FlowEngine(CatalogLoader.loadDefault());

    enum Ssl {
        ANY,
        ON,
        OFF
    }

    record Expect(
            String rule,
            Ssl when,
            Function<Boolean, Site> site,
            String source,
            String destination,
            String transport,
            int port,
            String protocol,
            String service) {
        @Override
        public String toString() {
            return rule + " " + source + "->" + destination + " " + transport + " " + port;
        }
    }

    private static Site clientAndMedia(boolean ssl) {
        return SiteBuilder.withApp().media("ms1").client("pc1").ssl(ssl).build();
    }

    private static Site adminAndMedia(boolean ssl) {
        return SiteBuilder.withApp().media("ms1").admin("pc1").ssl(ssl).build();
    }

    private static Site cameraOnMedia(boolean ssl) {
        return SiteBuilder.withApp().media("ms1").camera("cam1", "ms1").ssl(ssl).build();
    }

    private static Site beamOnMedia(boolean ssl) {
        return SiteBuilder.withApp().media("ms1").beam("ipad1", "ms1").ssl(ssl).build();
    }

    private static Site twoServers(boolean ssl) {
        return SiteBuilder.withApp().media("ms1").ssl(ssl).dns("10.0.0.53").build();
    }

    static Stream<Expect> rows() {
        return Stream.of(
                new Expect(
                        "R1",
                        Ssl.OFF,
                        RuleByRuleTest::clientAndMedia,
                        "pc1",
                        "app",
                        "TCP",
                        80,
                        "HTTP",
                        "Web Application"),
                new Expect(
                        "R1s",
                        Ssl.ON,
                        RuleByRuleTest::clientAndMedia,
                        "pc1",
                        "app",
                        "TCP",
                        443,
                        "HTTPS",
                        "Web Application"),
                new Expect(
                        "R2",
                        Ssl.OFF,
                        RuleByRuleTest::clientAndMedia,
                        "pc1",
                        "app",
                        "TCP",
                        1935,
                        "WS",
                        "Video Streaming"),
                new Expect(
                        "R2",
                        Ssl.OFF,
                        RuleByRuleTest::clientAndMedia,
                        "pc1",
                        "ms1",
                        "TCP",
                        1935,
                        "WS",
                        "Video Streaming"),
                new Expect(
                        "R2s",
                        Ssl.ON,
                        RuleByRuleTest::clientAndMedia,
                        "pc1",
                        "app",
                        "TCP",
                        444,
                        "WSS",
                        "Video Streaming"),
                new Expect(
                        "R2s",
                        Ssl.ON,
                        RuleByRuleTest::clientAndMedia,
                        "pc1",
                        "ms1",
                        "TCP",
                        444,
                        "WSS",
                        "Video Streaming"),
                new Expect(
                        "R3",
                        Ssl.ANY,
                        RuleByRuleTest::clientAndMedia,
                        "pc1",
                        "app",
                        "TCP",
                        8000,
                        "HTTP/HTTPS",
                        "Downloads/Wowza webserver"),
                new Expect(
                        "R3",
                        Ssl.ANY,
                        RuleByRuleTest::clientAndMedia,
                        "pc1",
                        "ms1",
                        "TCP",
                        8000,
                        "HTTP/HTTPS",
                        "Downloads/Wowza webserver"),
                new Expect(
                        "R4", Ssl.ANY, RuleByRuleTest::clientAndMedia, "pc1", "ms1", "TCP", 20100, "HTTP", "Node.js"),
                new Expect(
                        "R4", Ssl.ANY, RuleByRuleTest::clientAndMedia, "pc1", "app", "TCP", 20100, "HTTP", "Node.js"),
                new Expect("R5", Ssl.ANY, RuleByRuleTest::adminAndMedia, "pc1", "app", "TCP", 22, "SSH", "SSH"),
                new Expect("R5", Ssl.ANY, RuleByRuleTest::adminAndMedia, "pc1", "ms1", "TCP", 22, "SSH", "SSH"),
                new Expect(
                        "R5w",
                        Ssl.ANY,
                        RuleByRuleTest::adminAndMedia,
                        "pc1",
                        "ms1",
                        "TCP",
                        8088,
                        "HTTP",
                        "Wowza admin"),
                new Expect(
                        "R6",
                        Ssl.ANY,
                        RuleByRuleTest::cameraOnMedia,
                        "ms1",
                        "cam1",
                        "TCP",
                        80,
                        "HTTP",
                        "Web Application/API"),
                new Expect(
                        "R6r",
                        Ssl.ANY,
                        RuleByRuleTest::cameraOnMedia,
                        "ms1",
                        "cam1",
                        "TCP",
                        554,
                        "RTSP",
                        "Video Stream"),
                new Expect(
                        "R7",
                        Ssl.OFF,
                        RuleByRuleTest::beamOnMedia,
                        "ipad1",
                        "ms1",
                        "TCP",
                        80,
                        "HTTP",
                        "BEAM API/HTTP Upload"),
                new Expect(
                        "R7s",
                        Ssl.ON,
                        RuleByRuleTest::beamOnMedia,
                        "ipad1",
                        "ms1",
                        "TCP",
                        443,
                        "HTTPS",
                        "BEAM API/HTTPS Upload"),
                new Expect(
                        "R7r",
                        Ssl.ANY,
                        RuleByRuleTest::beamOnMedia,
                        "ipad1",
                        "ms1",
                        "TCP",
                        444,
                        "RTMP",
                        "Video Streaming"),
                new Expect(
                        "R7t",
                        Ssl.ANY,
                        RuleByRuleTest::beamOnMedia,
                        "ipad1",
                        "ms1",
                        "TCP",
                        1935,
                        "RTMP",
                        "Video Streaming"),
                new Expect(
                        "R8",
                        Ssl.ANY,
                        RuleByRuleTest::twoServers,
                        "ms1",
                        "us.archive.ubuntu.com",
                        "TCP",
                        80,
                        "HTTP",
                        "OS updates"),
                new Expect(
                        "R8",
                        Ssl.ANY,
                        RuleByRuleTest::twoServers,
                        "app",
                        "security.ubuntu.com",
                        "TCP",
                        80,
                        "HTTP",
                        "OS updates"),
                new Expect(
                        "R8",
                        Ssl.ANY,
                        RuleByRuleTest::twoServers,
                        "app",
                        "ppa.launchpad.net",
                        "TCP",
                        80,
                        "HTTP",
                        "OS updates"),
                new Expect(
                        "R8",
                        Ssl.ANY,
                        RuleByRuleTest::twoServers,
                        "ms1",
                        "download.docker.com",
                        "TCP",
                        80,
                        "HTTP",
                        "OS updates"),
                new Expect(
                        "R9",
                        Ssl.ANY,
                        RuleByRuleTest::twoServers,
                        "app",
                        "ms1",
                        "TCP",
                        8086,
                        "HTTP/HTTPS",
                        "Wowza Streaming Engine"),
                new Expect(
                        "R9b",
                        Ssl.ANY,
                        RuleByRuleTest::twoServers,
                        "app",
                        "ms1",
                        "TCP",
                        8087,
                        "HTTP",
                        "Wowza Streaming Engine"),
                new Expect(
                        "R10",
                        Ssl.OFF,
                        RuleByRuleTest::twoServers,
                        "ms1",
                        "app",
                        "TCP",
                        80,
                        "HTTP",
                        "Wowza Streaming API"),
                new Expect(
                        "R10s",
                        Ssl.ON,
                        RuleByRuleTest::twoServers,
                        "ms1",
                        "app",
                        "TCP",
                        443,
                        "HTTPS",
                        "Wowza Streaming API"),
                new Expect(
                        "R10b",
                        Ssl.ANY,
                        RuleByRuleTest::twoServers,
                        "ms1",
                        "app",
                        "TCP",
                        8086,
                        "HTTP/HTTPS",
                        "Wowza Streaming Engine"),
                new Expect(
                        "R10c",
                        Ssl.ANY,
                        RuleByRuleTest::twoServers,
                        "ms1",
                        "app",
                        "TCP",
                        8087,
                        "HTTP",
                        "Wowza Streaming Engine"),
                new Expect(
                        "R11",
                        Ssl.ANY,
                        RuleByRuleTest::twoServers,
                        "app",
                        "wowzalicense1.wowzamedia.com",
                        "TCP",
                        80,
                        "HTTP",
                        "Wowza licensing"),
                new Expect(
                        "R11",
                        Ssl.ANY,
                        RuleByRuleTest::twoServers,
                        "ms1",
                        "wowzalicense2.wowzamedia.com",
                        "TCP",
                        80,
                        "HTTP",
                        "Wowza licensing"),
                new Expect(
                        "R11",
                        Ssl.ANY,
                        RuleByRuleTest::twoServers,
                        "ms1",
                        "wowzalicense3.wowzamedia.com",
                        "TCP",
                        80,
                        "HTTP",
                        "Wowza licensing"),
                new Expect(
                        "R11",
                        Ssl.ANY,
                        RuleByRuleTest::twoServers,
                        "ms1",
                        "wowzalicense4.wowzamedia.com",
                        "TCP",
                        80,
                        "HTTP",
                        "Wowza licensing"),
                new Expect("R12", Ssl.ANY, RuleByRuleTest::twoServers, "ms1", "10.0.0.53", "UDP", 53, "DNS", "DNS"),
                new Expect("R12", Ssl.ANY, RuleByRuleTest::twoServers, "app", "10.0.0.53", "TCP", 53, "DNS", "DNS"));
    }

    static Stream<Arguments> rowsWithSsl() {
        return rows().flatMap(e -> Stream.of(Arguments.of(e, true), Arguments.of(e, false)));
    }

    @ParameterizedTest(name = "{0}, ssl={1}")
    @MethodSource("rowsWithSsl")
    void eachRowGivesItsFlowExactlyWhenItApplies(Expect e, boolean ssl) {
        List<Flow> flows = ENGINE.compute(e.site().apply(ssl)).flows();
        boolean applies = e.when() == Ssl.ANY || (e.when() == Ssl.ON) == ssl;
        List<Flow> matching = flows.stream()
                .filter(f -> f.source().id().equals(e.source())
                        && f.destination().id().equals(e.destination())
                        && f.transport().equals(e.transport())
                        && f.port() == e.port())
                .toList();
        if (applies) {
            assertThat(matching).hasSize(1);
            Flow f = matching.get(0);
            assertThat(f.ruleId()).isEqualTo(e.rule());
            assertThat(f.protocol()).isEqualTo(e.protocol());
            assertThat(f.service()).isEqualTo(e.service());
        } else {
            assertThat(matching).isEmpty();
            assertThat(flows).noneMatch(f -> f.ruleId().equals(e.rule()));
        }
    }

    @Test
    void everyRuleOfTheCatalogIsCoveredAbove() {
        List<String> covered = rows().map(Expect::rule).distinct().toList();
        assertThat(covered)
                .containsExactlyInAnyOrderElementsOf(
                        ENGINE.catalog().rules().stream().map(r -> r.id()).toList());
    }

    @Test
    void administrationPortsOnlyForAdminClients() {
        Site site = SiteBuilder.withApp().client("pc1").admin("pc2").build();
        List<Flow> flows = ENGINE.compute(site).flows();
        assertThat(flows)
                .filteredOn(f -> f.port() == 22 || f.port() == 8088)
                .extracting(f -> f.source().id())
                .containsOnly("pc2")
                .hasSize(2);
    }

    @Test
    void camerasAreReachedOnlyByTheirServingServer() {
        Site site = SiteBuilder.withApp()
                .media("ms1")
                .camera("cam1", "ms1")
                .camera("cam2", null)
                .build();
        List<Flow> cameraFlows = ENGINE.compute(site).flows().stream()
                .filter(f -> f.section().equals("servers-to-cameras"))
                .toList();
        assertThat(cameraFlows)
                .extracting(f -> f.source().id() + ">" + f.destination().id() + ":" + f.port())
                .containsExactly("app>cam2:80", "app>cam2:554", "ms1>cam1:80", "ms1>cam1:554");
    }

    @Test
    void beamWithoutServerUsesTheApplicationServer() {
        Site site =
                SiteBuilder.withApp().media("ms1").beam("ipad1", null).ssl(true).build();
        assertThat(ENGINE.compute(site).flows())
                .filteredOn(f -> f.section().equals("beam-to-servers"))
                .extracting(f -> f.destination().id())
                .containsOnly("app")
                .hasSize(3);
    }

    @Test
    void noOnlineUpdatesMeansNoRepositoriesAndNoDns() {
        Site site = SiteBuilder.withApp().updates(false).dns("10.0.0.53").build();
        assertThat(ENGINE.compute(site).flows())
                .noneMatch(f -> f.ruleId().equals("R8") || f.ruleId().equals("R12"));
    }

    @Test
    void physicalKeyServersDoNotCallTheLicensingServers() {
        Site site = SiteBuilder.withApp()
                .media("ms1", WowzaKey.PHYSICAL)
                .media("ms2")
                .build();
        assertThat(ENGINE.compute(site).flows())
                .filteredOn(f -> f.ruleId().equals("R11"))
                .extracting(f -> f.source().id())
                .containsOnly("app", "ms2")
                .hasSize(8);
        Site allPhysical = SiteBuilder.withApp().wowzaKey(WowzaKey.PHYSICAL).build();
        FlowResult r = ENGINE.compute(allPhysical);
        assertThat(r.flows()).noneMatch(f -> f.ruleId().equals("R11"));
        assertThat(r.sections())
                .filteredOn(s -> s.section().id().equals("servers-to-wowza-licensing"))
                .flatExtracting(SectionResult::omissionReasons)
                .containsExactly("Every server has a physical Wowza key: no licensing servers are needed.");
    }

    @Test
    void withoutMediaServersNoWowzaTrafficBetweenServers() {
        FlowResult r = ENGINE.compute(SiteBuilder.withApp().build());
        assertThat(r.flows())
                .noneMatch(
                        f -> f.section().equals("app-to-media") || f.section().equals("media-to-app"));
    }

    @Test
    void dnsIsBothUdpAndTcpPerServer() {
        FlowResult r = ENGINE.compute(twoServers(true));
        assertThat(r.flows())
                .filteredOn(f -> f.ruleId().equals("R12"))
                .extracting(f -> f.source().id() + ":" + f.transport())
                .containsExactly("app:TCP", "app:UDP", "ms1:TCP", "ms1:UDP");
    }
}
