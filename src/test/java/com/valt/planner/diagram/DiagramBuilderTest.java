package com.valt.planner.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import com.valt.planner.domain.Device;
import com.valt.planner.domain.Point;
import com.valt.planner.domain.Site;
import com.valt.planner.engine.FlowEngine;
import com.valt.planner.engine.FlowResult;
import com.valt.planner.engine.Link;
import com.valt.planner.io.CatalogLoader;
import com.valt.planner.io.SiteFileReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DiagramBuilderTest {
    private static final FlowEngine ENGINE = new FlowEngine(CatalogLoader.loadDefault());

    static Site sample(String name) throws Exception {
        return SiteFileReader.read(Path.of("samples", name + ".valt.json"));
    }

    static Site withoutPositions(Site site) {
        return site.withDevices(
                site.devices().stream().map(d -> d.withPosition(null, null)).toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {"clinic", "university", "police-interview"})
    void everyDeviceHasOneNodeAndEveryLinkAnArrowWithItsPorts(String name) throws Exception {
        FlowResult r = ENGINE.compute(sample(name));
        Diagram d = DiagramBuilder.build(r);
        for (Device dev : r.site().devices()) {
            assertThat(d.nodes().stream().filter(n -> n.memberIds().contains(dev.id())))
                    .as(dev.id())
                    .hasSize(1);
        }
        for (Link link : r.links()) {
            String from = nodeOrFrame(d, link.source().id());
            String host = nodeOrFrame(d, link.destination().id());
            // Sites with more than two servers draw one arrow per server to the "Internet" frame.
            String to =
                    link.destination().type().isDevice() || r.site().servers().size() <= 2
                            ? host
                            : DiagramBuilder.INTERNET_GROUP;
            DiagramEdge edge = d.edges().stream()
                    .filter(e -> e.from().equals(from) && e.to().equals(to))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no arrow for " + link));
            link.flows()
                    .forEach(f ->
                            assertThat(edge.label()).contains(f.transport()).containsPattern("\\b" + f.port() + "\\b"));
        }
        assertThat(d.edges().stream().mapToInt(DiagramEdge::flowCount).sum())
                .isEqualTo(r.flows().size());
    }

    private static String nodeOrFrame(Diagram d, String endpointId) {
        return d.nodeOfDevice(endpointId).map(DiagramNode::id).orElseThrow();
    }

    @Test
    void canvasPositionsAreKept() throws Exception {
        Site site = sample("clinic");
        Diagram d = DiagramBuilder.build(ENGINE.compute(site));
        for (Device dev : site.devices()) {
            Point c = d.node(dev.id()).orElseThrow().bounds().center();
            assertThat(c).isEqualTo(new Point(dev.x(), dev.y()));
        }
    }

    @Test
    void parallelFlowsAreOneArrowWithAllPorts() throws Exception {
        Diagram d = DiagramBuilder.build(ENGINE.compute(sample("clinic")));
        DiagramEdge toCamera = d.edges().stream()
                .filter(e -> e.from().equals("app") && e.to().equals("cam1"))
                .findFirst()
                .orElseThrow();
        assertThat(toCamera.label()).isEqualTo("TCP 80, 554");
        assertThat(toCamera.flowCount()).isEqualTo(2);
    }

    @Test
    void manyCamerasOnOneServerBecomeOneGroupNodeWithTheirAddressRange() throws Exception {
        Site site = sample("university");
        Diagram d = DiagramBuilder.build(ENGINE.compute(site));
        DiagramNode group = d.node("group:cameras:ms1").orElseThrow();
        List<Device> served = site.devices().stream()
                .filter(x -> "ms1".equals(x.mediaServer()) && x.type() == com.valt.planner.domain.DeviceType.CAMERA)
                .toList();
        assertThat(group.count()).isEqualTo(served.size());
        assertThat(group.title()).isEqualTo(served.size() + " cameras");
        assertThat(group.subtitle()).matches("\\d+\\.\\d+\\.\\d+\\.\\d+\u2013\\d+\\.\\d+\\.\\d+\\.\\d+");
        assertThat(d.edges()).anySatisfy(e -> {
            assertThat(e.from()).isEqualTo("ms1");
            assertThat(e.to()).isEqualTo("group:cameras:ms1");
            assertThat(e.label()).isEqualTo("TCP 80, 554");
            assertThat(e.flowCount()).isEqualTo(2 * served.size());
        });
    }

    @Test
    void collapsingCanBeTurnedOff() throws Exception {
        FlowResult r = ENGINE.compute(sample("university"));
        Diagram d = DiagramBuilder.build(r, DiagramOptions.DEFAULT.withCollapse(DiagramOptions.Collapse.NEVER));
        long outside = r.endpoints().stream().filter(e -> !e.type().isDevice()).count();
        assertThat(d.nodes()).hasSize(r.site().devices().size() + (int) outside);
        assertThat(d.nodes()).noneMatch(DiagramNode::isGroup);
    }

    @Test
    void outsideHostsSitInTheInternetFrame() throws Exception {
        FlowResult r = ENGINE.compute(sample("university"));
        Diagram d = DiagramBuilder.build(r);
        DiagramGroup internet = d.groups().stream()
                .filter(g -> g.title().equals("Internet"))
                .findFirst()
                .orElseThrow();
        assertThat(internet.nodeIds()).contains("us.archive.ubuntu.com", "wowzalicense1.wowzamedia.com", "10.40.0.53");
        for (String id : internet.nodeIds()) {
            Rect box = d.node(id).orElseThrow().bounds();
            assertThat(box.x()).isGreaterThanOrEqualTo(internet.bounds().x());
            assertThat(box.maxY()).isLessThanOrEqualTo(internet.bounds().maxY());
        }
    }

    @Test
    void layersWithoutPositions_clientsThenAppThenMediaServersThenServedDevicesUnderTheirServer() throws Exception {
        Site site = withoutPositions(sample("university"));
        Diagram d = DiagramBuilder.build(
                ENGINE.compute(site), DiagramOptions.DEFAULT.withCollapse(DiagramOptions.Collapse.NEVER));
        double clientY = d.node("pc1").orElseThrow().bounds().center().y();
        double appY = d.node("app").orElseThrow().bounds().center().y();
        Point ms1 = d.node("ms1").orElseThrow().bounds().center();
        Point cam1 = d.node("cam1").orElseThrow().bounds().center();
        assertThat(clientY).isLessThan(appY);
        assertThat(appY).isLessThan(ms1.y());
        assertThat(cam1.y()).isGreaterThan(ms1.y());
        assertThat(cam1.x()).isEqualTo(ms1.x());
        assertNoOverlaps(d.nodes());
    }

    @Test
    void autoLayoutPlacesUnplacedDevicesBelowThePlacedOnes() throws Exception {
        Site site = sample("clinic");
        Site mixed = site.updateDevice("cam6", x -> x.withPosition(null, null))
                .updateDevice("pc-it", x -> x.withPosition(null, null));
        Map<String, Point> at = AutoLayout.positions(mixed);
        assertThat(at).containsOnlyKeys(site.devices().stream().map(Device::id).toList());
        assertThat(at.get("app")).isEqualTo(new Point(420, 160));
        double placedMaxY = mixed.devices().stream()
                .filter(Device::hasPosition)
                .mapToDouble(Device::y)
                .max()
                .orElseThrow();
        assertThat(at.get("cam6").y()).isGreaterThan(placedMaxY);
        assertThat(at.get("pc-it").y()).isGreaterThan(placedMaxY);
        assertThat(at.get("cam6")).isNotEqualTo(at.get("pc-it"));
    }

    @Test
    void twoWayArrowsAreDrawnSideBySide() throws Exception {
        Diagram d = DiagramBuilder.build(ENGINE.compute(sample("university")));
        DiagramEdge there = d.edges().stream()
                .filter(e -> e.from().equals("app") && e.to().equals("ms1"))
                .findFirst()
                .orElseThrow();
        DiagramEdge back = d.edges().stream()
                .filter(e -> e.from().equals("ms1") && e.to().equals("app"))
                .findFirst()
                .orElseThrow();
        assertThat(there.path().get(0)).isNotEqualTo(back.path().get(1));
        assertThat(there.labelAt().distance(back.labelAt())).isGreaterThan(20);
    }

    @Test
    void aFanOfArrowsWithTheSamePortsShowsItsLabelOnce() throws Exception {
        Diagram d = DiagramBuilder.build(ENGINE.compute(sample("clinic")));
        List<DiagramEdge> toCameras =
                d.edges().stream().filter(e -> e.label().equals("TCP 80, 554")).toList();
        assertThat(toCameras).hasSize(6);
        assertThat(toCameras.stream().filter(DiagramEdge::labelShown)).hasSize(1);
        List<DiagramEdge> fromClients =
                d.edges().stream().filter(e -> e.to().equals("app")).toList();
        // Two ordinary PCs share a label; the admin PC's differs (SSH, Wowza admin).
        assertThat(fromClients.stream().filter(DiagramEdge::labelShown)).hasSize(2);
    }

    @Test
    void crowdedCanvasPositionsAreStretchedUntilNoBoxesOverlap() throws Exception {
        Site site = sample("university");
        Diagram d = DiagramBuilder.build(ENGINE.compute(site));
        assertNoOverlaps(d.nodes());
        Point pc1 = d.node("pc1").orElseThrow().bounds().center();
        Point pc2 = d.node("pc2").orElseThrow().bounds().center();
        assertThat(pc1.y()).isEqualTo(pc2.y());
        assertThat(pc1.x()).isLessThan(pc2.x());
    }

    @Test
    void addressRangeSortsIpv4Numerically() {
        assertThat(AddressRange.of(List.of("10.1.5.10", "10.1.5.2", "10.1.5.9")))
                .isEqualTo("10.1.5.2\u201310.1.5.10");
        assertThat(AddressRange.of(java.util.Arrays.asList("b.example", null, "a.example")))
                .isEqualTo("a.example\u2013b.example, 1 without address");
    }

    static void assertNoOverlaps(List<DiagramNode> nodes) {
        for (int i = 0; i < nodes.size(); i++) {
            for (int j = i + 1; j < nodes.size(); j++) {
                Rect a = nodes.get(i).bounds();
                Rect b = nodes.get(j).bounds();
                boolean overlap = a.x() < b.maxX() && b.x() < a.maxX() && a.y() < b.maxY() && b.y() < a.maxY();
                assertThat(overlap)
                        .as(nodes.get(i).id() + " / " + nodes.get(j).id())
                        .isFalse();
            }
        }
    }
}
