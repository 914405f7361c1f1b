package com.valt.planner.ui.common;

import java.util.logging.ConsoleHandler;
import java.util.logging.Formatter;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * The window's one logger (java.util.logging, {@code com.valt.planner.ui}). What it is told goes to
 * standard error as the bare message, one a line, so that scripts reading "first frame N ms" or
 * "timing: ..." see the same lines as before. Only the command line writes to System.out/err itself.
 */
public final class WindowLog {
    private static final Logger LOG = configure();

    private WindowLog() {}

    /** Measurements asked for on the command line (timing, first frame). */
    public static void info(String message) {
        LOG.info(message);
    }

    /** Something went wrong that the user should know about but that stops nothing. */
    public static void warning(String message) {
        LOG.warning(message);
    }

    private static Logger configure() {
        Logger log = Logger.getLogger("com.valt.planner.ui");
        log.setUseParentHandlers(false);
        ConsoleHandler console = new ConsoleHandler(); // standard error
        console.setLevel(Level.ALL);
        console.setFormatter(new Formatter() {
            @Override
            public String format(LogRecord r) {
                return r.getMessage() + System.lineSeparator();
            }
        });
        log.addHandler(console);
        log.setLevel(Level.INFO);
        return log;
    }
}
