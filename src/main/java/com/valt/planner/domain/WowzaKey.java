package com.valt.planner.domain;

import java.util.Optional;

/** How a server's Wowza Streaming Engine licence is held. */
public enum WowzaKey {
    /** Electronic key: the server must reach the Wowza licensing servers. */
    DIGITAL("digital"),
    /** Hardware key: no licensing traffic. */
    PHYSICAL("physical");

    private final String id;

    WowzaKey(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<WowzaKey> fromId(String id) {
        for (WowzaKey k : values()) {
            if (k.id.equals(id)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
