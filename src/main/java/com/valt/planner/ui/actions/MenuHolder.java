package com.valt.planner.ui.actions;

import com.valt.planner.ui.PlannerModel;
import com.valt.planner.ui.compare.CompareActions;
import com.valt.planner.ui.plan.PlanCanvas;
import java.nio.file.Path;
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
public final class MenuHolder {
    private final MenuBar bar = new MenuBar();
    private final Menu recentMenu = new Menu("Open _Recent");
    private FileActions files;

    public MenuBar bar() {
        return bar;
    }

    public void build(WindowActions actions) {
        this.files = actions.files;
        PlannerModel model = actions.model;
        PlanCanvas plan = actions.plan;
        Menu file = new Menu("_File");
        file.getItems()
                .addAll(
                        item(actions, StandardAction.NEW),
                        item(actions, StandardAction.OPEN),
                        recentMenu,
                        new SeparatorMenuItem(),
                        item(actions, StandardAction.SAVE),
                        item(actions, StandardAction.SAVE_AS),
                        CompareActions.menu(model, actions::window),
                        new SeparatorMenuItem(),
                        item(actions, StandardAction.IMPORT_DEVICES),
                        new SeparatorMenuItem(),
                        item(actions, StandardAction.QUIT));
        refreshRecent();

        MenuItem undo = item(actions, StandardAction.UNDO);
        MenuItem redo = item(actions, StandardAction.REDO);
        undo.setId("menu-undo");
        redo.setId("menu-redo");
        Menu edit = new Menu("_Edit");
        edit.getItems()
                .addAll(
                        undo,
                        redo,
                        new SeparatorMenuItem(),
                        item(actions, StandardAction.COPY),
                        item(actions, StandardAction.PASTE),
                        item(actions, StandardAction.DUPLICATE),
                        item(actions, StandardAction.DELETE),
                        new SeparatorMenuItem(),
                        item(actions, StandardAction.SELECT_ALL));

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
                        item(actions, StandardAction.ZOOM_IN),
                        item(actions, StandardAction.ZOOM_OUT),
                        item(actions, StandardAction.ZOOM_FIT),
                        new SeparatorMenuItem(),
                        ActionFactory.checkMenuItem(StandardAction.GRID, actions.grid),
                        ActionFactory.checkMenuItem(StandardAction.SNAP, actions.snap),
                        flows,
                        new SeparatorMenuItem(),
                        ActionFactory.checkMenuItem(StandardAction.EXPLAIN, actions.explain));

        Menu site = new Menu("_Site");
        site.getItems()
                .addAll(
                        item(actions, StandardAction.ADD_CAMERAS),
                        item(actions, StandardAction.BALANCE),
                        zoneMenu(model));
        bar.getMenus().addAll(file, edit, view, site, actions.exports.menu(item(actions, StandardAction.EXPORT_ALL)));

        // Second shortcuts the menu cannot show: Ctrl+Shift+Z redo, keypad +/- zoom, Backspace delete.
        plan.sceneProperty().addListener((o, a, scene) -> {
            if (scene != null) {
                var keys = scene.getAccelerators();
                keys.put(
                        new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                        actions.command(StandardAction.REDO)::execute);
                keys.put(
                        new KeyCodeCombination(KeyCode.ADD, KeyCombination.SHORTCUT_DOWN),
                        actions.command(StandardAction.ZOOM_IN)::execute);
                keys.put(
                        new KeyCodeCombination(KeyCode.PLUS, KeyCombination.SHORTCUT_DOWN),
                        actions.command(StandardAction.ZOOM_IN)::execute);
                keys.put(
                        new KeyCodeCombination(KeyCode.SUBTRACT, KeyCombination.SHORTCUT_DOWN),
                        actions.command(StandardAction.ZOOM_OUT)::execute);
                keys.put(new KeyCodeCombination(KeyCode.BACK_SPACE), actions.command(StandardAction.DELETE)::execute);
            }
        });
    }

    public void refreshRecent() {
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

    private static MenuItem item(WindowActions actions, StandardAction action) {
        return ActionFactory.menuItem(action, actions.command(action));
    }
}
