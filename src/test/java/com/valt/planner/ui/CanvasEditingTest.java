package com.valt.planner.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.valt.planner.domain.Device;
import com.valt.planner.domain.DeviceType;
import com.valt.planner.domain.Point;
import com.valt.planner.domain.Site;
import com.valt.planner.engine.Flow;
import java.util.List;
import java.util.Set;
import javafx.geometry.Point2D;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.Test;

/** The plan driven with the mouse and keyboard, as a user would. */
class CanvasEditingTest extends WindowTest {

    @SuppressWarnings("unchecked")
    private List<Flow> tableRows() {
        return List.copyOf(((TableView<Flow>) lookup("#flows-table").query()).getItems());
    }

    private Point2D emptySpot() {
        // Between the application server (420, 160) and the cameras (x 680): nothing is drawn there.
        return window.plan().screenAt(new Point(560, 400));
    }

    @Test
    void cameraDraggedFromThePaletteLandsAtTheCursorAndAddsItsTwoFlows() throws Exception {
        open(sample("clinic.valt.json"));
        int devicesBefore = model.site().devices().size();
        List<Flow> rowsBefore = tableRows();
        Point2D target = emptySpot();
        drag("#palette-camera", MouseButton.PRIMARY).moveTo(target).drop();
        waitForResult();

        assertThat(model.site().devices()).hasSize(devicesBefore + 1);
        Device cam = model.site().devices().get(devicesBefore);
        assertThat(cam.type()).isEqualTo(DeviceType.CAMERA);
        // Dropped at the cursor (snapped to the 20-unit grid).
        assertThat(cam.x()).isCloseTo(560.0, within(10.0));
        assertThat(cam.y()).isCloseTo(400.0, within(10.0));
        List<Flow> rowsAfter = tableRows();
        assertThat(rowsAfter).hasSize(rowsBefore.size() + 2);
        List<Flow> added =
                rowsAfter.stream().filter(f -> !rowsBefore.contains(f)).toList();
        assertThat(added).extracting(Flow::portLabel).containsExactlyInAnyOrder("TCP 80", "TCP 554");
        assertThat(added)
                .allMatch(f ->
                        f.source().id().equals("app") && f.destination().id().equals(cam.id()));
        assertThat(lookup("#flows-count").queryLabeled().getText()).isEqualTo(rowsAfter.size() + " flows");
    }

    @Test
    void aCameraDroppedOnAServerIsServedByIt() throws Exception {
        open(sample("university.valt.json"));
        Point2D ms2 = window.plan().screenCenterOf("ms2");
        int before = model.site().devices().size();
        drag("#palette-camera", MouseButton.PRIMARY).moveTo(ms2).drop();
        waitForResult();
        Device cam = model.site().devices().get(before);
        assertThat(cam.mediaServer()).isEqualTo("ms2");
        assertThat(model.undoTextProperty().get()).isEqualTo("Undo Add camera to Media Server 2");
    }

    @Test
    void draggingADeviceMovesItInOneUndoStep() throws Exception {
        open(sample("clinic.valt.json"));
        Device app = model.site().device("app").orElseThrow();
        Point2D from = window.plan().screenCenterOf("app");
        double scale = window.plan().scale();
        drag(from, MouseButton.PRIMARY)
                .moveBy(40, 0)
                .moveBy(40, 20)
                .moveBy(20 * scale, 40 * scale)
                .drop();
        waitForResult();
        Device moved = model.site().device("app").orElseThrow();
        double expectedX = app.x() + (80 + 20 * scale) / scale;
        double expectedY = app.y() + (20 + 40 * scale) / scale;
        assertThat(moved.x()).isCloseTo(expectedX, within(10.5));
        assertThat(moved.y()).isCloseTo(expectedY, within(10.5));
        assertThat(moved.x() % 20).isZero(); // snapped to the grid
        assertThat(model.undoTextProperty().get()).isEqualTo("Undo Move 1 devices");
        fx(model::undo);
        assertThat(model.site().device("app").orElseThrow()).isEqualTo(app);
    }

