package com.valt.planner.engine;

/** One firewall (or router) a flow crosses, entering through one interface and leaving through another. */
public record Hop(String firewall, String inInterface, String outInterface) {
    /** "core:staff1>srv1", as the flows CSV writes a hop (zones.md). */
    public String text() {
        return firewall + ":" + inInterface + ">" + outInterface;
    }
}
