package com.valt.planner.ui.actions;

import com.valt.planner.ui.plan.PlanCanvas;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.util.StringConverter;

/** The common actions one click away: files, undo, zoom, grid, flows on the plan, explain mode. */
public final class Toolbar extends ToolBar {
    public Toolbar(WindowActions actions) {
        Button undo = button(actions, StandardAction.UNDO);
        Button redo = button(actions, StandardAction.REDO);
        undo.setId("tool-undo");
        redo.setId("tool-redo");
        ToggleButton grid = ActionFactory.toggleButton(StandardAction.GRID, actions.grid);
        ToggleButton snap = ActionFactory.toggleButton(StandardAction.SNAP, actions.snap);
        grid.setId("tool-grid");
        snap.setId("tool-snap");
        ChoiceBox<PlanCanvas.FlowsShown> flows = new ChoiceBox<>();
        flows.setId("tool-flows");
        flows.setFocusTraversable(false); // like every toolbar control: keys go to the plan and the menus
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
        flows.valueProperty().bindBidirectional(actions.plan.flowsShownProperty());
        ToggleButton explainButton = ActionFactory.toggleButton(StandardAction.EXPLAIN, actions.explain);
        explainButton.setId("tool-explain");
        getItems()
                .addAll(
                        button(actions, StandardAction.NEW),
                        button(actions, StandardAction.OPEN),
                        button(actions, StandardAction.SAVE),
                        new Separator(),
                        undo,
                        redo,
                        new Separator(),
                        button(actions, StandardAction.ZOOM_OUT),
                        button(actions, StandardAction.ZOOM_IN),
                        button(actions, StandardAction.ZOOM_FIT),
                        grid,
                        snap,
                        new Separator(),
                        new Label("Flows on plan:"),
                        flows,
                        new Separator(),
                        explainButton);
    }

    private static Button button(WindowActions actions, StandardAction action) {
        return ActionFactory.button(action, actions.command(action));
    }
}
