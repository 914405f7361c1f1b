package com.valt.planner.ui.startup;

import com.valt.planner.ui.common.WindowLog;
import java.lang.management.ManagementFactory;

/**
 * Start-up timing for the scale benchmark: with {@code -Dvalt.planner.timing=true} the window prints
 * when the plan first shows the site's devices and when the flows first arrive, counted from JVM start.
 */
public final class Timing {
    private static final boolean ON = Boolean.getBoolean("valt.planner.timing");
    private static boolean frameDone;
    private static boolean resultDone;

    private Timing() {}

    public static void mark(String what) {
        if (ON) {
            WindowLog.info("timing: " + what + " " + sinceStart() + " ms after JVM start");
        }
    }

    public static void firstFrame(int devices) {
        if (ON && !frameDone && devices > 0) {
            frameDone = true;
            WindowLog.info("timing: first frame with " + devices + " devices " + sinceStart() + " ms after JVM start");
        }
    }

    public static void firstResult(int flows) {
        if (ON && !resultDone && flows > 0) {
            resultDone = true;
            WindowLog.info("timing: " + flows + " flows shown " + sinceStart() + " ms after JVM start");
        }
    }

    private static long sinceStart() {
        return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    }
}
