package com.valt.planner.domain;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A firewall or router of the customer's network, between the zones its interfaces face (zones.md). */
public record Firewall(
        String id,
        String name,
        Platform platform,
        List<FirewallInterface> interfaces,
        Double x,
        Double y,
        Extras extras) {

    public Firewall {
        Objects.requireNonNull(id, "id");
        platform = Objects.requireNonNullElse(platform, Platform.GENERIC);
        interfaces = List.copyOf(interfaces);
        extras = Objects.requireNonNullElse(extras, Extras.NONE);
    }

    public String displayName() {
        return name == null || name.isBlank() ? id : name;
    }

    /** The interface facing a zone, if any. */
    public Optional<FirewallInterface> interfaceTo(String zoneId) {
        return interfaces.stream().filter(i -> i.zone().equals(zoneId)).findFirst();
    }

    public boolean hasPosition() {
        return x != null && y != null;
    }
}
