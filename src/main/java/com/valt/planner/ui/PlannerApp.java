package com.valt.planner.ui;

import com.valt.planner.domain.Site;
import com.valt.planner.ui.actions.RecentFiles;
import com.valt.planner.ui.actions.Recovery;
import com.valt.planner.ui.common.WindowLog;
import com.valt.planner.ui.startup.EditTraining;
import com.valt.planner.ui.startup.Preload;
import com.valt.planner.ui.startup.Timing;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.stage.Stage;

/** The JavaFX application: one planner window, with the site file from the command line if given. */
public final class PlannerApp extends Application {
    private static final java.util.logging.Logger QUIET = java.util.logging.Logger.getLogger("javafx");

    @Override
    public void start(Stage stage) {
        Timing.mark("JavaFX started");
        MainWindow w = create(stage, getHostServices());
        Timing.mark("window built");
        EditTraining.installIfRequested(w.model()); // build-time training only; see installer/README.md
        List<String> args = getParameters().getUnnamed();
        w.start(args.isEmpty() ? null : Path.of(args.get(0)));
    }

    /** Builds the window with the default recovery folder and recent-files list. */
    public static MainWindow create(Stage stage, javafx.application.HostServices host) {
        PlannerModel model = new PlannerModel(Preload.engine(), Site.empty());
        Recovery recovery = new Recovery(Recovery.defaultFolder());
        RecentFiles recent = new RecentFiles(RecentFiles.configFolder().resolve("recent-files.txt"));
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        return new MainWindow(stage, model, host, recovery, recent);
    }

    /** Starts JavaFX and opens the window; returns when the window is closed. */
    public static void launchWindow(String[] args) {
        // JavaFX warns that it was loaded from the class path, which is how the shaded jar works; users need not see
        // it.
        QUIET.setLevel(java.util.logging.Level.SEVERE);
        Preload.start(args.length > 0 ? Path.of(args[0]) : null);
        try {
            Application.launch(PlannerApp.class, args);
        } catch (UnsupportedOperationException | IllegalStateException e) {
            WindowLog.warning("Cannot open the planner window: " + e.getMessage()
                    + ". The commands work without a display, e.g. \"export SITE --out DIR\"; see --help.");
            System.exit(1);
        }
    }
}
