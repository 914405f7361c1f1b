package com.valt.planner;

import com.valt.planner.ui.PlannerApp;

/** Opens the planner window, with the site file given on the command line if any. */
final class Desktop {
    private Desktop() {}

    static void open(String[] args) {
        PlannerApp.launchWindow(args);
    }
}
