package com.valt.planner.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.valt.planner.domain.Device;
import com.valt.planner.domain.Extras;
import com.valt.planner.domain.Firewall;
import com.valt.planner.domain.FirewallInterface;
import com.valt.planner.domain.Settings;
import com.valt.planner.domain.Site;
import com.valt.planner.domain.SiteInfo;
import com.valt.planner.domain.Zone;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

/**
 * Writes a site in the canonical form: pretty-printed, keys in a fixed order (known keys first, then
 * unknown ones as they were read), zones, firewalls and devices in the user's order. Only what the user
 * set is written, so defaults stay defaults. A site without zones or firewalls is written as version 1,
 * exactly as before version 2 existed.
 */
public final class SiteFileWriter {
    private SiteFileWriter() {}

    public static String toJson(Site site) {
        ObjectNode root = Json.mapper().createObjectNode();
        root.put("format", SiteFileReader.FORMAT);
        root.put("version", site.fileVersion());
        root.set("site", info(site.info()));
        root.set("settings", settings(site.settings()));
        if (!site.zones().isEmpty()) {
            ArrayNode zones = root.putArray("zones");
            site.zones().forEach(z -> zones.add(zone(z)));
        }
        if (!site.firewalls().isEmpty()) {
            ArrayNode firewalls = root.putArray("firewalls");
            site.firewalls().forEach(f -> firewalls.add(firewall(f)));
        }
        ArrayNode devices = root.putArray("devices");
        for (Device d : site.devices()) {
            devices.add(device(d));
        }
        putExtras(root, site.extras());
        try {
            return Json.mapper().writer(Json.prettyPrinter()).writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] toBytes(Site site) {
        return toJson(site).getBytes(StandardCharsets.UTF_8);
    }

    /** Writes atomically: a crash leaves the old file or the new one, never a mix. */
    public static void write(Site site, Path file) throws SaveException {
        AtomicFiles.write(file, toBytes(site), false);
    }

    private static ObjectNode info(SiteInfo info) {
        ObjectNode n = Json.mapper().createObjectNode();
        n.put("name", info.name());
        n.put("customer", info.customer());
        n.put("author", info.author());
        n.put("revision", info.revision());
        n.put("notes", info.notes());
        putExtras(n, info.extras());
        return n;
    }

    private static ObjectNode settings(Settings s) {
        ObjectNode n = Json.mapper().createObjectNode();
        if (s.ssl() != null) {
            n.put("ssl", s.ssl());
        }
        if (s.onlineUpdates() != null) {
            n.put("onlineUpdates", s.onlineUpdates());
        }
        if (s.wowzaKey() != null) {
            n.put("wowzaKey", s.wowzaKey().id());
        }
        ArrayNode dns = n.putArray("dnsServers");
        s.dnsServers().forEach(dns::add);
        if (s.logo() != null) {
            n.put("logo", s.logo());
        }
        putExtras(n, s.extras());
        return n;
    }

    private static ObjectNode device(Device d) {
        ObjectNode n = Json.mapper().createObjectNode();
        n.put("id", d.id());
        n.put("type", d.type().id());
        putIfSet(n, "name", d.name());
        putIfSet(n, "address", d.address());
        if (d.wowzaKey() != null) {
            n.put("wowzaKey", d.wowzaKey().id());
        }
        putIfSet(n, "mediaServer", d.mediaServer());
        if (d.admin()) {
            n.put("admin", true);
        }
        putIfSet(n, "zone", d.zone());
        if (d.x() != null) {
            putCoordinate(n, "x", d.x());
        }
        if (d.y() != null) {
            putCoordinate(n, "y", d.y());
        }
        putExtras(n, d.extras());
        return n;
    }

    private static ObjectNode zone(Zone z) {
        ObjectNode n = Json.mapper().createObjectNode();
        n.put("id", z.id());
        putIfSet(n, "name", z.name());
        ArrayNode networks = n.putArray("networks");
        z.networks().forEach(networks::add);
        if (z.vlan() != null) {
            n.put("vlan", z.vlan());
        }
        putExtras(n, z.extras());
        return n;
    }

    private static ObjectNode firewall(Firewall f) {
        ObjectNode n = Json.mapper().createObjectNode();
        n.put("id", f.id());
        putIfSet(n, "name", f.name());
        n.put("platform", f.platform().id());
        ArrayNode interfaces = n.putArray("interfaces");
        for (FirewallInterface i : f.interfaces()) {
            ObjectNode in = interfaces.addObject();
            in.put("name", i.name());
            in.put("zone", i.zone());
            putIfSet(in, "vendorZone", i.vendorZone());
            putExtras(in, i.extras());
        }
        if (f.x() != null) {
            putCoordinate(n, "x", f.x());
        }
        if (f.y() != null) {
            putCoordinate(n, "y", f.y());
        }
        putExtras(n, f.extras());
        return n;
    }

    /** Whole numbers are written without ".0", so hand-written files keep their look. */
    private static void putCoordinate(ObjectNode n, String key, double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            n.put(key, (long) v);
        } else {
            n.put(key, v);
        }
    }

    private static void putIfSet(ObjectNode n, String key, String value) {
        if (value != null) {
            n.put(key, value);
        }
    }

    private static void putExtras(ObjectNode n, Extras extras) {
        for (Map.Entry<String, String> e : extras.rawJsonByName().entrySet()) {
            try {
                JsonNode value = Json.mapper().readTree(e.getValue());
                n.set(e.getKey(), value);
            } catch (IOException ex) {
                throw new UncheckedIOException("kept field " + e.getKey() + " is not JSON", ex);
            }
        }
    }
}
