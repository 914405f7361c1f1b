package com.valt.planner.ui.actions;

import com.valt.planner.engine.FlowResult;
import com.valt.planner.export.ExportInput;
import com.valt.planner.export.Exporter;
import com.valt.planner.export.all.Exporters;
import com.valt.planner.ui.PlannerModel;
import com.valt.planner.ui.common.Dialogs;
import com.valt.planner.ui.common.Plural;
import com.valt.planner.ui.panes.StatusBar;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.application.HostServices;
import javafx.concurrent.Task;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.controlsfx.control.NotificationPane;
import org.controlsfx.control.action.Action;

/**
 * The Export menu: every output into a folder, or one of them to a file of the user's choosing.
 * Exports run off the FX thread with progress in the status bar; the notification that follows
 * opens the finished file or folder.
 */
public final class ExportActions {
    private final PlannerModel model;
    private final Window owner;
    private final StatusBar status;
    private final NotificationPane notifications;
    private final HostServices host;
    private Path lastFolder;

    public ExportActions(
            PlannerModel model, Window owner, StatusBar status, NotificationPane notifications, HostServices host) {
        this.model = model;
        this.owner = owner;
        this.status = status;
        this.notifications = notifications;
        this.host = host;
    }

    /** The Export menu: the given "all files" item, then one item per output. */
    Menu menu(MenuItem all) {
        Menu m = new Menu("_Export");
        all.setId("export-all");
        m.getItems().add(all);
        m.getItems().add(new javafx.scene.control.SeparatorMenuItem());
        for (Exporter x : Exporters.all()) {
            MenuItem one = new MenuItem(x.fileName() + "…");
            one.setOnAction(e -> exportOne(x));
            m.getItems().add(one);
        }
        MenuItem diagram = new MenuItem("Diagram as…");
        diagram.setId("export-diagram");
        diagram.setOnAction(e -> exportOne(null));
        m.getItems().addAll(new javafx.scene.control.SeparatorMenuItem(), diagram);
        return m;
    }

    /** The folder the last export went to, else the site file's own folder (where its exports belong). */
    Path startFolder() {
        if (lastFolder != null && Files.isDirectory(lastFolder)) {
            return lastFolder;
        }
        Path file = model.fileProperty().get();
        Path dir = file == null ? null : file.toAbsolutePath().getParent();
        return dir != null && Files.isDirectory(dir) ? dir : null;
    }

    void exportAll() {
        DirectoryChooser dc = new DirectoryChooser();
        dc.setTitle("Export all files into a folder");
        Path start = startFolder();
        if (start != null) {
            dc.setInitialDirectory(start.toFile());
        }
        File dir = dc.showDialog(owner);
        if (dir != null) {
            exportAllTo(dir.toPath());
        }
    }

    /** Writes every output into the folder in the background. */
    public void exportAllTo(Path folder) {
        lastFolder = folder;
        model.whenCurrent(
                result -> run(new ExportTask(result, model.fileProperty().get(), folder, Exporters.all(), null)));
    }

    /** One output to a file; {@code x} null is Diagram as…: GraphML, DOT or draw.io, by the chosen type. */
    private void exportOne(Exporter x) {
        FileChooser fc = new FileChooser();
        fc.setTitle(x == null ? "Export the diagram as" : "Export " + x.fileName());
        fc.setInitialFileName(x == null ? "topology.graphml" : x.fileName());
        List<Exporter> kinds = x == null ? Exporters.diagrams() : List.of(x);
        if (x == null) {
            for (Exporter k : kinds) {
                fc.getExtensionFilters()
                        .add(new FileChooser.ExtensionFilter(
                                switch (ext(k)) {
                                    case ".graphml" -> "GraphML for yEd (*.graphml)";
                                    case ".dot" -> "DOT for Graphviz (*.dot)";
                                    default -> "diagrams.net (*.drawio)";
                                },
                                "*" + ext(k)));
            }
        }
        Path start = startFolder();
        if (start != null) {
            fc.setInitialDirectory(start.toFile());
        }
        File f = fc.showSaveDialog(owner);
        if (f != null && x == null) {
            // The typed extension decides; else the chosen type, whose extension is added.
            int chosen = Math.max(0, fc.getExtensionFilters().indexOf(fc.getSelectedExtensionFilter()));
            String name = f.getName();
            x = kinds.stream().filter(k -> name.endsWith(ext(k))).findFirst().orElse(kinds.get(chosen));
            if (!f.getName().endsWith(ext(x))) {
                f = new File(f.getPath() + ext(x));
            }
        }
        exportTo(x, f);
    }

