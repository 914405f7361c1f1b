package com.valt.planner.ui.actions;

import com.valt.planner.domain.Problem;
import com.valt.planner.domain.Site;
import com.valt.planner.domain.SiteValidator;
import com.valt.planner.io.AtomicFiles;
import com.valt.planner.io.LoadProblem;
import com.valt.planner.io.SaveException;
import com.valt.planner.io.SiteFileWriter;
import com.valt.planner.io.SiteLoadException;
import com.valt.planner.ui.PlannerModel;
import com.valt.planner.ui.common.Dialogs;
import com.valt.planner.ui.common.PathWords;
import com.valt.planner.ui.common.Plural;
import com.valt.planner.ui.startup.Preload;
import com.valt.planner.ui.startup.Timing;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * New, Open, Save, Save As, with the checks a user relies on: ask before discarding changes, ask
 * before overwriting a file that changed on disk, never lose the open site to a broken file, offer
 * a crash draft back for its own file only.
 */
public final class FileActions {
    private final PlannerModel model;
    private final Window owner;
    private final Recovery recovery;
    private final RecentFiles recent;
    private final Runnable opened;
    private final Runnable saved;
    /** SHA-256 of the file's bytes when it was opened or last saved; null for an unsaved site. */
    private byte[] diskHash;

    /**
     * @param opened called after a site replaced the current one (to fit the plan, refresh menus)
     * @param saved  called after a save (to refresh menus; the view stays where the user left it)
     */
    public FileActions(
            PlannerModel model, Window owner, Recovery recovery, RecentFiles recent, Runnable opened, Runnable saved) {
        this.model = model;
        this.owner = owner;
        this.recovery = recovery;
        this.recent = recent;
        this.opened = opened;
        this.saved = saved;
    }

    RecentFiles recent() {
        return recent;
    }

    /** At start: open the file from the command line, or offer the untitled draft. */
    public void start(Path file) {
        if (file != null) {
            open(file);
        } else {
            offerDraft(null, Site.empty());
        }
    }

    /**
     * Before the window shows: opens the file if that needs no question (no crash draft for it, no
     * error), so the first frame already shows the site. False: call {@link #start} once shown.
     */
    public boolean openBeforeShowing(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        if (recovery.find(abs).isPresent()) {
            return false;
        }
        Site site;
        try {
            site = Preload.read(file);
        } catch (SiteLoadException e) {
            return false;
        }
        Timing.mark("site read");
        model.replace(site, abs);
        diskHash = hashOf(file);
        recent.add(file);
        opened.run();
        return true;
    }

    void newSite() {
        if (askToSaveChanges()) {
            recovery.remove(model.fileProperty().get());
            model.replace(Site.empty(), null);
            diskHash = null;
            opened.run();
        }
    }

    void openWithChooser() {
        if (!askToSaveChanges()) {
            return;
        }
        File f = chooser("Open site plan").showOpenDialog(owner);
        if (f != null) {
            open(f.toPath());
        }
    }

    /** Opens a file (caller already asked about unsaved changes); a broken file leaves the current site alone. */
    public boolean open(Path file) {
        Site site;
        try {
            site = Preload.read(file);
            Timing.mark("site read");
        } catch (SiteLoadException e) {
            String details = e.problems().stream().map(FileActions::describe).collect(Collectors.joining("\n"));
            Dialogs.problems(
                    "Cannot open " + file.getFileName(),
                    file.toAbsolutePath() + " was not opened; your current work is unchanged.",
                    details,
                    owner);
            return false;
        }
        model.replace(site, file.toAbsolutePath().normalize());
        diskHash = hashOf(file);
        recent.add(file);
        offerDraft(model.fileProperty().get(), site);
        opened.run();
        return true;
    }

    void openRecent(Path file) {
        if (askToSaveChanges()) {
            open(file);
        }
    }

    private static String describe(LoadProblem p) {
        String where = PathWords.of(p.path(), null);
        return (where.isEmpty() ? "" : where + ": ") + p.reason();
    }

    /** Save; true when the site is on disk afterwards. */
    public boolean save() {
        Path file = model.fileProperty().get();
        if (file == null) {
            return saveAs();
        }
        if (changedOnDisk(file)) {
            Optional<ButtonType> b = Dialogs.ask(
                    file.getFileName() + " changed on disk",
                    file + " was changed by another program or person since you opened it. Overwrite it with "
                            + "your version, or save yours under another name?",
                    owner,
                    Dialogs.OVERWRITE,
                    Dialogs.SAVE_AS,
                    ButtonType.CANCEL);
            if (b.isEmpty() || b.get() == ButtonType.CANCEL) {
                return false;
            }
            if (b.get() == Dialogs.SAVE_AS) {
                return saveAs();
            }
        }
        return write(file);
    }

