package com.valt.planner.catalog;

/** How a rule pairs its sources with its destinations. */
public enum Pairing {
    /** Every source with every destination. */
    ALL("all"),
    /** A camera or BEAM device with the one server that serves it (either side may be the served one). */
    SERVED("served");

    private final String id;

    Pairing(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }
}
