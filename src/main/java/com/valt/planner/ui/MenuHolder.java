package com.valt.planner.ui;

import com.valt.planner.edit.Balancer;
import java.nio.file.Path;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/** The menu bar; Undo and Redo name the step they will take back or do again. */
final class MenuHolder {
    private final MenuBar bar = new MenuBar();
    private final Menu recentMenu = new Menu("Open _Recent");
    private FileActions files;

    MenuBar bar() {
        return bar;
    }

    void build(
            PlannerModel model,
            PlanCanvas plan,
            FileActions files,
            ExportActions exports,
            EditActions edits,
            BulkActions bulk,
            BooleanProperty explain,
            Toolbar toolbar) {
        this.files = files;
        Menu file = new Menu("_File");
        file.getItems()
                .addAll(
                        item("_New", "Shortcut+N", files::newSite),
                        item("_Open…", "Shortcut+O", files::openWithChooser),
                        recentMenu,
                        new SeparatorMenuItem(),
                        item("_Save", "Shortcut+S", files::save),
                        item("Save _As…", "Shortcut+Shift+S", files::saveAs),
                        com.valt.planner.ui.compare.CompareActions.menu(
                                model, () -> plan.getScene().getWindow()),
                        new SeparatorMenuItem(),
                        item(
                                "_Import devices…",
                                null,
                                () -> com.valt.planner.ui.importing.ImportDevicesDialog.show(
                                        model, plan.getScene().getWindow())),
                        new SeparatorMenuItem(),
                        item(
                                "_Quit",
                                "Shortcut+Q",
                                () -> plan.getScene()
                                        .getWindow()
                                        .fireEvent(new javafx.stage.WindowEvent(
                                                plan.getScene().getWindow(),
                                                javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST))));
        refreshRecent();

        MenuItem undo = item("Undo", "Shortcut+Z", model::undo);
        MenuItem redo = item("Redo", "Shortcut+Y", model::redo);
        undo.setId("menu-undo");
        redo.setId("menu-redo");
        undo.textProperty().bind(model.undoTextProperty());
        redo.textProperty().bind(model.redoTextProperty());
        undo.disableProperty().bind(Bindings.createBooleanBinding(() -> !model.canUndo(), model.undoTextProperty()));
        redo.disableProperty().bind(Bindings.createBooleanBinding(() -> !model.canRedo(), model.redoTextProperty()));
        Menu edit = new Menu("_Edit");
        edit.getItems()
                .addAll(
                        undo,
                        redo,
                        new SeparatorMenuItem(),
                        item("_Copy", "Shortcut+C", edits::copy),
                        item("_Paste", "Shortcut+V", edits::paste),
                        item("_Duplicate", "Shortcut+D", edits::duplicate),
                        item("De_lete", "Delete", edits::delete),
                        new SeparatorMenuItem(),
                        item("Select _all", "Shortcut+A", edits::selectAll));

        CheckMenuItem grid = new CheckMenuItem("Show _grid");
        grid.selectedProperty().bindBidirectional(toolbar.grid.selectedProperty());
        CheckMenuItem snap = new CheckMenuItem("_Snap to grid");
        snap.selectedProperty().bindBidirectional(toolbar.snap.selectedProperty());
        CheckMenuItem explainItem = new CheckMenuItem("_Explain mode");
        explainItem.setAccelerator(KeyCombination.keyCombination("F2"));
        explainItem.selectedProperty().bindBidirectional(explain);
        Menu flows = new Menu("_Flows on the plan");
        ToggleGroup g = new ToggleGroup();
        for (PlanCanvas.FlowsShown f : PlanCanvas.FlowsShown.values()) {
            RadioMenuItem r = new RadioMenuItem(
                    switch (f) {
                        case NONE -> "None";
                        case SELECTED -> "Of the selected devices";
                        case ALL -> "All (with their ports)";
                    });
            r.setToggleGroup(g);
            r.setSelected(plan.flowsShownProperty().get() == f);
            r.setOnAction(e -> plan.flowsShownProperty().set(f));
            plan.flowsShownProperty().addListener((o, a, b) -> r.setSelected(b == f));
            flows.getItems().add(r);
        }
        Menu view = new Menu("_View");
        view.getItems()
                .addAll(
                        item("Zoom _in", "Shortcut+Equals", () -> plan.zoom(1.25)),
                        item("Zoom _out", "Shortcut+Minus", () -> plan.zoom(1 / 1.25)),
                        item("Zoom to _fit", "Shortcut+0", plan::zoomToFit),
                        new SeparatorMenuItem(),
                        grid,
                        snap,
                        flows,
                        new SeparatorMenuItem(),
                        explainItem);

        Menu site = new Menu("_Site");
        site.getItems()
                .addAll(
                        item("Add _cameras…", null, bulk::addCameras),
                        item("_Balance cameras (at most " + Balancer.PAGE_LIMIT + " per server)", null, bulk::balance),
                        zoneMenu(model));
        bar.getMenus().addAll(file, edit, view, site, exports.menu());

        // Second shortcuts the menu cannot show: Ctrl+Shift+Z redo, keypad +/- zoom, Backspace delete.
        plan.sceneProperty().addListener((o, a, scene) -> {
            if (scene != null) {
                scene.getAccelerators()
                        .put(
                                new KeyCodeCombination(
                                        KeyCode.Z, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                                model::redo);
                scene.getAccelerators()
                        .put(new KeyCodeCombination(KeyCode.ADD, KeyCombination.SHORTCUT_DOWN), () -> plan.zoom(1.25));
                scene.getAccelerators()
                        .put(new KeyCodeCombination(KeyCode.PLUS, KeyCombination.SHORTCUT_DOWN), () -> plan.zoom(1.25));
                scene.getAccelerators()
                        .put(
                                new KeyCodeCombination(KeyCode.SUBTRACT, KeyCombination.SHORTCUT_DOWN),
                                () -> plan.zoom(1 / 1.25));
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.BACK_SPACE), edits::delete);
            }
        });
    }

    void refreshRecent() {
        if (files == null) {
            return;
        }
        recentMenu.getItems().clear();
        for (Path p : files.recent().list()) {
            MenuItem m = new MenuItem(p.getFileName() + "   (" + p.getParent() + ")");
            m.setMnemonicParsing(false);
            m.setOnAction(e -> files.openRecent(p));
            recentMenu.getItems().add(m);
        }
        recentMenu.setDisable(recentMenu.getItems().isEmpty());
    }

    /** "Selected devices to zone ▸": pins the selection to a zone, or back to its address; filled when opened. */
    private static Menu zoneMenu(PlannerModel model) {
        Menu m = new Menu("Selected devices to _zone");
        m.setId("menu-zone");
        m.getItems().add(new MenuItem()); // a menu with no item never opens
        m.setOnShowing(e -> {
            m.getItems().clear();
            MenuItem byAddress = new MenuItem("By address (clear the pin)");
            byAddress.setOnAction(a -> model.execute(
                    com.valt.planner.edit.ZoneEdits.pin(model.site(), java.util.Set.copyOf(model.selection()), null)));
            m.getItems().add(byAddress);
            for (var z : model.site().zones()) {
                MenuItem i = new MenuItem(z.displayName() + " (" + z.id() + ")");
                i.setMnemonicParsing(false);
                i.setOnAction(a -> model.execute(com.valt.planner.edit.ZoneEdits.pin(
                        model.site(), java.util.Set.copyOf(model.selection()), z.id())));
                m.getItems().add(i);
            }
        });
        m.disableProperty()
                .bind(javafx.beans.binding.Bindings.createBooleanBinding(
                        () -> !model.site().hasZones(), model.siteProperty()));
        return m;
    }

    private static MenuItem item(String text, String accelerator, Runnable action) {
        MenuItem m = new MenuItem(text);
        if (accelerator != null) {
            m.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        m.setOnAction(e -> action.run());
        return m;
    }
}
