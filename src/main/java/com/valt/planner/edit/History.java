package com.valt.planner.edit;

import com.valt.planner.domain.Site;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The current site and the undo/redo stacks. Every edit of the window goes through {@link #execute};
 * listeners hear about every new current site (edit, undo, redo, reset).
 */
public final class History {
    static final int LIMIT = 1000;

    private final Deque<Command> undo = new ArrayDeque<>();
    private final Deque<Command> redo = new ArrayDeque<>();
    private final List<Consumer<Site>> listeners = new CopyOnWriteArrayList<>();
    private Site site;
    private Site saved;

    public History(Site site) {
        this.site = site;
        this.saved = site;
    }

    public Site site() {
        return site;
    }

    public void addListener(Consumer<Site> listener) {
        listeners.add(listener);
    }

    /** Applies the command and makes it the next one to undo; a null command does nothing. */
    public void execute(Command command) {
        if (command == null) {
            return;
        }
        Site next = command.apply(site);
        if (next.equals(site)) {
            return; // nothing changed: no undo step that does nothing
        }
        undo.push(command);
        if (undo.size() > LIMIT) {
            undo.removeLast();
        }
        redo.clear();
        set(next);
    }

    public boolean canUndo() {
        return !undo.isEmpty();
    }

    public boolean canRedo() {
        return !redo.isEmpty();
    }

    public Optional<String> undoDescription() {
        return Optional.ofNullable(undo.peek()).map(Command::description);
    }

    public Optional<String> redoDescription() {
        return Optional.ofNullable(redo.peek()).map(Command::description);
    }

    public void undo() {
        if (undo.isEmpty()) {
            return;
        }
        Command c = undo.pop();
        redo.push(c);
        set(c.undo(site));
    }

    public void redo() {
        if (redo.isEmpty()) {
            return;
        }
        Command c = redo.pop();
        undo.push(c);
        set(c.apply(site));
    }

    /** Starts over with another site (New, Open): nothing to undo, nothing unsaved. */
    public void reset(Site fresh) {
        undo.clear();
        redo.clear();
        saved = fresh;
        set(fresh);
    }

    /** Starts over with a recovered draft: nothing to undo, but unsaved against the file's version. */
    public void reset(Site fresh, Site onDisk) {
        reset(fresh);
        saved = onDisk;
        set(fresh);
    }

    public void markSaved() {
        saved = site;
        set(site);
    }

    /** True when the current site differs from the last one saved or opened (undoing back to it counts as clean). */
    public boolean isDirty() {
        return !site.equals(saved);
    }

    private void set(Site next) {
        site = next;
        listeners.forEach(l -> l.accept(next));
    }
}
