package com.valt.planner.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import com.valt.planner.domain.Device;
import com.valt.planner.domain.Firewall;
import com.valt.planner.domain.Point;
import com.valt.planner.domain.Site;
import com.valt.planner.engine.Endpoint;
import com.valt.planner.engine.EndpointType;
import com.valt.planner.engine.FlowEngine;
import com.valt.planner.engine.FlowResult;
import com.valt.planner.export.Campus;
import com.valt.planner.io.CatalogLoader;
import com.valt.planner.testing.SiteGenerator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The exported topology can be read: nothing drawn on anything else, page-shaped, zones hold their devices. */
class TopologyLayoutTest {
    private static final FlowEngine ENGINE = new FlowEngine(CatalogLoader.loadDefault());
    private static final Map<String, Diagram> CACHE = new java.util.concurrent.ConcurrentHashMap<>();

    private static Diagram diagram(String name) {
        return CACHE.computeIfAbsent(name, n -> DiagramBuilder.build(result(n)));
    }

    private static FlowResult result(String name) {
        try {
            Site site = switch (name) {
                case "campus" -> Campus.site();
                case "generated-campus" -> SiteGenerator.campus();
                case "zoned-campus" -> SiteGenerator.campusZoned();
                default -> DiagramBuilderTest.sample(name);
            };
            return ENGINE.compute(site);
        } catch (Exception e) {
            throw new IllegalStateException(name, e);
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "clinic",
                "university",
                "police-interview",
                "hospital-zones",
                "university-zones",
                "campus",
                "generated-campus",
                "zoned-campus"
            })
    void noTwoNodeBoxesOverlap(String name) {
        List<DiagramNode> nodes = diagram(name).nodes();
        for (int i = 0; i < nodes.size(); i++) {
            for (int j = i + 1; j < nodes.size(); j++) {
                assertThat(overlap(nodes.get(i).bounds(), nodes.get(j).bounds()))
                        .as(
                                "%s: %s on %s",
                                name, nodes.get(i).id(), nodes.get(j).id())
                        .isFalse();
            }
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "clinic",
                "university",
                "police-interview",
                "hospital-zones",
                "university-zones",
                "campus",
                "generated-campus",
                "zoned-campus"
            })
    void noPortLabelSitsOnABoxOrOnAnotherLabel(String name) {
        Diagram d = diagram(name);
        List<DiagramEdge> shown =
                d.edges().stream().filter(DiagramEdge::labelShown).toList();
        assertThat(shown).as("some labels are shown").isNotEmpty();
        for (int i = 0; i < shown.size(); i++) {
            DiagramEdge e = shown.get(i);
            Rect label = LabelDodge.box(e.labelAt(), e.label());
            for (DiagramNode n : d.nodes()) {
                if (!n.id().equals(e.from()) && !n.id().equals(e.to())) {
                    assertThat(overlap(label, n.bounds()))
                            .as("%s: label %s on %s", name, e.label(), n.id())
                            .isFalse();
                }
            }
            for (int j = i + 1; j < shown.size(); j++) {
                DiagramEdge o = shown.get(j);
                assertThat(overlap(label, LabelDodge.box(o.labelAt(), o.label())))
                        .as("%s: label %s on label %s", name, e.label(), o.label())
                        .isFalse();
            }
        }
    }

    @Test
    void camerasAddedCloserThanTheirBoxesAreWideDoNotCoverEachOther() throws Exception {
        // As Add cameras places them: a row 64 units apart, while a diagram box is 150 wide.
        Site clinic = DiagramBuilderTest.sample("clinic");
        List<Device> devices = new java.util.ArrayList<>(clinic.devices());
        for (int i = 1; i <= 5; i++) {
            devices.add(Device.of("room" + i, com.valt.planner.domain.DeviceType.CAMERA)
                    .withName("Room " + i)
                    .withAddress("192.168.10." + (120 + i))
                    .withPosition(300.0 + 64 * i, 520.0));
        }
        Diagram d = DiagramBuilder.build(ENGINE.compute(clinic.withDevices(devices)));
        List<DiagramNode> nodes = d.nodes();
        for (int i = 0; i < nodes.size(); i++) {
            for (int j = i + 1; j < nodes.size(); j++) {
                assertThat(overlap(nodes.get(i).bounds(), nodes.get(j).bounds()))
                        .as("%s on %s", nodes.get(i).id(), nodes.get(j).id())
                        .isFalse();
            }
        }
        assertThat(nodes.stream().filter(n -> n.title().startsWith("Room "))).hasSize(5);
    }

