package com.valt.planner.io;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Child process of {@link KillDuringSaveTest}: saves versions A and B of a site over one file, in turn,
 * with the atomic writer (and a backup, as the window's Save does), until it is killed.
 * Prints "ready" before the first save and "saved N" after each one.
 */
public final class SaveLoop {
    private SaveLoop() {}

    public static void main(String[] args) throws Exception {
        Path target = Path.of(args[0]);
        byte[][] versions = {Files.readAllBytes(Path.of(args[1])), Files.readAllBytes(Path.of(args[2]))};
        System.out.println("ready");
        System.out.flush();
        for (long n = 1; ; n++) {
            AtomicFiles.write(target, versions[(int) (n % 2)], true);
            System.out.println("saved " + n);
            System.out.flush();
        }
    }
}
