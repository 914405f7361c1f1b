package com.valt.planner.catalog;

import java.util.Optional;

/** The page's row marks; their legend text lives in the catalog. */
public enum Mark {
    SSL_OFF("ssl-off", "\uD83D\uDD13"),
    SSL_ON("ssl-on", "\uD83D\uDD12"),
    ADMIN("admin", "\uD83D\uDD27");

    private final String id;
    private final String symbol;

    Mark(String id, String symbol) {
        this.id = id;
        this.symbol = symbol;
    }

    public String id() {
        return id;
    }

    /** The emoji the page uses (🔓 🔒 🔧). */
    public String symbol() {
        return symbol;
    }

    public static Optional<Mark> fromId(String id) {
        for (Mark m : values()) {
            if (m.id.equals(id)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }
}
