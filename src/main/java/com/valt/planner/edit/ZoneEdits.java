package com.valt.planner.edit;

import com.valt.planner.domain.Device;
import com.valt.planner.domain.Firewall;
import com.valt.planner.domain.FirewallInterface;
import com.valt.planner.domain.Site;
import com.valt.planner.domain.Zone;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * The commands of the zones and firewalls panel (zones.md). Like {@link Edits}, each method returns
 * null when there is nothing to change. Renaming or removing a zone carries its references along
 * (device pins, firewall interfaces), so every command leaves a site that still loads.
 */
public final class ZoneEdits {
    private ZoneEdits() {}

    public static Command addZone(Site site, Zone zone) {
        List<Zone> after = new ArrayList<>(site.zones());
        after.add(zone);
        return network("Add zone " + zone.displayName(), site, after, site.firewalls());
    }

    /** Replaces zone {@code id}; a new id is followed by the devices pinned to it and the interfaces facing it. */
    public static Command changeZone(Site site, String id, Zone changed) {
        Zone before = site.zone(id).orElse(null);
        if (before == null || before.equals(changed)) {
            return null;
        }
        String what = "Change zone " + changed.displayName();
        List<Zone> zones =
                site.zones().stream().map(z -> z.id().equals(id) ? changed : z).toList();
        if (id.equals(changed.id())) {
            return network(what, site, zones, site.firewalls());
        }
        List<Firewall> firewalls =
                site.firewalls().stream().map(f -> refaced(f, id, changed.id())).toList();
        return compound(what, network(what, site, zones, firewalls), repin(site, id, changed.id(), what));
    }

    /**
     * Removes a zone, and with it the pins of devices to it (they fall back to their address) and the
     * firewall interfaces facing it: the user removed the zone, so nothing may point at it any more.
     */
    public static Command removeZone(Site site, String id) {
        Zone gone = site.zone(id).orElse(null);
        if (gone == null) {
            return null;
        }
        String what = "Remove zone " + gone.displayName();
        List<Zone> zones = site.zones().stream().filter(z -> !z.id().equals(id)).toList();
        List<Firewall> firewalls =
                site.firewalls().stream().map(f -> withoutInterfaceTo(f, id)).toList();
        return compound(what, network(what, site, zones, firewalls), repin(site, id, null, what));
    }

    /** How many devices are pinned to a zone and how many interfaces face it: what removing it clears. */
    public static int[] references(Site site, String zoneId) {
        int pins = (int)
                site.devices().stream().filter(d -> zoneId.equals(d.zone())).count();
        int faces = (int) site.firewalls().stream()
                .filter(f -> f.interfaceTo(zoneId).isPresent())
                .count();
        return new int[] {pins, faces};
    }

    public static Command addFirewall(Site site, Firewall firewall) {
        List<Firewall> after = new ArrayList<>(site.firewalls());
        after.add(firewall);
        return network("Add firewall " + firewall.displayName(), site, site.zones(), after);
    }

    public static Command changeFirewall(Site site, String id, Firewall changed) {
        Firewall before = site.firewall(id).orElse(null);
        if (before == null || before.equals(changed)) {
            return null;
        }
        List<Firewall> after = site.firewalls().stream()
                .map(f -> f.id().equals(id) ? changed : f)
                .toList();
        return network("Change firewall " + changed.displayName(), site, site.zones(), after);
    }

    public static Command removeFirewall(Site site, String id) {
        Firewall gone = site.firewall(id).orElse(null);
        if (gone == null) {
            return null;
        }
        List<Firewall> after =
                site.firewalls().stream().filter(f -> !f.id().equals(id)).toList();
        return network("Remove firewall " + gone.displayName(), site, site.zones(), after);
    }

    public static Command moveFirewall(Site site, String id, double x, double y) {
        Firewall f = site.firewall(id).orElse(null);
        if (f == null || Double.valueOf(x).equals(f.x()) && Double.valueOf(y).equals(f.y())) {
            return null;
        }
        Firewall moved = new Firewall(f.id(), f.name(), f.platform(), f.interfaces(), x, y, f.extras());
        List<Firewall> after = site.firewalls().stream()
                .map(o -> o.id().equals(id) ? moved : o)
                .toList();
        return network("Move firewall " + f.displayName(), site, site.zones(), after);
    }

