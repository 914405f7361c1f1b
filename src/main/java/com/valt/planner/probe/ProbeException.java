package com.valt.planner.probe;

/** A probe that cannot start (unknown device, unknown firewall), or a result file that cannot be read; the message says why. */
public final class ProbeException extends Exception {
    public ProbeException(String message) {
        super(message);
    }

    public ProbeException(String message, Throwable cause) {
        super(message, cause);
    }
}
