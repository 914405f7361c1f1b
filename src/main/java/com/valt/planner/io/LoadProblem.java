package com.valt.planner.io;

/** One reason a file was refused: which file, where in it (JSON path), and why. */
public record LoadProblem(String file, String path, String reason) {
    /** {@code site.valt.json: devices[2].type: unknown device type "router"}. */
    public String line() {
        return file + ": " + (path == null || path.isEmpty() ? "" : path + ": ") + reason;
    }
}
