package com.valt.planner.ruleset;

import java.util.List;
import java.util.Objects;

/**
 * A named group of addresses that rules refer to. Members are either all CIDR blocks (IPv4 and/or
 * IPv6, canonical: {@code 10.20.0.10/32}, {@code fd00:40::/64}) or all host names (outside hosts
 * matched as FQDN objects, or as "any address through the out interface" where the platform has
 * no FQDN objects). Never both, so each platform writer handles one kind at a time.
 *
 * @param name  the plan's name for it ({@code valt-clients}); each platform makes it legal for itself
 * @param note  why it is not address-exact (a device without an address matched by its zone's networks), or null
 */
public record AddressObject(String name, Kind kind, List<String> members, String note) {
    public enum Kind {
        CIDRS,
        HOST_NAMES
    }

    public AddressObject {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        members = List.copyOf(members);
    }

    public boolean isHostNames() {
        return kind == Kind.HOST_NAMES;
    }
}
