package com.valt.planner.edit;

import com.valt.planner.domain.Device;
import com.valt.planner.domain.DeviceType;
import com.valt.planner.domain.Point;
import com.valt.planner.domain.Settings;
import com.valt.planner.domain.Site;
import com.valt.planner.domain.SiteInfo;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds the commands the window issues, from what the user did and the current site. Each method
 * returns null when there is nothing to change.
 */
public final class Edits {
    private Edits() {}

    /** The id prefix new devices of a kind get: cam1, cam2, ... */
    public static String idPrefix(DeviceType type) {
        return switch (type) {
            case CLIENT -> "pc";
            case APPLICATION_SERVER -> "app";
            case MEDIA_SERVER -> "ms";
            case CAMERA -> "cam";
            case BEAM -> "beam";
        };
    }

    /** A new device of this kind at this place, with a fresh id and a name like "Camera 7". */
    public static Command add(Site site, DeviceType type, Point at) {
        return add(site, type, at, null);
    }

    /** As {@link #add(Site, DeviceType, Point)}, served by {@code serverId} (a camera dropped on a server). */
    public static Command add(Site site, DeviceType type, Point at, String serverId) {
        Device d = newDevice(site, type, Set.of(), at);
        String what = "Add " + type.label().toLowerCase(java.util.Locale.ROOT);
        Device server = serverId == null
                ? null
                : site.device(serverId).filter(s -> s.type().isServer()).orElse(null);
        if (server != null && type.isServed()) {
            d = d.withMediaServer(server.type() == DeviceType.APPLICATION_SERVER ? null : server.id());
            what += " to " + server.displayName();
        }
        return new AddDevices(what, List.of(d));
    }

    private static Device newDevice(Site site, DeviceType type, Set<String> taken, Point at) {
        String prefix = idPrefix(type);
        String id = site.freeId(prefix, taken);
        String number = id.substring(prefix.length());
        return Device.of(id, type).withName(type.label() + " " + number).withPosition(at.x(), at.y());
    }

    /** Moves devices to new positions (given per id). */
    public static Command moveTo(Site site, Map<String, Point> positions) {
        List<Device> before = new ArrayList<>();
        List<Device> after = new ArrayList<>();
        for (Device d : site.devices()) {
            Point p = positions.get(d.id());
            if (p != null
                    && !(Double.valueOf(p.x()).equals(d.x())
                            && Double.valueOf(p.y()).equals(d.y()))) {
                before.add(d);
                after.add(d.withPosition(p.x(), p.y()));
            }
        }
        return before.isEmpty() ? null : new ReplaceDevices("Move " + count(before.size()), before, after);
    }

    /**
     * Deletes devices. Cameras and BEAM devices served by a deleted server fall back to the
     * application server (their field is cleared), so the site stays valid.
     */
    public static Command delete(Site site, Collection<String> ids) {
        Set<String> gone = new HashSet<>(ids);
        List<RemoveDevices.Placed> removed = new ArrayList<>();
        List<Device> before = new ArrayList<>();
        List<Device> after = new ArrayList<>();
        List<Device> devices = site.devices();
        for (int i = 0; i < devices.size(); i++) {
            Device d = devices.get(i);
            if (gone.contains(d.id())) {
                removed.add(new RemoveDevices.Placed(i, d));
            } else if (d.mediaServer() != null && gone.contains(d.mediaServer())) {
                before.add(d);
                after.add(d.withMediaServer(null));
            }
        }
        if (removed.isEmpty()) {
            return null;
        }
        String what = "Delete " + (removed.size() == 1 ? removed.get(0).device().displayName() : count(removed.size()));
        return new Compound(what, List.of(new ReplaceDevices(what, before, after), new RemoveDevices(what, removed)));
    }

    /** Copies of the given devices (Ctrl+D), shifted by an offset. */
    public static Command duplicate(Site site, Collection<String> ids, Point offset) {
        List<Device> originals =
                site.devices().stream().filter(d -> ids.contains(d.id())).toList();
        return copies(site, originals, offset, "Duplicate");
    }

    /** Copies of devices from the clipboard (Ctrl+V); they may come from another site. */
    public static Command paste(Site site, List<Device> clipboard, Point offset) {
        return copies(site, clipboard, offset, "Paste");
    }

