package com.valt.planner.ui.actions;

import static com.valt.planner.ui.actions.ActionCommand.of;
import static com.valt.planner.ui.actions.ActionCommand.when;

import com.valt.planner.ui.PlannerModel;
import com.valt.planner.ui.importing.ImportDevicesDialog;
import com.valt.planner.ui.plan.PlanCanvas;
import java.util.EnumMap;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

/**
 * What each {@link StandardAction} does in this window, built once; the menu bar and the toolbar both
 * read it, so the two can never disagree on what an action does or when it is available.
 */
public final class WindowActions {
    /** One step of the zoom buttons and shortcuts. */
    static final double ZOOM_STEP = 1.25;

    private final Map<StandardAction, ActionCommand> commands = new EnumMap<>(StandardAction.class);
    final BooleanProperty grid = new SimpleBooleanProperty(true);
    final BooleanProperty snap = new SimpleBooleanProperty(true);
    final BooleanProperty explain;
    final PlannerModel model;
    final PlanCanvas plan;
    final FileActions files;
    final ExportActions exports;

    public WindowActions(
            PlannerModel model,
            PlanCanvas plan,
            FileActions files,
            EditActions edits,
            BulkActions bulk,
            ExportActions exports,
            BooleanProperty explain) {
        this.model = model;
        this.plan = plan;
        this.files = files;
        this.exports = exports;
        this.explain = explain;
        put(StandardAction.NEW, of(files::newSite));
        put(StandardAction.OPEN, of(files::openWithChooser));
        put(StandardAction.SAVE, of(files::save));
        put(StandardAction.SAVE_AS, of(files::saveAs));
        put(StandardAction.IMPORT_DEVICES, of(() -> ImportDevicesDialog.show(model, window())));
        put(
                StandardAction.QUIT,
                of(() -> window().fireEvent(new WindowEvent(window(), WindowEvent.WINDOW_CLOSE_REQUEST))));
        put(StandardAction.UNDO, when(model.canUndoProperty(), model::undo).labelled(model.undoTextProperty()));
        put(StandardAction.REDO, when(model.canRedoProperty(), model::redo).labelled(model.redoTextProperty()));
        put(StandardAction.COPY, of(edits::copy));
        put(StandardAction.PASTE, of(edits::paste));
        put(StandardAction.DUPLICATE, of(edits::duplicate));
        put(StandardAction.DELETE, of(edits::delete));
        put(StandardAction.SELECT_ALL, of(edits::selectAll));
        put(StandardAction.ZOOM_IN, of(() -> plan.zoom(ZOOM_STEP)));
        put(StandardAction.ZOOM_OUT, of(() -> plan.zoom(1 / ZOOM_STEP)));
        put(StandardAction.ZOOM_FIT, of(plan::zoomToFit));
        put(StandardAction.ADD_CAMERAS, of(bulk::addCameras));
        put(StandardAction.BALANCE, of(bulk::balance));
        put(StandardAction.EXPORT_ALL, of(exports::exportAll));
        grid.addListener((o, a, on) -> plan.setGrid(on));
        snap.addListener((o, a, on) -> plan.setSnap(on));
    }

    private void put(StandardAction action, ActionCommand command) {
        commands.put(action, command);
    }

    /** What the action does here. */
    public ActionCommand command(StandardAction action) {
        ActionCommand c = commands.get(action);
        if (c == null) {
            throw new IllegalArgumentException(action + " is a toggle, not a command");
        }
        return c;
    }

    Window window() {
        return plan.getScene().getWindow();
    }
}
