package com.valt.planner.ui.compare;

import com.valt.planner.domain.Device;
import com.valt.planner.domain.Site;
import com.valt.planner.engine.FlowResult;
import com.valt.planner.io.LoadProblem;
import com.valt.planner.io.SiteFileReader;
import com.valt.planner.io.SiteLoadException;
import com.valt.planner.revision.Cause;
import com.valt.planner.revision.RevisionDiff;
import com.valt.planner.revision.Revisions;
import com.valt.planner.ui.PlannerModel;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * File > Compare with: the site in the window against another file or the last saved revision (the file on
 * disk). The other revision is read and computed off the FX thread; the diff opens in its own window, and
 * the devices the window's site added are selected on the plan.
 */
public final class CompareActions {
    private final PlannerModel model;
    private final Supplier<Window> owner;

    public CompareActions(PlannerModel model, Supplier<Window> owner) {
        this.model = model;
        this.owner = owner;
    }

    /** The File menu's "Compare with" entry. */
    public static Menu menu(PlannerModel model, Supplier<Window> owner) {
        CompareActions a = new CompareActions(model, owner);
        MenuItem file = new MenuItem("Another file\u2026");
        file.setOnAction(e -> a.compareWithChosenFile());
        MenuItem saved = new MenuItem("Last saved revision");
        saved.setOnAction(e -> a.compareWithSaved());
        saved.disableProperty().bind(model.fileProperty().isNull());
        Menu m = new Menu("Compare _with\u2026", null, file, saved);
        m.setId("menu-compare");
        return m;
    }

    public void compareWithChosenFile() {
        FileChooser fc = new FileChooser();
        fc.setTitle("Compare with an earlier revision");
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("VALT site plans", "*.valt.json", "*.json"));
        Path current = model.fileProperty().get();
        if (current != null && current.toAbsolutePath().getParent() != null) {
            fc.setInitialDirectory(current.toAbsolutePath().getParent().toFile());
        }
        File f = fc.showOpenDialog(owner.get());
        if (f != null) {
            compareWith(f.toPath());
        }
    }

    public void compareWithSaved() {
        Path file = model.fileProperty().get();
        if (file != null) {
            compareWith(file);
        }
    }

    /** Reads {@code other} as the earlier revision and shows what the window's site changed since. */
    public void compareWith(Path other) {
        model.whenCurrent(now -> CompletableFuture.supplyAsync(() -> diff(other, now))
                .whenComplete((r, ex) -> Platform.runLater(() -> show(other, r, ex))));
    }

    /** Off the FX thread: the other revision's result, then the diff. */
    private RevisionDiff diff(Path other, FlowResult now) {
        Site old;
        try {
            old = SiteFileReader.read(other);
        } catch (SiteLoadException e) {
            throw new IllegalArgumentException(
                    e.problems().stream().map(LoadProblem::line).collect(Collectors.joining("\n")), e);
        }
        return Revisions.compare(model.engine().compute(old), now);
    }

    private void show(Path other, RevisionDiff diff, Throwable ex) {
        if (ex != null) {
            Throwable cause = ex.getCause() != null ? ex.getCause() : ex;
            Alert a = new Alert(Alert.AlertType.ERROR);
            a.initOwner(owner.get());
            a.setHeaderText("Cannot compare with " + other.getFileName());
            a.setContentText(cause.getMessage());
            a.getDialogPane().setId("compare-error");
            a.show();
            return;
        }
        String since = since(diff.before().site(), other);
        Stage stage = new Stage();
        stage.initOwner(owner.get());
        stage.setTitle("Changes since " + since);
        stage.setScene(new Scene(new ComparePane(diff, since), 760, 520));
        model.comparisonProperty().set(diff);
        stage.setOnHidden(e -> {
            if (model.comparisonProperty().get() == diff) {
                model.comparisonProperty().set(null);
            }
        });
        stage.show();
        highlightAdded(diff);
    }

    /** Selects the added devices that are still on the plan: the canvas draws the selection. */
    private void highlightAdded(RevisionDiff diff) {
        List<String> added = diff.causes().stream()
                .filter(c -> c.kind() == Cause.Kind.DEVICE_ADDED)
                .map(Cause::subject)
                .filter(id -> model.site().device(id).map(Device::id).isPresent())
                .toList();
        if (!added.isEmpty()) {
            model.selection().clear();
            model.selection().addAll(added);
        }
    }

    /** "revision A", else the file's name. */
    static String since(Site old, Path file) {
        String r = old.info().revision();
        return r == null || r.isBlank() ? String.valueOf(file.getFileName()) : "revision " + r.strip();
    }
}
