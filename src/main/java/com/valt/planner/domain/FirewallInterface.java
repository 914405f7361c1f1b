package com.valt.planner.domain;

import java.util.Objects;

/**
 * One interface of a firewall, facing one zone.
 *
 * @param name       the platform's own interface name ({@code eth1}, an ASA nameif, {@code port2}, {@code ethernet1/1})
 * @param zone       the zone id it faces, or {@link Zone#INTERNET}
 * @param vendorZone the platform's zone name where its rules name zones (PAN-OS, FortiGate), or null
 * @param extras     fields of the file this version does not know, written back on save
 */
public record FirewallInterface(String name, String zone, String vendorZone, Extras extras) {
    public FirewallInterface {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(zone, "zone");
        extras = Objects.requireNonNullElse(extras, Extras.NONE);
    }

    public FirewallInterface(String name, String zone, String vendorZone) {
        this(name, zone, vendorZone, Extras.NONE);
    }
}
