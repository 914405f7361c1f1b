package com.valt.planner.ui;

import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.util.StringConverter;

/** The common actions one click away: files, undo, zoom, grid, flows on the plan, explain mode. */
final class Toolbar extends ToolBar {
    final ToggleButton grid = new ToggleButton("Grid");
    final ToggleButton snap = new ToggleButton("Snap");

    Toolbar(PlannerModel model, PlanCanvas plan, FileActions files, BooleanProperty explain) {
        Button undo = button("Undo", "Undo (Ctrl+Z)", model::undo);
        Button redo = button("Redo", "Redo (Ctrl+Y)", model::redo);
        undo.setId("tool-undo");
        redo.setId("tool-redo");
        undo.tooltipProperty()
                .bind(Bindings.createObjectBinding(
                        () -> new Tooltip(model.undoTextProperty().get()), model.undoTextProperty()));
        redo.tooltipProperty()
                .bind(Bindings.createObjectBinding(
                        () -> new Tooltip(model.redoTextProperty().get()), model.redoTextProperty()));
        undo.disableProperty().bind(Bindings.createBooleanBinding(() -> !model.canUndo(), model.undoTextProperty()));
        redo.disableProperty().bind(Bindings.createBooleanBinding(() -> !model.canRedo(), model.redoTextProperty()));
        grid.setSelected(true);
        snap.setSelected(true);
        grid.setId("tool-grid");
        snap.setId("tool-snap");
        grid.selectedProperty().addListener((o, a, b) -> plan.setGrid(b));
        snap.selectedProperty().addListener((o, a, b) -> plan.setSnap(b));
        ChoiceBox<PlanCanvas.FlowsShown> flows = new ChoiceBox<>();
        flows.setId("tool-flows");
        flows.getItems().addAll(PlanCanvas.FlowsShown.values());
        flows.setConverter(new StringConverter<>() {
            @Override
            public String toString(PlanCanvas.FlowsShown f) {
                return f == null
                        ? ""
                        : switch (f) {
                            case NONE -> "None";
                            case SELECTED -> "Of the selection";
                            case ALL -> "All";
                        };
            }

            @Override
            public PlanCanvas.FlowsShown fromString(String s) {
                return null;
            }
        });
        flows.valueProperty().bindBidirectional(plan.flowsShownProperty());
        ToggleButton explainButton = new ToggleButton("Explain mode");
        explainButton.setId("tool-explain");
        explainButton.setTooltip(new Tooltip(
                "For trainers: click a device to see its flows; change an option to see what it adds and removes"));
        explainButton.selectedProperty().bindBidirectional(explain);
        getItems()
                .addAll(
                        button("New", "New site (Ctrl+N)", files::newSite),
                        button("Open…", "Open a site file (Ctrl+O)", files::openWithChooser),
                        button("Save", "Save (Ctrl+S)", files::save),
                        new Separator(),
                        undo,
                        redo,
                        new Separator(),
                        button("−", "Zoom out (Ctrl+-)", () -> plan.zoom(1 / 1.25)),
                        button("+", "Zoom in (Ctrl+=)", () -> plan.zoom(1.25)),
                        button("Fit", "Zoom to fit (Ctrl+0)", plan::zoomToFit),
                        grid,
                        snap,
                        new Separator(),
                        new Label("Flows on plan:"),
                        flows,
                        new Separator(),
                        explainButton);
    }

    private static Button button(String text, String tip, Runnable action) {
        Button b = new Button(text);
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> action.run());
        b.setFocusTraversable(false);
        return b;
    }
}
