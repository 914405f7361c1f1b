package com.valt.planner.domain;

import java.util.Optional;

/** What a firewall of the plan is, and so in which syntax its rule set is written (zones.md). */
public enum Platform {
    NFTABLES("nftables"),
    IPTABLES("iptables"),
    ASA("asa"),
    FORTIGATE("fortigate"),
    PANOS("panos"),
    /** Rules as a table only. */
    GENERIC("generic"),
    /** Routes between its zones and filters nothing: gets no rules. */
    ROUTER("router");

    private final String id;

    Platform(String id) {
        this.id = id;
    }

    /** The name used in the site file and on the command line. */
    public String id() {
        return id;
    }

    /** Every platform but {@link #ROUTER} filters, so gets a rule set. */
    public boolean filters() {
        return this != ROUTER;
    }

    public static Optional<Platform> fromId(String id) {
        for (Platform p : values()) {
            if (p.id.equals(id)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
