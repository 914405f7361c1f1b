package com.valt.planner.ruleset;

/** Ports {@code from} to {@code to}, both included; one port when they are equal. */
public record PortRange(int from, int to) {
    public PortRange {
        if (from < 0 || to > 65535 || from > to) {
            throw new IllegalArgumentException("bad port range " + from + "-" + to);
        }
    }

    public static PortRange of(int port) {
        return new PortRange(port, port);
    }

    public boolean isSingle() {
        return from == to;
    }

    /** "443" or "20000-20100", as the rules CSV writes it. */
    public String text() {
        return isSingle() ? Integer.toString(from) : from + "-" + to;
    }
}