    @Test
    void rubberBandAndCtrlClickSelectThenDeleteRemovesThem() throws Exception {
        open(sample("clinic.valt.json"));
        // The band around cam1..cam3 (x 680, y 60..200), then Ctrl-click pc-it.
        Point2D a = window.plan().screenAt(new Point(640, 30));
        Point2D b = window.plan().screenAt(new Point(720, 230));
        drag(a, MouseButton.PRIMARY)
                .moveTo(new Point2D((a.getX() + b.getX()) / 2, (a.getY() + b.getY()) / 2))
                .moveTo(b)
                .drop();
        assertThat(model.selection()).containsExactlyInAnyOrder("cam1", "cam2", "cam3");
        press(KeyCode.CONTROL);
        clickOn(window.plan().screenCenterOf("pc-it"));
        release(KeyCode.CONTROL);
        assertThat(model.selection()).containsExactlyInAnyOrder("cam1", "cam2", "cam3", "pc-it");
        Site before = model.site();
        type(KeyCode.DELETE);
        waitForResult();
        assertThat(model.site().devices())
                .extracting(Device::id)
                .doesNotContain("cam1", "cam2", "cam3", "pc-it")
                .hasSize(before.devices().size() - 4);
        assertThat(tableRows())
                .noneMatch(f -> Set.of("cam1", "cam2", "cam3", "pc-it")
                                .contains(f.destination().id())
                        || Set.of("cam1", "cam2", "cam3", "pc-it")
                                .contains(f.source().id()));
        assertThat(stage.getTitle()).startsWith("*");
    }

    @Test
    void undoAndRedoWithTheKeyboardGiveBackTheExactEarlierSites() throws Exception {
        open(sample("university.valt.json"));
        Site s0 = model.site();
        drag("#palette-beam", MouseButton.PRIMARY)
                .moveTo(window.plan().screenAt(new Point(1200, 300)))
                .drop();
        waitForResult();
        Site s1 = model.site();
        clickOn(window.plan().screenCenterOf("ms1"));
        long served =
                s1.devices().stream().filter(d -> "ms1".equals(d.mediaServer())).count();
        assertThat(model.selection()).containsExactly("ms1");
        type(KeyCode.DELETE);
        // its cameras move to the application server: asked first
        javafx.scene.control.DialogPane ask = dialog("ask-dialog", 20).orElseThrow();
        assertThat(ask.getContentText()).startsWith(served + " cameras served by Media Server 1 will be recorded by");
        press(ask, "Delete and move cameras");
        waitForResult();
        Site s2 = model.site();
        assertThat(s2.device("ms1")).isEmpty();
        clickOn(window.plan().screenCenterOf("app"));
        push(KeyCode.CONTROL, KeyCode.D);
        waitForResult();
        Site s3 = model.site();
        assertThat(List.of(s0, s1, s2, s3)).doesNotHaveDuplicates();

        push(KeyCode.CONTROL, KeyCode.Z);
        waitForResult();
        assertThat(model.site()).isEqualTo(s2);
        push(KeyCode.CONTROL, KeyCode.Z);
        push(KeyCode.CONTROL, KeyCode.Z);
        waitForResult();
        assertThat(model.site()).isEqualTo(s0);
        assertThat(stage.getTitle()).doesNotStartWith("*");
        push(KeyCode.CONTROL, KeyCode.Y);
        waitForResult();
        assertThat(model.site()).isEqualTo(s1);
        push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z);
        push(KeyCode.CONTROL, KeyCode.Y);
        waitForResult();
        assertThat(model.site()).isEqualTo(s3);
        assertThat(model.redoTextProperty().get()).isEqualTo("Redo");
    }

    @Test
    void copyPasteZoomKeysAndSpaceDragPan() throws Exception {
        open(sample("clinic.valt.json"));
        clickOn(window.plan().screenCenterOf("cam1"));
        push(KeyCode.CONTROL, KeyCode.C);
        push(KeyCode.CONTROL, KeyCode.V);
        waitForResult();
        Device copy = model.site().devices().get(model.site().devices().size() - 1);
        assertThat(copy.name()).isEqualTo("Exam Room 1 (copy)");
        assertThat(copy.id()).isNotEqualTo("cam1");
        assertThat(model.selection()).containsExactly(copy.id());
        assertThat(model.undoTextProperty().get()).isEqualTo("Undo Paste Exam Room 1 (copy)");

        double scale = window.plan().scale();
        push(KeyCode.CONTROL, KeyCode.EQUALS);
        assertThat(window.plan().scale()).isCloseTo(scale * 1.25, within(1e-9));
        push(KeyCode.CONTROL, KeyCode.MINUS);
        assertThat(window.plan().scale()).isCloseTo(scale, within(1e-9));

        Point2D before = window.plan().screenCenterOf("app");
        Point2D empty = window.plan().screenAt(new Point(560, 400));
        moveTo(empty);
        press(KeyCode.SPACE);
        drag(empty, MouseButton.PRIMARY).moveBy(30, 0).moveBy(30, 20).drop();
        release(KeyCode.SPACE);
        Point2D after = window.plan().screenCenterOf("app");
        assertThat(after.getX() - before.getX()).isCloseTo(60, within(2.0));
        assertThat(after.getY() - before.getY()).isCloseTo(20, within(2.0));
        assertThat(model.selection()).containsExactly(copy.id()); // panning selects nothing
    }
}
