package com.valt.planner;

import com.valt.planner.cli.Cli;
import com.valt.planner.ui.startup.FirstFrameProbe;

/**
 * The jar's main class. A plain class, not a JavaFX Application, so the headless commands never load
 * JavaFX and the jar starts on a machine with no display.
 */
public final class Launcher {
    private Launcher() {}

    public static void main(String[] args) {
        FirstFrameProbe.installIfRequested(); // start-up measurement only; see installer/README.md
        AotTraining.runCommandsIfRequested(); // build-time training of the packages' AOT cache only
        if (args.length > 0 && Cli.COMMANDS.contains(args[0])) {
            System.exit(Cli.run(args));
        }
        Desktop.open(args);
    }
}
