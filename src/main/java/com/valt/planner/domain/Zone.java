package com.valt.planner.domain;

import java.util.List;
import java.util.Objects;

/**
 * A network zone of the site (zones.md): a set of prefixes, usually one VLAN.
 *
 * @param networks IPv4/IPv6 prefixes as written in the file ({@code 10.20.0.0/24}; a bare address means /32 or /128)
 * @param vlan     VLAN number 1-4094, or null
 */
public record Zone(String id, String name, List<String> networks, Integer vlan, Extras extras) {
    /** The built-in zone of everything outside the site; its id is reserved. */
    public static final String INTERNET = "internet";

    public Zone {
        Objects.requireNonNull(id, "id");
        networks = List.copyOf(networks);
        extras = Objects.requireNonNullElse(extras, Extras.NONE);
    }

    public String displayName() {
        return name == null || name.isBlank() ? id : name;
    }
}
