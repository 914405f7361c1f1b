package com.valt.planner.ui;

import com.valt.planner.domain.Site;
import com.valt.planner.edit.Command;
import com.valt.planner.edit.History;
import com.valt.planner.engine.FlowEngine;
import com.valt.planner.engine.FlowResult;
import com.valt.planner.revision.RevisionDiff;
import com.valt.planner.ruleset.RuleSets;
import com.valt.planner.ui.plan.PlanPicture;
import com.valt.planner.ui.startup.Timing;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;

/**
 * What the window shows: the edit history with its current site, the engine's result for it, the
 * file it belongs to and the selection. The result is computed off the FX thread, one computation
 * at a time; edits that arrive meanwhile are coalesced into one computation of the newest site.
 */
public final class PlannerModel {
    private final FlowEngine engine;
    private final History history;
    private final ReadOnlyObjectWrapper<Site> site = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<FlowResult> result = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<PlanPicture> picture = new ReadOnlyObjectWrapper<>(PlanPicture.EMPTY);
    private final ReadOnlyStringWrapper failure = new ReadOnlyStringWrapper();
    private final ObjectProperty<RevisionDiff> comparison = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<RuleSets> ruleSets = new ReadOnlyObjectWrapper<>();
    /** The firewalls' rules are folded on a second thread while the worker finishes the result's picture. */
    private final ExecutorService rulesWorker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "rule-sets");
        t.setDaemon(true);
        return t;
    });

    private final ObjectProperty<Path> file = new SimpleObjectProperty<>();
    private final BooleanProperty dirty = new SimpleBooleanProperty();
    private final StringProperty undoText = new SimpleStringProperty();
    private final StringProperty redoText = new SimpleStringProperty();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper();
    private final ObservableSet<String> selection = FXCollections.observableSet(new LinkedHashSet<>());
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "flow-engine");
        t.setDaemon(true);
        return t;
    });
    private Site pending;
    /** The worker's newest result (shown or not): the next edit's flows are made from it. Worker thread only. */
    private FlowResult lastComputed;

    private boolean computing;
    private boolean held;
    /** The command behind the newest site, for the explain view ("SSL off: 6 flows added ..."). */
    private String lastChange = "";

    public PlannerModel(FlowEngine engine, Site initial) {
        this.engine = engine;
        this.history = new History(initial);
        history.addListener(this::changed);
        changed(initial);
    }

    public FlowEngine engine() {
        return engine;
    }

    public ReadOnlyObjectProperty<Site> siteProperty() {
        return site.getReadOnlyProperty();
    }

    public Site site() {
        return site.get();
    }

    /** The engine's result; may lag the site by one computation (see {@link #isResultCurrent()}). */
    public ReadOnlyObjectProperty<FlowResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public FlowResult result() {
        return result.get();
    }

    /**
     * What the plan draws, worked out with the result on the same worker: laid out once per edit,
     * never on the FX thread. Set just before the result, so a result listener finds it current.
     */
    public ReadOnlyObjectProperty<PlanPicture> pictureProperty() {
        return picture.getReadOnlyProperty();
    }

    public PlanPicture picture() {
        return picture.get();
    }

    /**
     * The filtering firewalls' rule sets of the current result, made by the pipeline with the flows (on
     * its second thread) and set just before the result, so the window shows flows and rules together;
     * null for a site with no filtering firewall, or when they could not be made.
     */
    public ReadOnlyObjectProperty<RuleSets> ruleSetsProperty() {
        return ruleSets.getReadOnlyProperty();
    }

    /** Why the last computation failed ("" or null when it did not); the window tells the user. */
    public ReadOnlyStringProperty failureProperty() {
        return failure.getReadOnlyProperty();
    }

    public boolean isResultCurrent() {
        return result.get() != null && result.get().site() == site.get();
    }

    /** Runs the action with the result of the current site, now or as soon as it is computed. */
    public void whenCurrent(java.util.function.Consumer<FlowResult> action) {
        if (isResultCurrent()) {
            action.accept(result.get());
            return;
        }
        javafx.beans.value.ChangeListener<FlowResult> once = new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(
                    javafx.beans.value.ObservableValue<? extends FlowResult> o, FlowResult a, FlowResult r) {
                if (isResultCurrent()) {
                    result.removeListener(this);
                    action.accept(r);
                }
            }
        };
        result.addListener(once);
    }

    /** The comparison open now (File > Compare with…), or null: the tables mark what it added. */
    public ObjectProperty<RevisionDiff> comparisonProperty() {
        return comparison;
    }

    public ObjectProperty<Path> fileProperty() {
        return file;
    }

    public BooleanProperty dirtyProperty() {
        return dirty;
    }

    public StringProperty undoTextProperty() {
        return undoText;
    }

    public StringProperty redoTextProperty() {
        return redoText;
    }

    public ObservableSet<String> selection() {
        return selection;
    }

    public String lastChange() {
        return lastChange;
    }

    public void execute(Command command) {
        if (command != null) {
            lastChange = command.description();
            history.execute(command);
        }
    }

    public void undo() {
        lastChange = history.undoDescription().map(d -> "Undo " + d).orElse("");
        history.undo();
    }

    public void redo() {
        lastChange = history.redoDescription().map(d -> "Redo " + d).orElse("");
        history.redo();
    }

    public boolean canUndo() {
        return canUndo.get();
    }

    public boolean canRedo() {
        return canRedo.get();
    }

    /** True while the history has a step to take back; Undo's menu item and button follow it. */
    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** Another site replaces this one (New, Open): nothing to undo, nothing unsaved. */
    public void replace(Site fresh, Path from) {
        selection.clear();
        comparison.set(null);
        lastChange = "";
        file.set(from);
        history.reset(fresh);
    }

    /** A recovered draft replaces the site: unsaved against what is on disk. */
    public void recover(Site draft, Site onDisk, Path from) {
        selection.clear();
        lastChange = "";
        file.set(from);
        history.reset(draft, onDisk);
    }

    public void markSaved(Path to) {
        file.set(to);
        history.markSaved();
    }

    private void changed(Site next) {
        site.set(next);
        dirty.set(history.isDirty());
        undoText.set(history.undoDescription().map(d -> "Undo " + d).orElse("Undo"));
        redoText.set(history.redoDescription().map(d -> "Redo " + d).orElse("Redo"));
        canUndo.set(history.canUndo());
        canRedo.set(history.canRedo());
        selection.removeIf(id -> next.device(id).isEmpty() && next.firewall(id).isEmpty());
        schedule(next);
    }

    private void schedule(Site next) {
        pending = next;
        if (!computing) {
            computeNext();
        }
    }

    /**
     * Holds the flow computation back (while the window paints its first frame, so the two do not
     * compete for the CPU), or lets it go. While held, sites are still laid out, so the first
     * frame shows the plan.
     */
    public void holdComputation(boolean hold) {
        held = hold;
        if (!hold && pending != null && !computing) {
            computeNext();
        }
    }

    private void computeNext() {
        Site s = pending;
        pending = null;
        computing = true;
        boolean layoutOnly = held;
        worker.execute(() -> {
            FlowResult r = null;
            RuleSets sets = null;
            PlanPicture drawn = null;
            String failed = null;
            if (!layoutOnly) {
                try {
                    r = engine.compute(s, lastComputed);
                    lastComputed = r;
                    FlowResult forRules = r;
                    Future<RuleSets> rules =
                            s.firewalls().stream().anyMatch(f -> f.platform().filters())
                                    ? rulesWorker.submit(() -> RuleSets.of(forRules))
                                    : null;
                    // The window shows both at once: work them out here, not on the FX thread at first use.
                    r.findings();
                    drawn = PlanPicture.of(s, r); // while the rules thread works
                    sets = rules == null ? null : rulesOf(rules);
                } catch (RulesFailed e) {
                    failed = "The firewalls' rules could not be made: " + e.getCause();
                } catch (RuntimeException | Error e) {
                    failed = "The flows could not be computed: " + e;
                    r = null;
                    drawn = null;
                }
            }
            PlanPicture p = drawn != null ? drawn : PlanPicture.of(s, r);
            FlowResult done = r;
            RuleSets doneSets = sets;
            String why = failed;
            Platform.runLater(() -> published(s, p, done, doneSets, why, layoutOnly));
            if (done != null) {
                // The plan draws links only for a selection (or when asked for all): have them ready by then,
                // after the result is out rather than before it (a tenth of an edit's work on a campus).
                done.links();
            }
        });
    }

    /** Why the rules thread failed; the flows are still shown. */
    private static final class RulesFailed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        RulesFailed(Throwable cause) {
            super(cause);
        }
    }

    private static RuleSets rulesOf(Future<RuleSets> rules) {
        try {
            return rules.get();
        } catch (ExecutionException e) {
            throw new RulesFailed(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RulesFailed(e);
        }
    }

    private void published(Site s, PlanPicture p, FlowResult r, RuleSets sets, String failed, boolean layoutOnly) {
        computing = false;
        if (pending != null) {
            computeNext(); // a newer site is waiting: show its result, not this stale one
            return;
        }
        picture.set(p);
        if (failed != null) {
            failure.set(failed);
        } else if (r != null) {
            failure.set("");
        }
        if (r != null) {
            ruleSets.set(sets); // before the result: a result listener finds its rules current
            result.set(r);
            Timing.firstResult(r.flows().size());
        }
        if (layoutOnly) {
            pending = s; // its flows are still to come
            if (!held) {
                computeNext();
            }
        }
    }
}
