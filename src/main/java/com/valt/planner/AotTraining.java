package com.valt.planner;

import com.valt.planner.cli.Cli;
import java.io.OutputStream;
import java.io.PrintStream;

/**
 * Build-time training of the packaged program's ahead-of-time cache (Java 25, JEP 483/514/515), off unless
 * {@code -Dvalt.trainingCommands=...}: then the launcher first runs those commands ({@code ;} between
 * commands, spaces between arguments), with their output thrown away, and then goes on as usual (the
 * training run opens a sample in the window and exits after its first frame). One JVM thus loads, links
 * and profiles what both the commands and the window need, and the cache the JVM writes at exit holds
 * both. Used by installer/Package.java only; see installer/README.md.
 */
final class AotTraining {
    static final String PROPERTY = "valt.trainingCommands";

    private AotTraining() {}

    static void runCommandsIfRequested() {
        String commands = System.getProperty(PROPERTY);
        if (commands == null || commands.isBlank()) {
            return;
        }
        PrintStream out = System.out;
        PrintStream err = System.err;
        PrintStream nowhere = new PrintStream(OutputStream.nullOutputStream());
        for (String command : commands.split(";")) {
            String[] args = command.trim().split("\\s+");
            System.setOut(nowhere);
            System.setErr(nowhere);
            int status;
            try {
                status = Cli.run(args);
            } finally {
                System.setOut(out);
                System.setErr(err);
            }
            err.println("valt-planner training: '" + command.trim() + "' exited with " + status);
        }
    }
}
