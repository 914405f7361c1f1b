package com.valt.planner.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.valt.planner.diagram.Rect;
import com.valt.planner.domain.Device;
import com.valt.planner.domain.DeviceType;
import com.valt.planner.domain.Point;
import com.valt.planner.ui.actions.BulkActions;
import com.valt.planner.ui.plan.FlowEdges;
import com.valt.planner.ui.plan.PlanCanvas;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The plan's overlay is drawn where the canvas draws the devices: every arrow starts on its source's
 * box and ends on its destination's box, selecting a device draws all its flows, Fit frames the plan
 * and saving leaves the view alone.
 */
class PlanGeometryTest extends WindowTest {

    @ParameterizedTest
    @ValueSource(strings = {"clinic.valt.json", "police-interview.valt.json", "university.valt.json"})
    void everyArrowOfEverySelectionRunsBetweenItsOwnBoxes(String sample) throws Exception {
        open(sample(sample));
        checkEverySelection();
        checkFit();
        String first = sample.equals("university.valt.json")
                ? "pc1"
                : model.site().devices().get(1).id();
        fx(() -> {
            window.plan().zoomToFit();
            model.selection().add(first);
        });
        picture(sample.replace(".valt.json", "") + "-selected");
    }

    @Test
    void aSiteMadeWithAddCamerasDrawsItsArrowsAndFits() throws Exception {
        open(sample("university.valt.json"));
        Device server = model.site().devicesOfType(DeviceType.MEDIA_SERVER).get(0);
        fx(() -> window.bulk().addCameras(new BulkActions.Request(server, 60, "Lab", 8)));
        fx(() -> window.plan().zoomToFit());
        checkEverySelection();
        checkFit();
        picture("add-cameras-fit");
        fx(() -> model.selection().add(server.id()));
        picture("add-cameras-server-selected");
    }

    @Test
    void devicesCloserThanTheirCardsAreWideStillGetTheirArrows() throws Exception {
        StringBuilder devices = new StringBuilder(
                "{\"id\":\"app\",\"type\":\"application-server\",\"name\":\"App\",\"address\":\"10.0.0.1\",\"x\":0,\"y\":0}");
        for (int i = 0; i < 12; i++) {
            // clients 60 apart, cards 112 wide; media servers 120 apart, cards 160 wide
            devices.append(",{\"id\":\"pc")
                    .append(i)
                    .append("\",\"type\":\"client\",\"name\":\"Workstation ")
                    .append(i)
                    .append("\",\"address\":\"10.0.1.")
                    .append(i + 10)
                    .append("\",\"x\":")
                    .append(i * 60 - 300)
                    .append(",\"y\":")
                    .append(i % 2 == 0 ? 200 : 230)
                    .append('}');
        }
        for (int i = 0; i < 3; i++) {
            devices.append(",{\"id\":\"ms")
                    .append(i)
                    .append("\",\"type\":\"media-server\",\"name\":\"Media ")
                    .append(i)
                    .append("\",\"address\":\"10.0.2.")
                    .append(i + 10)
                    .append("\",\"x\":")
                    .append(i * 120 - 120)
                    .append(",\"y\":-200}");
            for (int c = 0; c < 4; c++) {
                devices.append(",{\"id\":\"cam")
                        .append(i)
                        .append(c)
                        .append("\",\"type\":\"camera\",\"name\":\"Cam ")
                        .append(i)
                        .append(c)
                        .append("\",\"address\":\"10.0.3.")
                        .append(i * 10 + c + 10)
                        .append("\",\"mediaServer\":\"ms")
                        .append(i)
                        .append("\",\"x\":")
                        .append(i * 120 - 150 + c * 20)
                        .append(",\"y\":-320}");
            }
        }
        Path file = temp.resolve("crowded.valt.json");
        Files.writeString(
                file,
                "{\"format\":\"valt-site-plan\",\"version\":1,\"site\":{\"name\":\"Crowded\"},"
                        + "\"settings\":{\"ssl\":false,\"onlineUpdates\":true,\"wowzaKey\":\"digital\",\"dnsServers\":[]},"
                        + "\"devices\":[" + devices + "]}");
        open(file);
        assertThat(model.site().devices()).hasSize(1 + 12 + 3 + 12);
        checkEverySelection();
        checkFit();
        fx(() -> model.selection().add("app"));
        picture("crowded-app-selected");
    }

    @Test
    void savingKeepsTheView() throws Exception {
        Path file = sample("police-interview.valt.json");
        open(file);
        fx(() -> {
            window.plan().zoom(1.7);
            window.plan().pan(-123, 45);
        });
        Rect before = window.plan().visiblePlan();
        fx(() -> window.files().save());
        Rect after = window.plan().visiblePlan();
        assertThat(after.x()).isCloseTo(before.x(), within(1e-6));
        assertThat(after.y()).isCloseTo(before.y(), within(1e-6));
        assertThat(after.width()).isCloseTo(before.width(), within(1e-6));
    }

