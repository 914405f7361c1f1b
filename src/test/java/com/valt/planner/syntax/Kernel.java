package com.valt.planner.syntax;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs nft / iptables-restore checks in a throwaway network namespace ({@code unshare -rn}), so a
 * check never touches the machine's own rules.
 */
final class Kernel {
    record Result(int status, String output) {}

    private Kernel() {}

    static boolean has(String tool) {
        for (String dir : List.of("/usr/sbin", "/sbin", "/usr/bin", "/bin")) {
            if (Files.isExecutable(Path.of(dir, tool))) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code unshare -rn} can make a namespace here (it fails in some containers). */
    static boolean canUnshare() {
        try {
            return has("unshare")
                    && run(List.of("unshare", "-rn", "true"), null).status() == 0;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** {@code nft -c -f -} on the text, in a new namespace. */
    static Result nftCheck(String text) {
        return run(List.of("unshare", "-rn", "nft", "-c", "-f", "-"), text);
    }

    /** {@code iptables-restore --test} (or ip6tables-restore) on the text, in a new namespace. */
    static Result restoreTest(String tool, String text) {
        return run(List.of("unshare", "-rn", tool, "--test"), text);
    }

    static Result run(List<String> command, String stdin) {
        try {
            Process p = new ProcessBuilder(new ArrayList<>(command))
                    .redirectErrorStream(true)
                    .start();
            try (OutputStream in = p.getOutputStream()) {
                if (stdin != null) {
                    in.write(stdin.getBytes(StandardCharsets.UTF_8));
                }
            }
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException("timed out: " + command);
            }
            return new Result(p.exitValue(), out);
        } catch (IOException e) {
            throw new IllegalStateException(command + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
