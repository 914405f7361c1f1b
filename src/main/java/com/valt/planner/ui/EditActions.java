package com.valt.planner.ui;

import com.valt.planner.domain.Device;
import com.valt.planner.edit.Edits;
import com.valt.planner.domain.Point;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;

import java.util.List;
import java.util.Set;

/**
 * Delete, duplicate, copy, paste and select all on the plan. They act on the plan's selection, and
 * step aside while the user types in a text field (its own copy and paste then apply).
 */
final class EditActions {
    private static final Point OFFSET = new Point(40, 40);
    private final PlannerModel model;
    private final Scene scene;
    private List<Device> clipboard = List.of();
    private int pastes;

    EditActions(PlannerModel model, Scene scene) {
        this.model = model;
        this.scene = scene;
    }

    private boolean typing() {
        return scene.getFocusOwner() instanceof TextInputControl;
    }

    void delete() {
        if (!typing()) {
            model.execute(Edits.delete(model.site(), Set.copyOf(model.selection())));
        }
    }

    void duplicate() {
        if (!typing()) {
            int before = model.site().devices().size();
            model.execute(Edits.duplicate(model.site(), Set.copyOf(model.selection()), OFFSET));
            selectAddedSince(before);
        }
    }

    void copy() {
        if (typing()) {
            ((TextInputControl) scene.getFocusOwner()).copy();
            return;
        }
        clipboard = model.site().devices().stream().filter(d -> model.selection().contains(d.id())).toList();
        pastes = 0;
    }

    void paste() {
        if (typing()) {
            ((TextInputControl) scene.getFocusOwner()).paste();
            return;
        }
        pastes++;
        int before = model.site().devices().size();
        model.execute(Edits.paste(model.site(), clipboard, new Point(OFFSET.x() * pastes, OFFSET.y() * pastes)));
        selectAddedSince(before);
    }

    void selectAll() {
        if (!typing()) {
            model.selection().clear();
            model.site().devices().forEach(d -> model.selection().add(d.id()));
        }
    }

    boolean hasClipboard() {
        return !clipboard.isEmpty();
    }

    private void selectAddedSince(int before) {
        List<Device> ds = model.site().devices();
        if (ds.size() > before) {
            model.selection().clear();
            ds.subList(before, ds.size()).forEach(d -> model.selection().add(d.id()));
        }
    }
}
