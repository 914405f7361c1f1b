package com.valt.planner.revision;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A flow both revisions have (same source, destination, transport and port) whose addresses or route
 * differ: for the firewall team the old one goes and the new one comes.
 */
public record FlowChange(FlowSide before, FlowSide after) {
    /** "source address 10.30.0.5 -> 10.30.0.9; firewalls core:cam1>srv1 -> core:staff1>srv1". */
    public String what() {
        List<String> parts = new ArrayList<>();
        part(
                parts,
                "source address",
                before.flow().source().address(),
                after.flow().source().address());
        part(
                parts,
                "destination address",
                before.flow().destination().address(),
                after.flow().destination().address());
        part(parts, "source zone", before.route().sourceZone(), after.route().sourceZone());
        part(
                parts,
                "destination zone",
                before.route().destinationZone(),
                after.route().destinationZone());
        part(parts, "firewalls", before.route().firewallsText(), after.route().firewallsText());
        return String.join("; ", parts);
    }

    private static void part(List<String> parts, String label, String a, String b) {
        if (!Objects.equals(a, b)) {
            parts.add(label + " " + (a == null ? "none" : a) + " -> " + (b == null ? "none" : b));
        }
    }
}
