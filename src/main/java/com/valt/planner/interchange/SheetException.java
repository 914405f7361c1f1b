package com.valt.planner.interchange;

/** The spreadsheet as a whole cannot be imported (no header, no type column, broken quoting). */
public final class SheetException extends Exception {
    private final int line;

    public SheetException(int line, String reason) {
        super(reason);
        this.line = line;
    }

    public int line() {
        return line;
    }
}
