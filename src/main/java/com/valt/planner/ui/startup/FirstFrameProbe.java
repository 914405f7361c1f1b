package com.valt.planner.ui.startup;

import com.valt.planner.ui.common.WindowLog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.animation.AnimationTimer;
import javafx.collections.ListChangeListener;
import javafx.stage.Window;

/**
 * Start-up measurement hook, off unless {@code -Dvalt.exitAfterFirstFrame=true}: then the program prints
 * the time from process start to its first drawn frame on standard error and exits with status 0.
 * Used by the installer's AppCDS training run and by installer/measure-startup.sh; it does not depend on
 * how the window is built, only on the first window being shown.
 */
public final class FirstFrameProbe {
    public static final String PROPERTY = "valt.exitAfterFirstFrame";

    private FirstFrameProbe() {}

    /** Call on the main thread before the JavaFX toolkit starts; a no-op without the property. */
    public static void installIfRequested() {
        if (!Boolean.getBoolean(PROPERTY)) {
            return;
        }
        // Window.getWindows() needs no running toolkit; its listeners run on the FX thread at show().
        Window.getWindows().addListener(new ListChangeListener<Window>() {
            @Override
            public void onChanged(Change<? extends Window> change) {
                Window.getWindows().removeListener(this);
                exitAfterFirstFrame();
            }
        });
    }

    /**
     * How long this process has run, in ms; -1 if unknown. On Linux from /proc (10 ms steps): the JDK's
     * {@code ProcessHandle.Info.startInstant()} adds the process's start to the boot time, which Linux gives
     * in whole seconds, so it was up to a second off (about 0.6 s on the build machine, always the same way).
     */
    static long msSinceProcessStart() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            // after "pid (command) ", the fields run from the 3rd (state); the 22nd is the start in clock ticks
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long startTicks = Long.parseLong(fields[22 - 3]);
            String uptime = Files.readString(Path.of("/proc/uptime"));
            double upSeconds = Double.parseDouble(uptime.substring(0, uptime.indexOf(' ')));
            return Math.round(upSeconds * 1000 - startTicks * 1000.0 / CLOCK_TICKS_PER_SECOND);
        } catch (IOException | RuntimeException notLinux) {
            return ProcessHandle.current()
                    .info()
                    .startInstant()
                    .map(start -> System.currentTimeMillis() - start.toEpochMilli())
                    .orElse(-1L);
        }
    }

    /** USER_HZ, the unit of /proc's times: 100 on every Linux this runs on (x86-64, arm64). */
    private static final int CLOCK_TICKS_PER_SECOND = 100;

    private static void exitAfterFirstFrame() {
        new AnimationTimer() {
            private int pulses;

            @Override
            public void handle(long now) {
                // Pulse 1 lays out the shown window and hands its frame to the renderer; the next pulse
                // starts once that frame is drawn.
                if (++pulses < 2) {
                    return;
                }
                stop();
                long ms = msSinceProcessStart();
                WindowLog.info("valt-planner: first frame " + ms + " ms after process start");
                if (EditTraining.requested()) {
                    return; // the training's edits come next; it exits when they are made
                }
                // Exit off the FX thread so JavaFX's shutdown hook can still use it.
                new Thread(() -> System.exit(0), "first-frame-exit").start();
            }
        }.start();
    }
}
