package com.valt.planner.engine;

import com.valt.planner.domain.Addresses;
import com.valt.planner.domain.Device;
import com.valt.planner.domain.Firewall;
import com.valt.planner.domain.Prefix;
import com.valt.planner.domain.Site;
import com.valt.planner.domain.Zone;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The findings of zones.md: devices in no zone, zones that contradict addresses, unroutable pairs of zones. */
final class ZoneFindings {
    private ZoneFindings() {}

    static void add(Site site, ZoneRouting routing, List<Flow> unroutable, List<Finding> out) {
        List<Device> devices = site.devices();
        if (site.zones().isEmpty()) {
            // one finding, not one per device: firewalls were placed before any zone was made
            out.add(new Finding(
                    Finding.Level.ERROR,
                    "zones",
                    "the site has firewalls but no zones: every device is"
                            + " in no zone until its network is added to a zone",
                    List.of()));
        } else {
            for (int i = 0; i < devices.size(); i++) {
                device(site, routing, devices.get(i), "devices[" + i + "]", out);
            }
        }
        List<Firewall> firewalls = site.firewalls();
        for (int i = 0; i < firewalls.size(); i++) {
            Firewall f = firewalls.get(i);
            if (f.interfaces().size() < 2) {
                out.add(new Finding(
                        Finding.Level.WARNING,
                        "firewalls[" + i + "].interfaces",
                        f.displayName() + " has " + f.interfaces().size() + " interface"
                                + (f.interfaces().size() == 1 ? "" : "s") + ": it joins no zones until it has two.",
                        List.of()));
            }
        }
        for (Map.Entry<List<String>, List<Flow>> pair :
                routing.unroutableByPair(unroutable).entrySet()) {
            int n = pair.getValue().size();
            Set<String> ids = new LinkedHashSet<>();
            for (Flow f : pair.getValue()) {
                if (f.source().type().isDevice()) {
                    ids.add(f.source().id());
                }
                if (f.destination().type().isDevice()) {
                    ids.add(f.destination().id());
                }
            }
            out.add(new Finding(
                    Finding.Level.ERROR,
                    "firewalls",
                    n + " flow" + (n == 1 ? "" : "s") + " from " + pair.getKey().get(0) + " to "
                            + pair.getKey().get(1) + ": no firewall or router joins these zones",
                    List.copyOf(ids)));
        }
    }

    private static void device(Site site, ZoneRouting routing, Device d, String at, List<Finding> out) {
        String address = d.address();
        String label = address == null ? d.displayName() : d.displayName() + " (" + address + ")";
        if (d.zone() == null) {
            if (routing.zoneOfDevice(d) == null) {
                String fix = address == null
                        ? "it has no address: set its zone"
                        : Addresses.isHostName(address)
                                ? "a host name lies in no network: set its zone"
                                : "add its network to a zone or set its zone";
                out.add(new Finding(Finding.Level.ERROR, at, label + " is in no zone: " + fix, List.of(d.id())));
            }
            return;
        }
        Optional<Zone> pinned = site.zone(d.zone());
        if (pinned.isEmpty() && !d.zone().equals(Zone.INTERNET)) {
            return; // an unknown zone id: the validator's error says so
        }
        if (address == null) {
            if (pinned.map(z -> z.networks().isEmpty()).orElse(true)) {
                out.add(new Finding(
                        Finding.Level.ERROR,
                        at,
                        label + " has no address and its zone " + d.zone()
                                + " has no networks: no address rule can name it; give it an address or its zone a network",
                        List.of(d.id())));
            }
            return;
        }
        String byAddress = routing.zoneByAddress(address);
        if (byAddress != null && !byAddress.equals(d.zone()) && !holds(pinned.orElse(null), address)) {
            Prefix where = routing.prefixOf(address);
            out.add(new Finding(
                    Finding.Level.ERROR,
                    at + ".zone",
                    label + " is set to zone " + d.zone() + " but its address lies in zone " + byAddress + " (" + where
                            + "): correct the address or the zone",
                    List.of(d.id())));
        }
    }

    /** Whether one of the zone's own networks holds the address (then pinning it there resolves an overlap). */
    private static boolean holds(Zone zone, String address) {
        Prefix host = Prefix.ofAddress(address);
        if (zone == null || host == null) {
            return false;
        }
        return zone.networks().stream()
                .map(Prefix::parse)
                .flatMap(Optional::stream)
                .anyMatch(p -> p.contains(host));
    }
}
