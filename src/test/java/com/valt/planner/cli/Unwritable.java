package com.valt.planner.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Makes real unwritable places for the save tests. Root ignores folder permissions (CI runs as root),
 * so as root a folder is made immutable with {@code chattr +i}; a full disk is a tiny tmpfs mount.
 * When neither is possible the test is skipped with the reason, never passed silently.
 */
final class Unwritable implements AutoCloseable {
    final Path dir;
    final String how;
    private final Runnable undo;

    private Unwritable(Path dir, String how, Runnable undo) {
        this.dir = dir;
        this.how = how;
        this.undo = undo;
    }

    /** {@code dir} (which exists and holds the files the test wants kept) can no longer be written. */
    static Unwritable readOnly(Path dir) throws IOException {
        if (!isRoot()) {
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("r-xr-xr-x"));
            Unwritable u = new Unwritable(
                    dir,
                    "chmod 555 (not root)",
                    () -> quietly(
                            () -> Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"))));
            return u.verifiedReadOnly();
        }
        if (run("chattr", "+i", dir.toString())) {
            return new Unwritable(
                            dir, "chattr +i (root ignores permissions)", () -> run("chattr", "-i", dir.toString()))
                    .verifiedReadOnly();
        }
        if (run("mount", "--bind", "-o", "ro", dir.toString(), dir.toString())) {
            return new Unwritable(dir, "read-only bind mount", () -> run("umount", dir.toString())).verifiedReadOnly();
        }
        Assumptions.abort(
                "as root, neither chattr +i nor a read-only bind mount works here: read-only folders untested");
        return null;
    }

    /** A tmpfs of {@code kb} KB mounted on {@code dir}, which then holds only what the test writes into it. */
    static Unwritable tmpfs(Path dir, int kb) {
        boolean mounted = run("mount", "-t", "tmpfs", "-o", "size=" + kb + "k", "tmpfs", dir.toString());
        Assumptions.assumeTrue(mounted, "cannot mount a tmpfs here (not root?): full disk untested by this test");
        return new Unwritable(dir, "tmpfs of " + kb + " KB", () -> run("umount", dir.toString()));
    }

    /** Fills the file system of {@code dir} until a write fails with "no space". */
    void fill() throws IOException {
        byte[] block = new byte[4096];
        try (var out = Files.newOutputStream(dir.resolve("filler"))) {
            for (int i = 0; i < 1_000_000; i++) {
                out.write(block);
                out.flush();
            }
        } catch (IOException e) {
            if (String.valueOf(e.getMessage()).contains("No space left")) {
                return;
            }
            throw e;
        }
        throw new IllegalStateException("the disk never filled up");
    }

    private Unwritable verifiedReadOnly() {
        try {
            Files.delete(Files.createFile(dir.resolve("probe")));
        } catch (IOException expected) {
            return this;
        }
        close();
        Assumptions.abort(how + " did not make " + dir + " read-only");
        return this;
    }

    @Override
    public void close() {
        undo.run();
    }

    static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    static boolean run(String... command) {
        try {
            Process p = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private interface IoAction {
        void run() throws IOException;
    }

    private static void quietly(IoAction a) {
        try {
            a.run();
        } catch (IOException ignored) {
            // best effort undo
        }
    }
}
