package com.valt.planner.syntax;

import com.valt.planner.domain.FirewallInterface;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The interface (or zone) names a file writes, made legal for the platform. An interface name is
 * the device's own, so a change is listed in the file's header for the integrator to check.
 */
final class Interfaces {
    private final NameTable table;
    private final Map<String, String> renamed = new LinkedHashMap<>();

    Interfaces(int maxLength, String allowed) {
        this.table = new NameTable(maxLength, allowed, '_', Set.of());
    }

    String name(String planName) {
        String n = table.name(planName);
        if (!n.equals(planName)) {
            renamed.put(planName, n);
        }
        return n;
    }

    /** The zone the platform's rules name: the interface's vendor zone, else its plan zone id. */
    String zone(FirewallInterface i) {
        return name(i.vendorZone() != null && !i.vendorZone().isBlank() ? i.vendorZone() : i.zone());
    }

    /** The interface name, or its vendor zone where it has one (FortiGate srcintf/dstintf). */
    String interfaceOrZone(FirewallInterface i) {
        return name(i.vendorZone() != null && !i.vendorZone().isBlank() ? i.vendorZone() : i.name());
    }

    Map<String, String> renamed() {
        return renamed;
    }
}
