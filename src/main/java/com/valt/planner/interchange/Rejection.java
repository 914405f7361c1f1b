package com.valt.planner.interchange;

/**
 * A spreadsheet row that is not imported, and why.
 *
 * @param line the line of the file the row starts on (the header is line 1)
 * @param name what the row calls the device, or "" when it gives no name
 */
public record Rejection(int line, String name, String reason) {
    @Override
    public String toString() {
        return "line " + line + ": " + (name.isEmpty() ? "" : name + ": ") + reason;
    }
}
