package com.valt.planner.probe;

import java.util.Locale;

/** What one attempt found (probe.md's table). */
public enum Verdict {
    OPEN,
    CLOSED,
    FILTERED,
    UNRESOLVED,
    ERROR;

    /** The word the outputs and the result file use: "open", "closed"... */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Open and closed both prove the firewall lets the flow through. */
    public boolean passes() {
        return this == OPEN || this == CLOSED;
    }

    /** The verdict for a word of the result file, or null when it is not one. */
    public static Verdict of(String id) {
        for (Verdict v : values()) {
            if (v.id().equals(id)) {
                return v;
            }
        }
        return null;
    }
}
