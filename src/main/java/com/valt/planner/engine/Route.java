package com.valt.planner.engine;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Where one flow goes through the customer's network (zones.md): the zones of its two ends and
 * every shortest path of firewalls between them.
 *
 * @param sourceZone      the source's zone id, or null on a site without zones (or a device in no zone)
 * @param destinationZone the destination's zone id, or null likewise
 * @param paths           every shortest path, each the hops in order; one empty path when both ends
 *                        are in one zone; no path at all when no firewall or router joins the zones
 */
public record Route(String sourceZone, String destinationZone, List<List<Hop>> paths) {
    /** The route of every flow on a site without zones: nothing is crossed. */
    public static final Route UNZONED = new Route(null, null, List.of(List.of()));

    public Route {
        paths = paths.stream().map(List::copyOf).toList();
    }

    public boolean routable() {
        return !paths.isEmpty();
    }

    /** Whether any path crosses this firewall. */
    public boolean crosses(String firewallId) {
        return paths.stream()
                .anyMatch(p -> p.stream().anyMatch(h -> h.firewall().equals(firewallId)));
    }

    /** The CSV's {@code firewalls} column: hops joined by ",", paths by "|" (sorted), "-" or "no-path". */
    public String firewallsText() {
        if (paths.isEmpty()) {
            return "no-path";
        }
        if (paths.size() == 1 && paths.get(0).isEmpty()) {
            return "-";
        }
        return paths.stream()
                .map(p -> p.stream().map(Hop::text).collect(Collectors.joining(",")))
                .sorted()
                .collect(Collectors.joining("|"));
    }
}