    private static Command copies(Site site, List<Device> originals, Point offset, String verb) {
        if (originals.isEmpty()) {
            return null;
        }
        Map<String, String> newIds = new HashMap<>();
        Set<String> taken = new HashSet<>();
        for (Device d : originals) {
            String id = site.freeId(idPrefix(d.type()), taken);
            taken.add(id);
            newIds.put(d.id(), id);
        }
        List<Device> copies = new ArrayList<>();
        Set<String> names = new HashSet<>();
        site.devices().forEach(d -> names.add(d.displayName()));
        for (Device d : originals) {
            // A copied server's cameras follow the copy; otherwise keep the original server if it is in this site.
            String server = d.mediaServer();
            if (server != null) {
                server = newIds.getOrDefault(server, site.device(server).isPresent() ? server : null);
            }
            Double x = d.x() == null ? null : d.x() + offset.x();
            Double y = d.y() == null ? null : d.y() + offset.y();
            // Addresses are left out: two devices never share one.
            copies.add(new Device(
                    newIds.get(d.id()),
                    d.type(),
                    copyName(d.name(), names),
                    null,
                    d.wowzaKey(),
                    server,
                    d.admin(),
                    d.zone(),
                    x,
                    y,
                    d.extras()));
        }
        return new AddDevices(
                verb + " " + (copies.size() == 1 ? copies.get(0).displayName() : count(copies.size())), copies);
    }

    /** "Client 2" is "Client 2 (copy)" when taken, then "Client 2 (copy 2)"; the name is then taken too. */
    private static String copyName(String name, Set<String> taken) {
        if (name == null) {
            return null;
        }
        String out = name;
        for (int i = 1; taken.contains(out); i++) {
            out = name + (i == 1 ? " (copy)" : " (copy " + i + ")");
        }
        taken.add(out);
        return out;
    }

    /** Any change of one device's own fields (inspector edits). */
    public static Command edit(Device before, Device after, String description) {
        return before.equals(after) ? null : new ReplaceDevices(description, List.of(before), List.of(after));
    }

    /** Cameras and BEAM devices among {@code ids} are served by {@code serverId} from now on. */
    public static Command assign(Site site, Collection<String> ids, String serverId) {
        Device server = site.device(serverId).filter(d -> d.type().isServer()).orElse(null);
        if (server == null) {
            return null;
        }
        List<Device> before = new ArrayList<>();
        List<Device> after = new ArrayList<>();
        for (Device d : site.devices()) {
            if (ids.contains(d.id()) && d.type().isServed() && !serverId.equals(d.mediaServer())) {
                before.add(d);
                after.add(d.withMediaServer(serverId));
            }
        }
        return before.isEmpty()
                ? null
                : new ReplaceDevices(
                        "Assign " + (before.size() == 1 ? before.get(0).displayName() : count(before.size())) + " to "
                                + server.displayName(),
                        before,
                        after);
    }

    public static Command settings(Site site, Settings after, String description) {
        return site.settings().equals(after) ? null : new ChangeSettings(description, site.settings(), after);
    }

    public static Command info(Site site, SiteInfo after, String description) {
        return site.info().equals(after) ? null : new ChangeInfo(description, site.info(), after);
    }

    /**
     * N cameras for one server, named "{prefix} 1".."{prefix} N", placed in a grid whose top-left
     * corner is {@code origin}, {@code columns} per row.
     */
    public static Command addCameras(
            Site site, String serverId, int n, String namePrefix, Point origin, int columns, Point spacing) {
        List<String> names = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            names.add(namePrefix + " " + (i + 1));
        }
        return addCameras(site, serverId, names, null, origin, columns, spacing);
    }

    /**
     * One camera per name, served by {@code serverId}, with the given addresses (null: none), placed
     * in a grid whose top-left corner is {@code origin}, {@code columns} per row.
     */
    public static Command addCameras(
            Site site,
            String serverId,
            List<String> names,
            List<String> addresses,
            Point origin,
            int columns,
            Point spacing) {
        int n = names.size();
        if (n == 0) {
            return null;
        }
        Device server = site.device(serverId).filter(d -> d.type().isServer()).orElse(null);
        if (server == null) {
            throw new IllegalArgumentException("not a server: " + serverId);
        }
        boolean isDefault = server.type() == DeviceType.APPLICATION_SERVER;
        Set<String> taken = new HashSet<>();
        List<Device> cams = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String id = site.freeId(idPrefix(DeviceType.CAMERA), taken);
            taken.add(id);
            Point p = new Point(origin.x() + (i % columns) * spacing.x(), origin.y() + (i / columns) * spacing.y());
            cams.add(Device.of(id, DeviceType.CAMERA)
                    .withName(names.get(i))
                    .withAddress(addresses == null ? null : addresses.get(i))
                    .withMediaServer(isDefault ? null : serverId)
                    .withPosition(p.x(), p.y()));
        }
        return new AddDevices("Add " + n + (n == 1 ? " camera" : " cameras") + " to " + server.displayName(), cams);
    }

    /** Devices made elsewhere (a spreadsheet import) appended as one undo step; null when there are none. */
    public static Command addAll(String description, List<Device> devices) {
        return devices.isEmpty() ? null : new AddDevices(description, devices);
    }

    static String count(int n) {
        return n + " devices";
    }
}
