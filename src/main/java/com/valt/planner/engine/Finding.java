package com.valt.planner.engine;

import java.util.List;

/**
 * Something the plan's reader must know: an error in the site, a warning, or a note from the page.
 *
 * @param path      JSON path in the site file the finding is about, e.g. {@code devices[4]}
 * @param deviceIds the devices it is about, so the window can select them
 */
public record Finding(Level level, String path, String message, List<String> deviceIds) {
    public enum Level {
        ERROR,
        WARNING,
        NOTE
    }

    public Finding {
        deviceIds = List.copyOf(deviceIds);
    }

    /** The command line's form: {@code WARNING devices[4]: ...}. */
    public String line() {
        return level + " " + path + ": " + message;
    }
}
