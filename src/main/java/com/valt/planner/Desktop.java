package com.valt.planner;

/** Opens the planner window; replaced by the editor issue's application class. */
final class Desktop {
    private Desktop() {
    }

    static void open(String[] args) {
        System.err.println("The planner window is not built yet; use a command, e.g. --help.");
        System.exit(1);
    }
}
