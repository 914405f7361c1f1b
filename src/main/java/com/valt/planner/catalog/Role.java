package com.valt.planner.catalog;

import java.util.Optional;

/** Who a rule's source or destination is, as the catalog names it. */
public enum Role {
    CLIENT("client"),
    APPLICATION_SERVER("application-server"),
    MEDIA_SERVER("media-server"),
    /** The application server and every media server. */
    SERVER("server"),
    CAMERA("camera"),
    BEAM("beam"),
    /** Named hosts outside the site (update mirrors, licensing servers); the rule lists them. */
    INTERNET("internet"),
    /** The resolvers listed in the site's settings. */
    DNS("dns");

    private final String id;

    Role(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<Role> fromId(String id) {
        for (Role r : values()) {
            if (r.id.equals(id)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}