    private void checkEverySelection() throws Exception {
        PlanCanvas plan = window.plan();
        // Selecting redraws the arrows at once (on the FX thread), so one fixture walks every device.
        Map<String, List<PlanCanvas.Arrow>> drawn = new LinkedHashMap<>();
        fx(() -> {
            for (Device d : model.site().devices()) {
                model.selection().clear();
                model.selection().add(d.id());
                drawn.put(d.id(), plan.drawnArrows());
            }
            model.selection().clear();
        });
        assertThat(drawn).hasSize(model.site().devices().size());
        int total = 0;
        for (Map.Entry<String, List<PlanCanvas.Arrow>> e : drawn.entrySet()) {
            String id = e.getKey();
            for (PlanCanvas.Arrow a : e.getValue()) {
                assertThat(Set.of(a.from(), a.to())).as("arrow of %s", id).contains(id);
                assertOnBorder(plan.drawnBox(a.from()), a.path().get(0), a + " starts on its source");
                assertOnBorder(
                        plan.drawnBox(a.to()), a.path().get(a.path().size() - 1), a + " ends on its destination");
            }
            long expected = model.result().links().stream()
                    .filter(l ->
                            l.source().id().equals(id) || l.destination().id().equals(id))
                    .filter(l -> apart(
                            plan.drawnBox(l.source().id()),
                            plan.drawnBox(l.destination().id())))
                    .count();
            assertThat(e.getValue()).as("arrows drawn for %s", id).hasSize((int) expected);
            total += e.getValue().size();
        }
        assertThat(total).as("arrows drawn in all").isPositive();
    }

    /** With -Dplan.pictures=DIR, the window as drawn now, as DIR/NAME.png, for a person to look at. */
    private void picture(String name) throws Exception {
        String dir = System.getProperty("plan.pictures");
        if (dir == null) {
            return;
        }
        javafx.scene.image.WritableImage[] shot = new javafx.scene.image.WritableImage[1];
        WaitForAsyncUtils.sleep(300, java.util.concurrent.TimeUnit.MILLISECONDS); // a pulse paints the plan
        fx(() -> shot[0] = stage.getScene().snapshot(null));
        int w = (int) shot[0].getWidth();
        int h = (int) shot[0].getHeight();
        java.awt.image.BufferedImage img =
                new java.awt.image.BufferedImage(w, h, java.awt.image.BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                img.setRGB(x, y, shot[0].getPixelReader().getArgb(x, y));
            }
        }
        Files.createDirectories(Path.of(dir));
        javax.imageio.ImageIO.write(img, "png", Path.of(dir, name + ".png").toFile());
    }

    private static boolean apart(Rect a, Rect b) {
        assertThat(a).isNotNull();
        assertThat(b).isNotNull();
        Rect ga = a.grow(FlowEdges.GAP);
        Rect gb = b.grow(FlowEdges.GAP);
        return !(ga.x() < gb.maxX() && gb.x() < ga.maxX() && ga.y() < gb.maxY() && gb.y() < ga.maxY());
    }

    private static void assertOnBorder(Rect box, Point p, String what) {
        Rect outer = box.grow(FlowEdges.GAP + 0.01);
        boolean inOuter = p.x() >= outer.x() && p.x() <= outer.maxX() && p.y() >= outer.y() && p.y() <= outer.maxY();
        boolean deepInside = p.x() > box.x() + 0.01
                && p.x() < box.maxX() - 0.01
                && p.y() > box.y() + 0.01
                && p.y() < box.maxY() - 0.01;
        assertThat(inOuter && !deepInside)
                .as("%s: %s against box %s", what, p, box)
                .isTrue();
    }

    private void checkFit() throws Exception {
        PlanCanvas plan = window.plan();
        fx(() -> {
            model.selection().clear();
            plan.flowsShownProperty().set(PlanCanvas.FlowsShown.NONE);
            plan.zoom(0.3);
            plan.pan(500, -300);
            plan.zoomToFit();
        });
        Rect seen = plan.visiblePlan();
        Rect all = null;
        for (Device d : model.site().devices()) {
            Rect b = plan.drawnBox(d.id());
            assertThat(b.x() >= seen.x() && b.maxX() <= seen.maxX() && b.y() >= seen.y() && b.maxY() <= seen.maxY())
                    .as("%s at %s inside the view %s", d.id(), b, seen)
                    .isTrue();
            all = all == null ? b : all.union(b);
        }
        double fill = Math.max(all.width() / seen.width(), all.height() / seen.height());
        assertThat(fill).as("the plan fills the view").isGreaterThanOrEqualTo(0.5);
        // the same frame whatever "Flows on plan" says
        fx(() -> {
            plan.flowsShownProperty().set(PlanCanvas.FlowsShown.ALL);
            plan.zoomToFit();
        });
        for (PlanCanvas.Arrow a : plan.drawnArrows()) {
            assertOnBorder(plan.drawnBox(a.from()), a.path().get(0), a + " starts on its source (all flows)");
            assertOnBorder(
                    plan.drawnBox(a.to()),
                    a.path().get(a.path().size() - 1),
                    a + " ends on its destination (all flows)");
        }
        assertThat(plan.drawnArrows()).as("all flows drawn").isNotEmpty();
        Rect again = plan.visiblePlan();
        assertThat(again.x()).isCloseTo(seen.x(), within(1e-6));
        assertThat(again.width()).isCloseTo(seen.width(), within(1e-6));
        fx(() -> plan.flowsShownProperty().set(PlanCanvas.FlowsShown.SELECTED));
    }
}
