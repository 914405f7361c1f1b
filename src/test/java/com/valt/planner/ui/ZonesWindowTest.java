package com.valt.planner.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.valt.planner.diagram.Rect;
import com.valt.planner.domain.Device;
import com.valt.planner.domain.Firewall;
import com.valt.planner.engine.Endpoint;
import com.valt.planner.engine.Flow;
import com.valt.planner.engine.FlowResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javafx.geometry.Point2D;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** A plan zoned end to end in the window: the Zones tab, undo/redo, frames, firewalls on the plan, pinning. */
class ZonesWindowTest extends WindowTest {

    @Test
    void zonesAndFirewallsAreAddedThroughThePanelAndUndone() throws Exception {
        open(sample("hospital-zones.valt.json"));
        fx(() -> window.showZonesPanel());
        int zones = model.site().zones().size();

        clickOn("#zone-add");
        fx(() -> {
            text("#zone-id").setText("lab");
            text("#zone-name").setText("Sim lab");
            text("#zone-networks").setText("10.60.0.0/33");
            text("#zone-vlan").setText("60");
        });
        clickOn("#zone-apply");
        WaitForAsyncUtils.waitForFxEvents();
        // the site file's own message, and nothing changed
        assertThat(label("#zone-problems").getText()).contains("networks[0]").contains("10.60.0.0/33");
        assertThat(model.site().zones()).hasSize(zones);

        fx(() -> text("#zone-networks").setText("10.60.0.0/24"));
        clickOn("#zone-apply");
        waitForResult();
        assertThat(label("#zone-problems").getText()).isEmpty();
        assertThat(model.site().zone("lab")).hasValueSatisfying(z -> {
            assertThat(z.displayName()).isEqualTo("Sim lab");
            assertThat(z.vlan()).isEqualTo(60);
        });
        assertThat(lookup("#zones-table").queryAs(TableView.class).getItems()).hasSize(zones + 1);
        // another change (and its result) while a name is half typed leaves the form alone
        fx(() -> text("#zone-name").setText("Sim lab 2 (typing"));
        fx(() -> model.execute(com.valt.planner.edit.ZoneEdits.pin(model.site(), java.util.Set.of("ipad3"), "wifi")));
        assertThat(text("#zone-name").getText()).isEqualTo("Sim lab 2 (typing");
        fx(() -> model.undo());
        fx(() -> text("#zone-name").setText("Sim lab"));

        clickOn("#firewall-add");
        fx(() -> {
            text("#firewall-id").setText("labfw");
            text("#firewall-name").setText("Lab firewall");
            lookup("#firewall-interfaces").queryAs(TextArea.class).setText("inside staff\nlab lab LAB");
        });
        clickOn("#firewall-apply");
        waitForResult();
        Firewall fw = model.site().firewall("labfw").orElseThrow();
        assertThat(fw.interfaces()).extracting(i -> i.zone()).containsExactly("staff", "lab");
        assertThat(window.plan().drawnBox("labfw"))
                .as("the new firewall is drawn")
                .isNotNull();

        fx(() -> model.undo());
        assertThat(model.site().firewall("labfw")).isEmpty();
        fx(() -> model.undo());
        assertThat(model.site().zone("lab")).isEmpty();
        fx(() -> model.redo());
        fx(() -> model.redo());
        assertThat(model.site().firewall("labfw")).isPresent();
        assertThat(model.site().zone("lab")).isPresent();
        picture("zones-panel-added");
    }

    @Test
    void removingAZoneSaysWhatGoesWithItAndUndoBringsItBack() throws Exception {
        open(sample("hospital-zones.valt.json"));
        fx(() -> window.showZonesPanel());
        TableView<?> table = lookup("#zones-table").queryAs(TableView.class);
        fx(() -> table.getSelectionModel().select(3)); // wifi: two iPads pinned, one core interface
        javafx.scene.control.Button remove = lookup("#zone-remove").queryAs(javafx.scene.control.Button.class);
        assertThat(remove.getText()).isEqualTo("Remove (unpins 2 devices, drops 1 interface)");
        clickOn(remove);
        waitForResult();
        assertThat(model.site().zone("wifi")).isEmpty();
        assertThat(model.site().device("ipad1").orElseThrow().zone()).isNull();
        assertThat(model.site().firewall("core").orElseThrow().interfaceTo("wifi"))
                .isEmpty();
        assertThat(window.plan().drawnZoneFrames()).doesNotContainKey("wifi");
        fx(() -> model.undo());
        assertThat(model.site().device("ipad1").orElseThrow().zone()).isEqualTo("wifi");
        assertThat(window.plan().drawnZoneFrames()).containsKey("wifi");
    }

