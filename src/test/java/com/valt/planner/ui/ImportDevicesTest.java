package com.valt.planner.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.valt.planner.domain.Device;
import com.valt.planner.domain.Site;
import com.valt.planner.interchange.Rejection;
import com.valt.planner.ui.importing.ImportDevicesDialog;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** File > Import devices…: a pasted sheet is previewed, imported as one edit, and undone in one step. */
class ImportDevicesTest extends WindowTest {
    private static final String PASTE = "Name\tType\tIP address\tServer\n"
            + "Lobby camera\tcamera\t192.168.10.120\tVALT Server\n"
            + "Nurse PC\tworkstation\t192.168.10.51\t\n"
            + "Broken\tcamra\t192.168.10.121\t\n";

    @Test
    void previewThenImportTheGoodRowsAsOneUndoableEdit() throws Exception {
        open(sample("clinic.valt.json"));
        Site before = model.site();
        later(() -> ImportDevicesDialog.show(model, stage));
        DialogPane pane = dialog("import-dialog").orElseThrow();
        TextArea text = lookup("#import-text").query();
        fx(() -> text.setText(PASTE));
        TableView<?> added = lookup("#import-added").query();
        TableView<Rejection> rejected = lookup("#import-rejected").query();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> rejected.getItems().size() == 1);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(added.getItems()).hasSize(2);
        assertThat(rejected.getItems().get(0))
                .isEqualTo(new Rejection(4, "Broken", "unknown type \"camra\" (did you mean camera?)"));
        Button importButton = (Button) pane.lookupButton(pane.getButtonTypes().get(0));
        assertThat(importButton.getText()).isEqualTo("Import");
        assertThat(importButton.isDisabled())
                .as("nothing half-applied unless asked")
                .isTrue();
        CheckBox skip = lookup("#import-skip-bad").query();
        assertThat(skip.isVisible()).isTrue();
        clickOn(skip);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(importButton.isDisabled()).isFalse();
        press(pane, "Import");
        waitForResult();

        assertThat(model.site().devices()).hasSize(before.devices().size() + 2);
        Device cam = model.site().device("lobby-camera").orElseThrow();
        assertThat(cam.address()).isEqualTo("192.168.10.120");
        assertThat(cam.hasPosition()).isTrue();
        assertThat(model.site().device("nurse-pc")).isPresent();
        assertThat(model.undoTextProperty().get()).isEqualTo("Undo Import 2 devices");
        assertThat(model.dirtyProperty().get()).isTrue();
        fx(model::undo);
        assertThat(model.site()).isEqualTo(before);
        fx(model::redo);
        assertThat(model.site().devices()).hasSize(before.devices().size() + 2);
    }

    @Test
    void cancelChangesNothing() throws Exception {
        open(sample("clinic.valt.json"));
        Site before = model.site();
        later(() -> ImportDevicesDialog.show(model, stage));
        DialogPane pane = dialog("import-dialog").orElseThrow();
        TextArea text = lookup("#import-text").query();
        fx(() -> text.setText("name,type\nA,camera\n"));
        TableView<?> added = lookup("#import-added").query();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> added.getItems().size() == 1);
        press(pane, "Cancel");
        waitForResult();
        assertThat(model.site()).isEqualTo(before);
        assertThat(model.canUndo()).isFalse();
    }
}
