package com.valt.planner.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The headless commands of cli.md. None of them touches JavaFX or needs a display. */
@Command(
        name = "valt-planner",
        mixinStandardHelpOptions = true,
        version = "VALT Site Planner 1.0.0",
        description = {
            "Plans the network flows of a VALT installation.",
            "With no command (or just SITE) it opens the planner window."
        },
        subcommands = {
            FlowsCommand.class,
            CheckCommand.class,
            ExportCommand.class,
            FmtCommand.class,
            RulesCommand.class,
            ImportCommand.class,
            ProbeCommand.class,
            ListenCommand.class,
            DiffCommand.class
        },
        footer = {
            "",
            "Run 'valt-planner COMMAND --help' for a command's options.",
            "A bad site prints one line per problem (file: path: reason) to standard error and exits with 2."
        })
public final class Cli implements Runnable {
    public static final java.util.Set<String> COMMANDS = java.util.Set.of(
            "flows",
            "check",
            "export",
            "fmt",
            "rules",
            "diff",
            "import",
            "probe",
            "listen",
            "--help",
            "-h",
            "--version",
            "-V",
            "help");

    @Override
    public void run() {
        // Only reached for "valt-planner" with no command; the launcher opens the window instead.
    }

    /** Runs the command line and returns its exit status; never throws. */
    public static int run(String... args) {
        if (args.length > 0) {
            Warmup.start(args[0]);
        }
        CommandLine cl = new CommandLine(new Cli());
        cl.setExecutionExceptionHandler((ex, line, parse) -> {
            line.getErr()
                    .println("valt-planner: " + ex.getClass().getSimpleName()
                            + (ex.getMessage() == null ? "" : ": " + ex.getMessage()));
            return 3;
        });
        return cl.execute(args);
    }
}
