package com.valt.planner.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.valt.planner.domain.Device;
import com.valt.planner.domain.Extras;
import com.valt.planner.domain.Settings;
import com.valt.planner.domain.Site;
import com.valt.planner.domain.SiteInfo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

/**
 * Writes a site in the canonical form: pretty-printed, keys in a fixed order (known keys first, then
 * unknown ones as they were read), devices in the user's order. Only what the user set is written,
 * so defaults stay defaults.
 */
public final class SiteFileWriter {
    private SiteFileWriter() {
    }

    public static String toJson(Site site) {
        ObjectNode root = Json.mapper().createObjectNode();
        root.put("format", SiteFileReader.FORMAT);
        root.put("version", site.version());
        root.set("site", info(site.info()));
        root.set("settings", settings(site.settings()));
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
        if (d.x() != null) {
            putCoordinate(n, "x", d.x());
        }
        if (d.y() != null) {
            putCoordinate(n, "y", d.y());
        }
        putExtras(n, d.extras());
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
