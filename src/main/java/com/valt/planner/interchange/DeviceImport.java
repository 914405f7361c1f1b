package com.valt.planner.interchange;

import com.valt.planner.domain.Addresses;
import com.valt.planner.domain.Device;
import com.valt.planner.domain.DeviceType;
import com.valt.planner.domain.Site;
import com.valt.planner.domain.Zone;
import com.valt.planner.edit.Edits;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Turns a spreadsheet of devices into new devices for a site, or a reason per row why not. Pure: reads the
 * site, changes nothing; {@link ImportPlan#command()} is the one undoable edit that applies it.
 *
 * <p>Order matters: rows are first checked on their own (type, address, admin, zone), then against the site
 * and each other (addresses, ids, the one application server), then given ids, and only then are media
 * servers resolved, so that a camera may name a server imported by the same sheet, and a camera whose server
 * row was rejected is rejected too rather than silently moved to the application server.
 */
public final class DeviceImport {
    private static final int MAX_ID = 40;

    private final Site site;
    private final Map<Column, List<Integer>> columns = new EnumMap<>(Column.class);
    private final List<String> notes = new ArrayList<>();
    private final List<Draft> drafts = new ArrayList<>();

    /** One row on its way to becoming a device; {@code reason} set once it is rejected. */
    private static final class Draft {
        final int line;
        final String name;
        DeviceType type;
        String id;
        String address;
        String server;
        String zone;
        boolean admin;
        String reason;
        String serverId;

        Draft(int line, String name) {
            this.line = line;
            this.name = name;
        }

        boolean ok() {
            return reason == null;
        }

        void reject(String why) {
            if (reason == null) {
                reason = why;
            }
        }
    }

    private DeviceImport(Site site) {
        this.site = site;
    }

    /** @throws SheetException when the text as a whole is not a device list (with the line) */
    public static ImportPlan plan(Site site, String text) throws SheetException {
        return plan(site, Sheet.parse(text));
    }

    public static ImportPlan plan(Site site, Sheet sheet) throws SheetException {
        DeviceImport im = new DeviceImport(site);
        im.mapHeader(sheet.header());
        for (Sheet.Row row : sheet.rows()) {
            im.drafts.add(im.read(row));
        }
        im.checkAgainstEachOther();
        im.giveIds();
        im.resolveServers();
        return im.result();
    }

    private void mapHeader(Sheet.Row header) throws SheetException {
        List<String> ignored = new ArrayList<>();
        for (int i = 0; i < header.cells().size(); i++) {
            String h = header.cells().get(i);
            Optional<Column> c = Column.of(h);
            if (c.isPresent()) {
                columns.computeIfAbsent(c.get(), k -> new ArrayList<>()).add(i);
            } else if (!h.isEmpty()) {
                ignored.add("\"" + h + "\"");
            }
        }
        if (!columns.containsKey(Column.TYPE)) {
            throw new SheetException(
                    header.line(),
                    "no column for the device type (a header such as \"type\", "
                            + "\"kind\" or \"role\"); the header is: " + String.join(", ", header.cells()));
        }
        if (!ignored.isEmpty()) {
            notes.add((ignored.size() == 1 ? "column " : "columns ") + String.join(", ", ignored)
                    + " ignored (not a name, type, address, media server, zone or admin column)");
        }
    }

    /** The row's value for a column: the first non-empty cell among the columns that mean it. */
    private String value(Sheet.Row row, Column c) {
        for (int i : columns.getOrDefault(c, List.of())) {
            if (!row.cell(i).isEmpty()) {
                return row.cell(i);
            }
        }
        return "";
    }

    private Draft read(Sheet.Row row) {
        Draft d = new Draft(row.line(), value(row, Column.NAME));
        d.id = value(row, Column.ID);
        String type = value(row, Column.TYPE);
        if (type.isEmpty()) {
            d.reject("no type (expected camera, client, beam, media-server or application-server)");
        } else {
            d.type = TypeNames.of(type).orElse(null);
            if (d.type == null) {
                d.reject(unknownType(type));
            }
        }
        d.address = value(row, Column.ADDRESS);
        if (!d.address.isEmpty() && !Addresses.isValid(d.address)) {
            d.reject("bad address \"" + d.address + "\": neither an IPv4 address, an IPv6 address nor a host name");
        }
        d.server = value(row, Column.MEDIA_SERVER);
        if (!d.server.isEmpty() && d.type != null && !d.type.isServed()) {
            d.reject("a media server is given, but only a camera or a BEAM device is served by one (this is a "
                    + d.type.id() + ")");
        }
        String admin = value(row, Column.ADMIN);
        Boolean yes = yesNo(admin);
        if (yes == null) {
            d.reject("admin \"" + admin + "\" is neither yes nor no (yes/no, true/false, 1/0, x or empty)");
        } else if (yes && d.type != null && d.type != DeviceType.CLIENT) {
            d.reject("only a client (PC) can be an admin PC, not a " + d.type.id());
        } else {
            d.admin = yes;
        }
        d.zone = zone(d, value(row, Column.ZONE));
        return d;
    }

    private static String unknownType(String type) {
        if (Column.key(type).equals("server")) {
            return "type \"server\" is ambiguous: did you mean media-server or application-server?";
        }
        return "unknown type \"" + type + "\""
                + TypeNames.nearest(type)
                        .map(t -> " (did you mean " + t.id() + "?)")
                        .orElse(" (expected camera, client, beam, media-server or application-server)");
    }

    private static Boolean yesNo(String s) {
        return switch (s.toLowerCase(Locale.ROOT)) {
            case "", "no", "n", "false", "0", "-" -> Boolean.FALSE;
            case "yes", "y", "true", "1", "x", "admin" -> Boolean.TRUE;
            default -> null;
        };
    }

    private boolean zoneColumnIgnored;

    /** The zone id a row names (by id or name), or null; rejects an unknown zone when the site has zones. */
    private String zone(Draft d, String written) {
        if (written.isEmpty()) {
            return null;
        }
        if (site.zones().isEmpty()) {
            if (!zoneColumnIgnored) {
                zoneColumnIgnored = true;
                notes.add("the zone column is ignored: the site has no zones");
            }
            return null;
        }
        for (Zone z : site.zones()) {
            if (z.id().equalsIgnoreCase(written) || z.displayName().equalsIgnoreCase(written)) {
                return z.id();
            }
        }
        d.reject("unknown zone \"" + written + "\" (the site's zones: "
                + site.zones().stream().map(Zone::id).collect(Collectors.joining(", ")) + ")");
        return null;
    }

    private void checkAgainstEachOther() {
        Map<String, Device> siteAddresses = new HashMap<>();
        for (Device dev : site.devices()) {
            if (dev.address() != null) {
                siteAddresses.putIfAbsent(addressKey(dev.address()), dev);
            }
        }
        Map<String, Draft> sheetAddresses = new HashMap<>();
        Map<String, Draft> sheetIds = new HashMap<>();
        Draft app = null;
        Optional<Device> siteApp = site.applicationServer();
        for (Draft d : drafts) {
            if (!d.address.isEmpty()) {
                Device taken = siteAddresses.get(addressKey(d.address));
                Draft first = sheetAddresses.putIfAbsent(addressKey(d.address), d);
                if (taken != null) {
                    d.reject("address " + d.address + " is already used by " + describe(taken));
                } else if (first != null) {
                    // Which of the two is right is for the user to say: neither is imported.
                    first.reject("address " + d.address + " is also on line " + d.line);
                    d.reject("address " + d.address + " is also on line " + first.line);
                }
            }
            if (!d.id.isEmpty()) {
                Draft first = sheetIds.putIfAbsent(d.id, d);
                if (site.device(d.id).isPresent()) {
                    d.reject("id \"" + d.id + "\" is already used by "
                            + describe(site.device(d.id).get()));
                } else if (site.firewall(d.id).isPresent()) {
                    d.reject("id \"" + d.id + "\" is already used by a firewall");
                } else if (first != null) {
                    d.reject("id \"" + d.id + "\" is also on line " + first.line);
                }
            }
            if (d.type == DeviceType.APPLICATION_SERVER) {
                if (siteApp.isPresent()) {
                    d.reject("the site already has its one application server, " + describe(siteApp.get()));
                } else if (app != null) {
                    d.reject("a site has one application server, and line " + app.line + " is already one");
                } else if (d.ok()) {
                    app = d;
                }
            }
        }
    }

    /** Ids from names ("Sim Room 1" → sim-room-1), numbered with Site.freeId when taken. */
    private void giveIds() {
        List<Device> taken = new ArrayList<>(site.devices());
        Map<String, Boolean> used = new HashMap<>(); // what the scratch site below also knows, without building it
        site.devices().forEach(dev -> used.put(dev.id(), true));
        site.firewalls().forEach(f -> used.put(f.id(), true)); // a device id may not be a firewall's (zones.md)
        drafts.stream().filter(d -> d.ok() && !d.id.isEmpty()).forEach(d -> used.put(d.id, true));
        Site scratch = null;
        for (Draft d : drafts) {
            if (!d.ok() || !d.id.isEmpty()) {
                continue;
            }
            String slug = slug(d.name);
            if (slug.isEmpty()) {
                slug = Edits.idPrefix(d.type);
            } else if (!used.containsKey(slug)) {
                d.id = slug;
                used.put(slug, true);
                if (scratch != null) {
                    scratch = scratch.plusDevice(Device.of(d.id, d.type));
                }
                continue;
            } else {
                slug = slug + "-";
            }
            if (scratch == null) {
                for (Draft o : drafts) {
                    if (o.ok() && !o.id.isEmpty()) {
                        taken.add(Device.of(o.id, o.type));
                    }
                }
                // Only for numbering: firewall ids stand in as devices so freeId skips them too.
                site.firewalls().forEach(f -> taken.add(Device.of(f.id(), DeviceType.CLIENT)));
                scratch = site.withDevices(taken);
            }
            d.id = scratch.freeId(slug);
            used.put(d.id, true);
            scratch = scratch.plusDevice(Device.of(d.id, d.type));
        }
    }

    static String slug(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String s = plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (s.length() > MAX_ID) {
            s = s.substring(0, MAX_ID).replaceAll("-+$", "");
        }
        return s;
    }

    private void resolveServers() {
        List<Draft> serverRows =
                drafts.stream().filter(d -> d.type != null && d.type.isServer()).toList();
        for (Draft d : drafts) {
            if (!d.ok() || d.type == null || !d.type.isServed() || d.server.isEmpty()) {
                continue;
            }
            List<String> found = new ArrayList<>();
            Draft rejectedServer = null;
            for (Device s : site.servers()) {
                if (matches(d.server, s.id(), s.name(), s.address())) {
                    found.add(s.id());
                }
            }
            for (Draft s : serverRows) {
                if (matches(d.server, s.id, s.name, s.address)) {
                    if (s.ok()) {
                        found.add(s.id);
                    } else {
                        rejectedServer = s;
                    }
                }
            }
            if (found.size() == 1) {
                d.serverId = found.get(0);
            } else if (found.size() > 1) {
                d.reject("media server \"" + d.server + "\" is ambiguous: it matches " + String.join(", ", found)
                        + " (use the id)");
            } else if (rejectedServer != null) {
                d.reject("its media server \"" + d.server + "\" (line " + rejectedServer.line + ") is rejected");
            } else {
                d.reject("unknown media server \"" + d.server + "\" (the site's servers: "
                        + site.servers().stream().map(DeviceImport::describe).collect(Collectors.joining(", "))
                        + ")");
            }
        }
    }

    /** By id exactly, or by name or address ignoring case. */
    private static boolean matches(String written, String id, String name, String address) {
        return written.equals(id)
                || name != null && written.equalsIgnoreCase(name.strip())
                || address != null && !address.isEmpty() && addressKey(written).equals(addressKey(address));
    }

    private ImportPlan result() {
        List<Device> devices = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        List<Rejection> rejected = new ArrayList<>();
        String appId = site.applicationServer().map(Device::id).orElse(null);
        for (Draft d : drafts) {
            if (!d.ok()) {
                rejected.add(new Rejection(d.line, d.name, d.reason));
                continue;
            }
            Device dev = Device.of(d.id, d.type).withAdmin(d.admin);
            dev = dev.withName(d.name.isEmpty() ? defaultName(d) : d.name);
            if (!d.address.isEmpty()) {
                dev = dev.withAddress(d.address);
            }
            if (d.serverId != null && !d.serverId.equals(appId)) {
                dev = dev.withMediaServer(d.serverId);
            }
            if (d.zone != null) {
                dev = withZone(dev, d.zone);
            }
            devices.add(dev);
            lines.add(d.line);
        }
        return new ImportPlan(Placement.place(site, devices), lines, rejected, notes);
    }

    /** "Camera 7" for a nameless row whose id is cam7, as the palette names new devices. */
    private static String defaultName(Draft d) {
        String prefix = Edits.idPrefix(d.type);
        return d.id.startsWith(prefix) ? d.type.label() + " " + d.id.substring(prefix.length()) : d.id;
    }

    /** The zone pin of site-file version 2. */
    private static Device withZone(Device dev, String zone) {
        return dev.withZone(zone);
    }

    private static String addressKey(String address) {
        String a = address.strip().toLowerCase(Locale.ROOT);
        return a.endsWith(".") ? a.substring(0, a.length() - 1) : a;
    }

    private static String describe(Device d) {
        return d.name() == null || d.name().isBlank() || d.name().equals(d.id())
                ? d.id()
                : d.name() + " (" + d.id() + ")";
    }
}
