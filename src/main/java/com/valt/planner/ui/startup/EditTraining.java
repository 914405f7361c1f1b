package com.valt.planner.ui.startup;

import com.valt.planner.ui.PlannerModel;
import com.valt.planner.ui.common.WindowLog;
import javafx.animation.AnimationTimer;

/**
 * Build-time training of the packaged program's ahead-of-time cache, off unless
 * {@code -Dvalt.trainingEdits=N}: once the opened site's flows are shown, the window makes N edits of
 * {@link EditCycle} (each once the last one is shown and two frames drawn) and then exits with status 0. The
 * cache written at exit then holds the profiles of what an edit runs (the engine, the rule sets, the tables,
 * the canvas), so the JIT compiles those early on a user's first edits instead of after a minute of them.
 * Used by installer/Package.java only; see installer/README.md.
 */
public final class EditTraining {
    public static final String PROPERTY = "valt.trainingEdits";

    private EditTraining() {}

    /** True when the training run asked for edits: the first frame must not end the run. */
    public static boolean requested() {
        return Integer.getInteger(PROPERTY, 0) > 0;
    }

    /** Call on the FX thread once the window is built; a no-op without the property. */
    public static void installIfRequested(PlannerModel model) {
        int edits = Integer.getInteger(PROPERTY, 0);
        if (edits <= 0) {
            return;
        }
        EditCycle cycle = new EditCycle(model, 1);
        new AnimationTimer() {
            private int made;
            private int shownFor;

            @Override
            public void handle(long now) {
                // the site opened (not the empty one the window starts with) and the last edit shown
                if (!model.isResultCurrent() || model.site().devices().isEmpty() || ++shownFor < 2) {
                    return;
                }
                shownFor = 0;
                if (made == edits) {
                    stop();
                    WindowLog.info("valt-planner training: " + edits + " edits made");
                    new Thread(() -> System.exit(0), "training-exit").start();
                    return;
                }
                cycle.next();
                made++;
            }
        }.start();
    }
}