    /** Moves devices and firewalls (positions per id) as one undo step; null when nothing moves. */
    public static Command moveTo(Site site, java.util.Map<String, com.valt.planner.domain.Point> positions) {
        Command devices = Edits.moveTo(site, positions);
        List<Firewall> after = new ArrayList<>();
        int moved = 0;
        String movedName = null;
        for (Firewall f : site.firewalls()) {
            var p = positions.get(f.id());
            if (p != null
                    && !(Double.valueOf(p.x()).equals(f.x())
                            && Double.valueOf(p.y()).equals(f.y()))) {
                after.add(new Firewall(f.id(), f.name(), f.platform(), f.interfaces(), p.x(), p.y(), f.extras()));
                moved++;
                movedName = f.displayName();
            } else {
                after.add(f);
            }
        }
        if (moved == 0) {
            return devices;
        }
        String what = devices == null && moved == 1
                ? "Move firewall " + movedName
                : "Move "
                        + (moved
                                + (devices instanceof ReplaceDevices r
                                        ? r.before().size()
                                        : 0)) + " items";
        return compound(what, network(what, site, site.zones(), after), devices);
    }

    /**
     * Pins devices to a zone ({@code zoneId}), or clears their pin (null) so their address decides.
     * "Move devices to a zone" is this with a zone id.
     */
    /**
     * Moves devices and firewalls, and pins each device dropped into another zone's frame to that
     * zone, as one undo step ("Move Room 3 to zone Clinical").
     *
     * @param dropInto device id to the zone whose frame it was dropped into (only those that change zone)
     */
    public static Command moveInto(
            Site site,
            java.util.Map<String, com.valt.planner.domain.Point> positions,
            java.util.Map<String, String> dropInto) {
        List<Command> parts = new ArrayList<>();
        Command move = moveTo(site, positions);
        Site s = site;
        if (move != null) {
            parts.add(move);
            s = move.apply(s);
        }
        String description = move == null ? null : move.description();
        java.util.Map<String, List<String>> byZone = new java.util.TreeMap<>();
        dropInto.forEach((id, zone) ->
                byZone.computeIfAbsent(zone, k -> new ArrayList<>()).add(id));
        for (var e : byZone.entrySet()) {
            Command pin = pin(s, e.getValue(), e.getKey());
            if (pin != null) {
                parts.add(pin);
                s = pin.apply(s);
                description = pin.description();
            }
        }
        if (parts.size() <= 1) {
            return parts.isEmpty() ? null : parts.get(0);
        }
        return new Compound(description, parts);
    }

    public static Command pin(Site site, Collection<String> ids, String zoneId) {
        List<Device> before = new ArrayList<>();
        List<Device> after = new ArrayList<>();
        for (Device d : site.devices()) {
            if (ids.contains(d.id()) && !Objects.equals(d.zone(), zoneId)) {
                before.add(d);
                after.add(d.withZone(zoneId));
            }
        }
        if (before.isEmpty()) {
            return null;
        }
        String who = before.size() == 1 ? before.get(0).displayName() : Edits.count(before.size());
        String what = zoneId == null
                ? "Zone of " + who + " by address"
                : "Move " + who + " to zone "
                        + site.zone(zoneId).map(Zone::displayName).orElse(zoneId);
        return new ReplaceDevices(what, before, after);
    }

    private static Command network(String what, Site site, List<Zone> zones, List<Firewall> firewalls) {
        if (zones.equals(site.zones()) && firewalls.equals(site.firewalls())) {
            return null;
        }
        return new ReplaceNetwork(what, site.zones(), zones, site.firewalls(), firewalls);
    }

    /** Devices pinned to {@code from} are pinned to {@code to} (null: unpinned); null when none is. */
    private static Command repin(Site site, String from, String to, String what) {
        List<Device> before = new ArrayList<>();
        List<Device> after = new ArrayList<>();
        for (Device d : site.devices()) {
            if (from.equals(d.zone())) {
                before.add(d);
                after.add(d.withZone(to));
            }
        }
        return before.isEmpty() ? null : new ReplaceDevices(what, before, after);
    }

    private static Firewall refaced(Firewall f, String from, String to) {
        if (f.interfaceTo(from).isEmpty()) {
            return f;
        }
        List<FirewallInterface> ins = f.interfaces().stream()
                .map(i -> i.zone().equals(from) ? new FirewallInterface(i.name(), to, i.vendorZone(), i.extras()) : i)
                .toList();
        return new Firewall(f.id(), f.name(), f.platform(), ins, f.x(), f.y(), f.extras());
    }

    private static Firewall withoutInterfaceTo(Firewall f, String zone) {
        if (f.interfaceTo(zone).isEmpty()) {
            return f;
        }
        List<FirewallInterface> ins =
                f.interfaces().stream().filter(i -> !i.zone().equals(zone)).toList();
        return new Firewall(f.id(), f.name(), f.platform(), ins, f.x(), f.y(), f.extras());
    }

    private static Command compound(String what, Command a, Command b) {
        List<Command> parts = new ArrayList<>();
        if (a != null) {
            parts.add(a);
        }
        if (b != null) {
            parts.add(b);
        }
        return parts.isEmpty() ? null : parts.size() == 1 ? parts.get(0) : new Compound(what, parts);
    }
}
