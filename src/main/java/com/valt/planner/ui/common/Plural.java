package com.valt.planner.ui.common;

/** "1 camera", "20 cameras": counts in words a user reads, never "camera(s)". */
public final class Plural {
    private Plural() {}

    public static String of(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
