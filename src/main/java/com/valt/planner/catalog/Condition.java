package com.valt.planner.catalog;

import java.util.Optional;

/**
 * When a rule applies. Site conditions decide for the whole site; device conditions
 * ({@link #ADMIN_ONLY}, {@link #DIGITAL_WOWZA_KEY}) decide for each source device.
 */
public enum Condition {
    SSL_OFF("ssl-off"),
    SSL_ON("ssl-on"),
    ADMIN_ONLY("admin-only"),
    ONLINE_UPDATES("online-updates"),
    DIGITAL_WOWZA_KEY("digital-wowza-key"),
    MEDIA_SERVERS_PRESENT("media-servers-present");

    private final String id;

    Condition(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<Condition> fromId(String id) {
        for (Condition c : values()) {
            if (c.id.equals(id)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