    @Test
    void everyZonesFrameHoldsItsDevicesAndPinningMovesADevice() throws Exception {
        open(sample("hospital-zones.valt.json"));
        checkFrames();
        picture("zones-frames");

        Flow before = flowFrom("ipad3");
        assertThat(model.result().zoneOf(before.source())).isEqualTo("wifi");
        String routeBefore = model.result().route(before).firewallsText();
        fx(() -> {
            model.selection().clear();
            model.selection().add("ipad3");
        });
        @SuppressWarnings("unchecked")
        ComboBox<String> zone = lookup("#inspector-zone").queryAs(ComboBox.class);
        assertThat(zone.getValue()).isEqualTo("By address (→ iPad Wi-Fi)");
        fx(() -> zone.setValue("staff"));
        waitForResult();
        assertThat(model.site().device("ipad3").orElseThrow().zone()).isEqualTo("staff");
        Flow after = flowFrom("ipad3");
        assertThat(model.result().zoneOf(after.source())).isEqualTo("staff");
        assertThat(model.result().route(after).firewallsText())
                .isNotEqualTo(routeBefore)
                .contains("staff1>");
        checkFrames();
        picture("zones-ipad3-pinned-to-staff");

        fx(() -> model.undo());
        assertThat(model.site().device("ipad3").orElseThrow().zone()).isNull();
        assertThat(model.result().zoneOf(flowFrom("ipad3").source())).isEqualTo("wifi");
    }

    @Test
    void theSiteMenuMovesTheSelectedDevicesToAZoneInOneStep() throws Exception {
        open(sample("hospital-zones.valt.json"));
        fx(() -> {
            model.selection().clear();
            model.selection().addAll(java.util.List.of("cam-osce1", "cam-icu2-wide"));
        });
        javafx.scene.control.MenuBar bar = lookup(".menu-bar").queryAs(javafx.scene.control.MenuBar.class);
        javafx.scene.control.Menu zoneMenu = bar.getMenus().stream()
                .flatMap(m -> m.getItems().stream())
                .filter(i -> "menu-zone".equals(i.getId()))
                .map(i -> (javafx.scene.control.Menu) i)
                .findFirst()
                .orElseThrow();
        fx(() -> zoneMenu.getOnShowing().handle(null));
        assertThat(zoneMenu.getItems())
                .extracting(javafx.scene.control.MenuItem::getText)
                .contains("By address (clear the pin)", "Server VLAN (servers)");
        fx(() -> zoneMenu.getItems().stream()
                .filter(i -> i.getText().equals("Server VLAN (servers)"))
                .findFirst()
                .orElseThrow()
                .fire());
        assertThat(model.site().device("cam-osce1").orElseThrow().zone()).isEqualTo("servers");
        assertThat(model.site().device("cam-icu2-wide").orElseThrow().zone()).isEqualTo("servers");
        assertThat(model.undoTextProperty().get()).isEqualTo("Undo Move 2 devices to zone Server VLAN");
        assertThat(model.result()
                        .zoneOf(Endpoint.of(model.site().device("cam-osce1").orElseThrow())))
                .isEqualTo("servers");
        checkFrames(); // the servers frame now reaches down to the two cameras
        fx(() -> model.undo());
        assertThat(model.site().device("cam-osce1").orElseThrow().zone()).isNull();
    }

    @Test
    void aFirewallIsDraggedInOneUndoStepAndFitShowsIt() throws Exception {
        open(sample("hospital-zones.valt.json"));
        Firewall core = model.site().firewall("core").orElseThrow();
        Point2D from = window.plan().screenCenterOf("core");
        double scale = window.plan().scale();
        drag(from, MouseButton.PRIMARY)
                .moveBy(30, 0)
                .moveBy(30, 20)
                .moveBy(100 * scale, 40 * scale)
                .drop();
        waitForResult();
        Firewall moved = model.site().firewall("core").orElseThrow();
        assertThat(moved.x()).isGreaterThan(core.x());
        assertThat(model.selection()).containsExactly("core");
        assertThat(lookup("#firewall-id").queryAs(TextField.class).getText())
                .as("its form")
                .isEqualTo("core");
        assertThat(model.undoTextProperty().get()).isEqualTo("Undo Move firewall Core firewall");
        fx(() -> model.undo());
        assertThat(model.site().firewall("core")).contains(core);

        fx(() -> {
            window.plan().zoom(0.2);
            window.plan().zoomToFit();
        });
        Rect seen = window.plan().visiblePlan();
        for (Firewall f : model.site().firewalls()) {
            Rect b = window.plan().drawnBox(f.id());
            assertThat(b.x() >= seen.x() && b.maxX() <= seen.maxX() && b.y() >= seen.y() && b.maxY() <= seen.maxY())
                    .as("%s at %s inside the view %s", f.id(), b, seen)
                    .isTrue();
        }
    }

