package com.valt.planner.ui.actions;

import com.valt.planner.domain.Device;
import com.valt.planner.domain.DeviceType;
import com.valt.planner.domain.Point;
import com.valt.planner.domain.Site;
import com.valt.planner.edit.Edits;
import com.valt.planner.ui.PlannerModel;
import com.valt.planner.ui.common.Dialogs;
import com.valt.planner.ui.common.Plural;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextInputControl;

/**
 * Delete, duplicate, copy, paste and select all on the plan. They act on the plan's selection, and
 * step aside while the user types in a text field (its own copy and paste then apply).
 */
public final class EditActions {
    private static final Point OFFSET = new Point(40, 40);
    private final PlannerModel model;
    private final Scene scene;
    private List<Device> clipboard = List.of();
    private int pastes;

    public EditActions(PlannerModel model, Scene scene) {
        this.model = model;
        this.scene = scene;
    }

    private boolean typing() {
        return scene.getFocusOwner() instanceof TextInputControl;
    }

    void delete() {
        if (!typing() && confirmMovingCameras(Set.copyOf(model.selection()))) {
            model.execute(Edits.delete(model.site(), Set.copyOf(model.selection())));
        }
    }

    /** Deleting a media server moves its cameras to the application server: say so first. */
    private boolean confirmMovingCameras(Set<String> ids) {
        Site site = model.site();
        List<String> servers = new ArrayList<>();
        long moved = 0;
        for (Device d : site.devices()) {
            if (ids.contains(d.id()) && d.type() == DeviceType.MEDIA_SERVER) {
                long cams = site.devices().stream()
                        .filter(c -> d.id().equals(c.mediaServer()) && !ids.contains(c.id()))
                        .count();
                if (cams > 0) {
                    servers.add(d.displayName());
                    moved += cams;
                }
            }
        }
        if (moved == 0) {
            return true;
        }
        String app = site.applicationServer().map(Device::displayName).orElse("the application server");
        ButtonType go = new ButtonType("Delete and move cameras", ButtonBar.ButtonData.YES);
        Optional<ButtonType> b = Dialogs.ask(
                "Delete " + String.join(", ", servers) + "?",
                Plural.of(moved, "camera", "cameras") + " served by " + String.join(", ", servers) + " will be "
                        + "recorded by " + app + " instead. Undo puts everything back.",
                scene.getWindow(),
                go,
                ButtonType.CANCEL);
        return b.isPresent() && b.get() == go;
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
        clipboard = model.site().devices().stream()
                .filter(d -> model.selection().contains(d.id()))
                .toList();
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
