package com.valt.planner.ruleset;

import java.util.List;
import java.util.Objects;

/**
 * What a rule must match for one end of a flow: the device's address, its zone's networks when it has
 * no address, or an outside host's name. Ends with the same kind and members are one and the same to
 * the aggregation (two DHCP devices of one zone both match its networks).
 *
 * @param members   CIDR texts ({@code 10.20.0.10}, {@code 10.50.0.0/23}) or a single host name
 * @param role      what the end is, for naming groups ({@code client}, {@code camera}, ...; see {@link Names})
 * @param server    for a camera or BEAM device, the id of the server that serves it; for a server, its own id
 * @param zone      the end's zone id, or null
 * @param deviceId  the device's id, or null for something outside the site
 * @param byZone    true when a device without an address is matched by its zone's networks
 */
public record Match(
        AddressObject.Kind kind,
        List<String> members,
        String role,
        String server,
        String zone,
        String deviceId,
        boolean byZone) {
    public Match {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(role, "role");
        members = List.copyOf(members);
        if (members.isEmpty()) {
            throw new IllegalArgumentException("a match needs members");
        }
        if (kind == AddressObject.Kind.HOST_NAMES && members.size() != 1) {
            throw new IllegalArgumentException("a host-name match is one name");
        }
    }

    /** A device or outside address, matched address for address. */
    public static Match address(String address, String role, String server, String zone, String deviceId) {
        return new Match(AddressObject.Kind.CIDRS, List.of(address), role, server, zone, deviceId, false);
    }

    /** A device without an address, matched by its zone's networks (the first named exception). */
    public static Match zoneNetworks(List<String> networks, String role, String server, String zone, String deviceId) {
        return new Match(AddressObject.Kind.CIDRS, networks, role, server, zone, deviceId, true);
    }

    /** An outside host named by host name (the second named exception). */
    public static Match hostName(String host, String role, String zone) {
        return new Match(AddressObject.Kind.HOST_NAMES, List.of(host), role, null, zone, null, false);
    }
}