    @Test
    void theFirewallsTabShowsTheChosenFirewallsRules() throws Exception {
        open(sample("hospital-zones.valt.json"));
        fx(() -> lookup("#bottom-tabs")
                .queryAs(javafx.scene.control.TabPane.class)
                .getSelectionModel()
                .selectLast());
        @SuppressWarnings("unchecked")
        ComboBox<String> choice = lookup("#firewall-flows-choice").queryAs(ComboBox.class);
        fx(() -> choice.setValue("core"));
        com.valt.planner.ui.zones.FirewallFlowsPane pane =
                lookup("#firewall-flows").queryAs(com.valt.planner.ui.zones.FirewallFlowsPane.class);
        WaitForAsyncUtils.waitFor(
                20,
                java.util.concurrent.TimeUnit.SECONDS,
                () -> !pane.shownRules().isEmpty());
        FlowResult r = model.result();
        var expected = com.valt.planner.ruleset.RuleSets.of(r)
                .set("core")
                .orElseThrow()
                .rules();
        assertThat(pane.shownRules()).containsExactlyElementsOf(expected);
        long crossing =
                r.flows().stream().filter(f -> r.route(f).crosses("core")).count();
        int carried = pane.shownRules().stream()
                .mapToInt(com.valt.planner.ruleset.FirewallRule::flows)
                .sum();
        assertThat(carried).isPositive().isLessThanOrEqualTo((int) crossing);
        assertThat(lookup("#firewall-rules-table").queryAs(TableView.class).getItems())
                .hasSize(expected.size());
        picture("zones-firewalls-tab");
    }

    @Test
    void theRowsOfAFirewallAreTheFlowsCrossingIt() throws Exception {
        open(sample("hospital-zones.valt.json"));
        FlowResult r = model.result();
        var rows = com.valt.planner.ui.zones.FirewallFlowsPane.rows(r, "edge");
        long crossing =
                r.flows().stream().filter(f -> r.route(f).crosses("edge")).count();
        assertThat(crossing).isPositive();
        assertThat(rows).hasSize((int) crossing);
        assertThat(rows).allSatisfy(row -> assertThat(row.hops()).matches("\\S+>\\S+( \\| \\S+>\\S+)*"));
    }

    /** Each device's box lies inside the frame of the zone the engine put it in. */
    private void checkFrames() {
        Map<String, Rect> frames = window.plan().drawnZoneFrames();
        FlowResult r = model.result();
        assertThat(frames.keySet()).containsExactlyInAnyOrder("servers", "cameras", "staff", "wifi");
        for (Device d : model.site().devices()) {
            String z = r.zoneOf(Endpoint.of(d));
            Rect box = window.plan().drawnBox(d.id());
            Rect f = frames.get(z);
            assertThat(f).as("frame of %s", z).isNotNull();
            assertThat(box.x() >= f.x() && box.maxX() <= f.maxX() && box.y() >= f.y() && box.maxY() <= f.maxY())
                    .as("%s %s inside frame %s %s", d.id(), box, z, f)
                    .isTrue();
        }
    }

    private Flow flowFrom(String id) {
        // the first flow from the device to a server (servers zone), in the engine's order
        return model.result().flows().stream()
                .filter(f -> f.source().id().equals(id)
                        && "servers".equals(model.result().zoneOf(f.destination())))
                .findFirst()
                .orElseThrow();
    }

    private TextField text(String query) {
        return lookup(query).queryAs(TextField.class);
    }

    private Label label(String query) {
        return lookup(query).queryAs(Label.class);
    }

    /** With -Dplan.pictures=DIR, the window as drawn now, as DIR/NAME.png, for a person to look at. */
    private void picture(String name) throws Exception {
        String dir = System.getProperty("plan.pictures");
        if (dir == null) {
            return;
        }
        javafx.scene.image.WritableImage[] shot = new javafx.scene.image.WritableImage[1];
        WaitForAsyncUtils.sleep(300, java.util.concurrent.TimeUnit.MILLISECONDS);
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

    @Test
    void draggingADeviceIntoAnotherZonesFramePinsItThereInOneUndoStep() throws Exception {
        open(sample("hospital-zones.valt.json"));
        fx(() -> window.plan().zoomToFit());
        assertThat(model.result()
                        .zoneOf(Endpoint.of(model.site().device("pc-debrief").orElseThrow())))
                .isEqualTo("staff");
        Rect wifi = window.plan().drawnZoneFrames().get("wifi");
        // just inside the frame's lower left corner, clear of the frame's own devices
        var target = window.plan().screenAt(new com.valt.planner.domain.Point(wifi.x() + 6, wifi.maxY() - 6));
        Point2D from = window.plan().screenCenterOf("pc-debrief");
        drag(from, MouseButton.PRIMARY).moveBy(30, 0).moveTo(target).drop();
        waitForResult();
        Device pc = model.site().device("pc-debrief").orElseThrow();
        assertThat(pc.zone()).isEqualTo("wifi");
        assertThat(model.result().zoneOf(Endpoint.of(pc))).isEqualTo("wifi");
        assertThat(model.undoTextProperty().get()).startsWith("Undo Move Debrief Room PC to zone");
        fx(model::undo);
        Device back = model.site().device("pc-debrief").orElseThrow();
        assertThat(back.zone()).isNull();
        assertThat(back.x()).isEqualTo(100.0);
    }
}