    private static String ext(Exporter x) {
        return x.fileName().substring(x.fileName().lastIndexOf('.'));
    }

    public void exportTo(Exporter x, File f) {
        if (f != null) {
            lastFolder = f.toPath().getParent();
            model.whenCurrent(result -> run(new ExportTask(
                    result, model.fileProperty().get(), f.toPath().getParent(), List.of(x), f.toPath())));
        }
    }

    private void run(ExportTask task) {
        status.track(task);
        task.setOnSucceeded(e -> done(task.getValue(), task.folder, task.warnings()));
        task.setOnFailed(e -> Dialogs.error("Export failed", task.getException().getMessage(), owner));
        Thread t = new Thread(task, "export");
        t.setDaemon(true);
        t.start();
    }

    private void done(List<Path> files, Path folder, List<String> warnings) {
        // Folder and file by name only: the buttons open them, and a long path would push the buttons off.
        String text = files.size() == 1
                ? "Exported " + files.get(0).getFileName()
                : "Exported " + files.size() + " files to " + folder.getFileName();
        if (!warnings.isEmpty()) {
            text += " – " + warnings.size() + (warnings.size() == 1 ? " warning" : " warnings");
        }
        List<Action> actions = new ArrayList<>();
        if (!warnings.isEmpty()) {
            String all = String.join("\n\n", warnings);
            actions.add(new Action(
                    warnings.size() == 1 ? "Warning…" : "Warnings…",
                    e -> Dialogs.warning("The export left something out", all, owner)));
        }
        Path main = files.stream()
                .filter(p -> p.toString().endsWith(".pdf"))
                .findFirst()
                .orElse(files.get(0));
        actions.add(new Action("Open " + main.getFileName(), e -> open(main)));
        if (files.size() > 1) {
            actions.add(new Action("Open folder", e -> open(folder)));
        }
        notifications.getActions().setAll(actions);
        notifications.show(text);
    }

    private void open(Path p) {
        notifications.hide();
        if (host != null) {
            host.showDocument(p.toUri().toString());
        }
    }

    /** Writes the outputs through {@link Exporters}, the routine the command line uses, with progress per file. */
    static final class ExportTask extends Task<List<Path>> {
        private final FlowResult result;
        private final Path siteFile;
        final Path folder;
        private final List<Exporter> exporters;
        private final Path singleTarget;
        private volatile List<String> warnings = List.of();

        ExportTask(FlowResult result, Path siteFile, Path folder, List<Exporter> exporters, Path singleTarget) {
            this.result = result;
            this.siteFile = siteFile;
            this.folder = folder;
            this.exporters = exporters;
            this.singleTarget = singleTarget;
        }

        @Override
        protected List<Path> call() throws Exception {
            ExportInput input = ExportInput.of(result, siteFile);
            List<Path> written;
            updateProgress(0, exporters.size());
            if (singleTarget != null) {
                updateMessage("Exporting " + singleTarget.getFileName() + "…");
                written = List.of(Exporters.writeFile(exporters.get(0), input, singleTarget));
            } else {
                updateMessage("Exporting " + exporters.size() + " files…");
                written = Exporters.writeAll(input, folder, (file, done, total) -> {
                    updateMessage("Exported " + file.getFileName() + " (" + done + " of " + total + ")");
                    updateProgress(done, total);
                });
            }
            updateProgress(exporters.size(), exporters.size());
            updateMessage("Exported " + Plural.of(written.size(), "file", "files"));
            warnings = input.warnings();
            return written;
        }

        /** What the outputs had to leave out (a logo that cannot be read), once the task has succeeded. */
        List<String> warnings() {
            return warnings;
        }
    }
}