    boolean saveAs() {
        FileChooser fc = chooser("Save site plan as");
        Path current = model.fileProperty().get();
        fc.setInitialFileName(
                current != null
                        ? current.getFileName().toString()
                        : safeName(model.site().info().name()) + ".valt.json");
        File f = fc.showSaveDialog(owner);
        return f != null && write(f.toPath());
    }

    /** Writes the site to a file atomically, keeping the previous version as .bak. */
    boolean write(Path target) {
        Site site = model.site();
        List<Problem> problems = SiteValidator.validate(site);
        if (!problems.isEmpty()) {
            String list = problems.stream().limit(5).map(Problem::toString).collect(Collectors.joining("\n"));
            Optional<ButtonType> b = Dialogs.ask(
                    "The site has " + Plural.of(problems.size(), "error", "errors"),
                    list + "\n\nThe file will be refused when opened until these are fixed. Save anyway?",
                    owner,
                    Dialogs.SAVE,
                    ButtonType.CANCEL);
            if (b.isEmpty() || b.get() != Dialogs.SAVE) {
                return false;
            }
        }
        byte[] bytes = SiteFileWriter.toBytes(site);
        Path to = target.toAbsolutePath().normalize();
        try {
            AtomicFiles.write(to, bytes, true);
        } catch (SaveException e) {
            Dialogs.error("Cannot save " + to.getFileName(), e.getMessage(), owner);
            return false;
        }
        Path before = model.fileProperty().get();
        recovery.remove(before);
        recovery.remove(to);
        diskHash = sha256(bytes);
        model.markSaved(to);
        recent.add(to);
        saved.run();
        return true;
    }

    /** Before something would discard unsaved changes: true to go on (saved or discarded), false to stop. */
    public boolean askToSaveChanges() {
        if (!model.dirtyProperty().get()) {
            return true;
        }
        String name = model.site().info().name();
        Optional<ButtonType> b = Dialogs.ask(
                "Save changes to \"" + name + "\"?",
                "Your changes will be lost if you don't save them.",
                owner,
                Dialogs.SAVE,
                Dialogs.DONT_SAVE,
                ButtonType.CANCEL);
        if (b.isEmpty() || b.get() == ButtonType.CANCEL) {
            return false;
        }
        if (b.get() == Dialogs.DONT_SAVE) {
            discardCurrentDraft();
            return true;
        }
        return save();
    }

    /** The draft of the current file, written by the autosave; only when there is something unsaved. */
    public void autosave() throws SaveException {
        if (model.dirtyProperty().get()) {
            recovery.save(model.fileProperty().get(), model.site());
        } else {
            recovery.remove(model.fileProperty().get());
        }
    }

    /** Called when the window closes cleanly: the user chose, so no draft is left behind. */
    public void discardCurrentDraft() {
        recovery.remove(model.fileProperty().get());
    }

    private void offerDraft(Path file, Site onDisk) {
        Optional<Recovery.Draft> draft = recovery.find(file);
        if (draft.isEmpty()) {
            return;
        }
        if (draft.get().site().equals(onDisk)) {
            recovery.remove(file);
            return;
        }
        String when = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                .withZone(ZoneId.systemDefault())
                .format(draft.get().saved());
        String what = file == null ? "an untitled site" : file.getFileName().toString();
        Optional<ButtonType> b = Dialogs.ask(
                "Recover unsaved changes?",
                "The planner did not close normally. A draft of " + what + " with unsaved changes was kept (" + when
                        + "). Restore it? Discarding deletes the draft.",
                owner,
                Dialogs.RESTORE,
                Dialogs.DISCARD);
        if (b.isPresent() && b.get() == Dialogs.RESTORE) {
            model.recover(draft.get().site(), onDisk, file);
        } else {
            recovery.remove(file);
        }
    }

    private boolean changedOnDisk(Path file) {
        byte[] now = hashOf(file);
        return diskHash != null && !Arrays.equals(diskHash, now);
    }

    private static byte[] hashOf(Path file) {
        try {
            return sha256(Files.readAllBytes(file));
        } catch (IOException e) {
            return new byte[0]; // gone or unreadable: differs from what was opened
        }
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private FileChooser chooser(String title) {
        FileChooser fc = new FileChooser();
        fc.setTitle(title);
        fc.getExtensionFilters()
                .addAll(
                        new FileChooser.ExtensionFilter("VALT site plans (*.valt.json)", "*.valt.json"),
                        new FileChooser.ExtensionFilter("JSON files (*.json)", "*.json"),
                        new FileChooser.ExtensionFilter("All files", "*"));
        Path current = model.fileProperty().get();
        if (current != null && current.getParent() != null && Files.isDirectory(current.getParent())) {
            fc.setInitialDirectory(current.getParent().toFile());
        }
        return fc;
    }

    static String safeName(String name) {
        String s =
                name == null ? "" : name.replaceAll("[^\\p{L}\\p{N} ._-]", "").strip();
        return s.isEmpty() ? "site" : s;
    }
}
