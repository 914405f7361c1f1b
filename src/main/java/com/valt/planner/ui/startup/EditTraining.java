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

    /** About a minute of frames without a site to edit, or without the last edit shown. */
    private static final int WAIT_PULSES = 3600;

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
            private int waited;

            @Override
            public void handle(long now) {
                // the site opened (not the empty one the window starts with) and the last edit shown
                boolean ready =
                        model.isResultCurrent() && !model.site().devices().isEmpty() && ++shownFor >= 2;
                if (!ready) {
                    if (++waited > WAIT_PULSES) { // a file that would not open, say: end the run, not hang it
                        WindowLog.warning("valt-planner training: no site to edit, or an edit not shown in time");
                        finish();
                    }
                    return;
                }
                waited = 0;
                shownFor = 0;
                if (made < edits) {
                    try {
                        cycle.next();
                        made++;
                        return;
                    } catch (IllegalStateException e) { // a site with nothing to edit: train on what was made
                        WindowLog.warning("valt-planner training: " + e.getMessage());
                    }
                }
                finish();
            }

            private void finish() {
                stop();
                WindowLog.info("valt-planner training: " + made + " edits made");
                new Thread(() -> System.exit(0), "training-exit").start();
            }
        }.start();
    }
}