    @ParameterizedTest
    @ValueSource(strings = {"campus", "generated-campus", "zoned-campus"})
    void aCampusIsLaidOutCloseToAPagesShape(String name) {
        Rect b = diagram(name).bounds();
        // The generated campus was a 12,800 x 1,250 strip (aspect 10) before.
        assertThat(b.width() / b.height()).as(name + " " + b).isBetween(1.0, 2.0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"hospital-zones", "university-zones", "zoned-campus"})
    void everyDeviceOfAZonedSiteIsInsideItsZonesFrame(String name) {
        FlowResult r = result(name);
        Diagram d = diagram(name);
        for (Device dev : r.site().devices()) {
            String zone = r.zoneOf(Endpoint.of(dev));
            DiagramNode node = d.nodeOfDevice(dev.id()).orElseThrow();
            DiagramGroup frame = d.groups().stream()
                    .filter(g -> g.id().equals(ZoneDiagram.ZONE_PREFIX + zone))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no frame for zone " + zone));
            assertThat(frame.nodeIds()).as(dev.id()).contains(node.id());
            assertThat(inside(node.bounds(), frame.bounds()))
                    .as("%s in %s", dev.id(), frame.id())
                    .isTrue();
        }
        List<DiagramGroup> frames = d.groups();
        for (int i = 0; i < frames.size(); i++) {
            for (int j = i + 1; j < frames.size(); j++) {
                assertThat(overlap(frames.get(i).bounds(), frames.get(j).bounds()))
                        .as(
                                "%s: frame %s on %s",
                                name, frames.get(i).id(), frames.get(j).id())
                        .isFalse();
            }
        }
    }

    @Test
    void eachFirewallIsANodeAndArrowsBetweenZonesPassThroughTheFirewallsOfTheirRoute() {
        FlowResult r = result("hospital-zones");
        Diagram d = diagram("hospital-zones");
        for (Firewall f : r.site().firewalls()) {
            DiagramNode n = d.node(ZoneDiagram.FIREWALL_PREFIX + f.id()).orElseThrow();
            assertThat(n.kind()).isEqualTo(EndpointType.FIREWALL);
            assertThat(n.title()).isEqualTo(f.displayName());
        }
        // A staff PC's arrow to the application server crosses the core firewall (staff1 > srv1).
        DiagramNode pc = d.nodeOfDevice("pc-debrief").orElseThrow();
        DiagramEdge toApp = d.edges().stream()
                .filter(e -> e.from().equals(pc.id()) && e.to().equals("app"))
                .findFirst()
                .orElseThrow();
        assertThat(toApp.via()).containsExactly("firewall:core");
        Point core = d.node("firewall:core").orElseThrow().bounds().center();
        // through the firewall's centre (its legs may turn around boxes in their way: Detours)
        assertThat(toApp.path())
                .anySatisfy(p -> assertThat(Math.hypot(p.x() - core.x(), p.y() - core.y()))
                        .isLessThan(8.0));
        // Both ends in one zone: a straight arrow through no firewall.
        assertThat(d.edges().stream()
                        .filter(e -> e.from().equals("app") && e.to().equals("ms1"))
                        .findFirst()
                        .orElseThrow()
                        .via())
                .isEmpty();
        // Every arrow's firewalls are those of its flows' route.
        for (DiagramEdge e : d.edges()) {
            for (String fw : e.via()) {
                assertThat(r.site().firewall(fw.substring(ZoneDiagram.FIREWALL_PREFIX.length())))
                        .isPresent();
            }
        }
    }

    private static boolean overlap(Rect a, Rect b) {
        return a.x() < b.maxX() && b.x() < a.maxX() && a.y() < b.maxY() && b.y() < a.maxY();
    }

    private static boolean inside(Rect in, Rect out) {
        return in.x() >= out.x() && in.y() >= out.y() && in.maxX() <= out.maxX() && in.maxY() <= out.maxY();
    }
}
