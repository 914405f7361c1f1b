package com.valt.planner.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.valt.planner.domain.DeviceType;
import com.valt.planner.domain.Point;
import com.valt.planner.edit.Edits;
import com.valt.planner.ui.actions.StandardAction;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.scene.control.Button;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;
import org.junit.jupiter.api.Test;

/** The action table (menu and toolbar from one definition) and the one background pipeline. */
class ActionsTest extends WindowTest {

    @Test
    void undoAndRedoFollowTheHistoryInTheMenuAndTheToolbar() throws Exception {
        open(sample("clinic.valt.json"));
        Button undo = lookup("#tool-undo").queryButton();
        Button redo = lookup("#tool-redo").queryButton();
        MenuItem undoItem = menuItem("menu-undo");
        assertThat(undo.isDisabled()).isTrue();
        assertThat(undoItem.isDisable()).isTrue();
        assertThat(redo.isDisabled()).isTrue();

        fx(() -> model.execute(Edits.add(model.site(), DeviceType.CAMERA, new Point(40, 40), null)));
        assertThat(undo.isDisabled()).isFalse();
        assertThat(undoItem.isDisable()).isFalse();
        assertThat(undoItem.getText()).startsWith("Undo Add");
        assertThat(undo.getTooltip().getText())
                .startsWith("Undo Add")
                .endsWith("(" + StandardAction.UNDO.accelerator().getDisplayText() + ")");

        fx(() -> undoItem.fire());
        assertThat(undo.isDisabled()).isTrue();
        assertThat(redo.isDisabled()).isFalse();
        assertThat(menuItem("menu-redo").getText()).startsWith("Redo Add");
    }

    @Test
    void everyShortcutIsTakenOnceAndTheToolbarNamesTheMenusShortcut() throws Exception {
        open(sample("clinic.valt.json"));
        List<KeyCombination> keys = new ArrayList<>();
        for (MenuItem m : allItems()) {
            if (m.getAccelerator() != null) {
                keys.add(m.getAccelerator());
            }
        }
        assertThat(keys).doesNotHaveDuplicates().contains(StandardAction.SAVE.accelerator());
        Set<String> tooltips = new HashSet<>();
        lookup(".tool-bar .button").queryAllAs(Button.class).forEach(b -> {
            if (b.getTooltip() != null) {
                tooltips.add(b.getTooltip().getText());
            }
        });
        assertThat(tooltips).contains(StandardAction.SAVE.tooltip(), StandardAction.ZOOM_FIT.tooltip());
        assertThat(StandardAction.SAVE.tooltip())
                .endsWith("(" + StandardAction.SAVE.accelerator().getDisplayText() + ")");
    }

    @Test
    void theCanvasDrawsThePictureTheModelsWorkerLaidOutForTheCurrentSite() throws Exception {
        open(sample("clinic.valt.json"));
        fx(() -> model.execute(Edits.add(model.site(), DeviceType.CAMERA, new Point(400, 640), "app")));
        var site = model.site();
        var picture = model.picture();
        assertThat(picture.site()).isSameAs(site);
        assertThat(picture.result()).isSameAs(model.result());
        String added = site.devices().get(site.devices().size() - 1).id();
        assertThat(window.plan().drawnPositions()).containsEntry(added, new Point(400, 640));
        assertThat(window.plan().drawnBox(added)).isNotNull();
    }

    private MenuItem menuItem(String id) {
        return allItems().stream().filter(m -> id.equals(m.getId())).findFirst().orElseThrow();
    }

    private List<MenuItem> allItems() {
        MenuBar bar = lookup(".menu-bar").query();
        List<MenuItem> out = new ArrayList<>();
        bar.getMenus().forEach(m -> collect(m, out));
        return out;
    }

    private static void collect(Menu menu, List<MenuItem> out) {
        for (MenuItem i : menu.getItems()) {
            out.add(i);
            if (i instanceof Menu sub) {
                collect(sub, out);
            }
        }
    }
}
