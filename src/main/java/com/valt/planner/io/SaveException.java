package com.valt.planner.io;

/** A file could not be written; the message names the file and says why, and the old file is intact. */
public final class SaveException extends Exception {
    public SaveException(String message, Throwable cause) {
        super(message, cause);
    }
}
