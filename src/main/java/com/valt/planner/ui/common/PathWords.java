package com.valt.planner.ui.common;

import com.valt.planner.domain.Device;
import com.valt.planner.domain.Site;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A site-file path such as {@code devices[3].mediaServer} in a user's words: "Media Server 3, serving
 * server" (or "device 4 in the file" when the device is not known), "site settings, DNS servers".
 */
public final class PathWords {
    private static final Pattern DEVICE = Pattern.compile("devices\\[(\\d{1,9})](?:\\.(\\w+))?(.*)");
    private static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("id", "id"),
            Map.entry("type", "type"),
            Map.entry("name", "name"),
            Map.entry("address", "address"),
            Map.entry("mediaServer", "serving server"),
            Map.entry("admin", "admin PC"),
            Map.entry("wowzaKey", "Wowza key"),
            Map.entry("x", "position"),
            Map.entry("y", "position"),
            Map.entry("dnsServers", "DNS servers"),
            Map.entry("ssl", "SSL"),
            Map.entry("onlineUpdates", "online updates"),
            Map.entry("logo", "logo"),
            Map.entry("customer", "customer"),
            Map.entry("author", "author"),
            Map.entry("revision", "revision"),
            Map.entry("notes", "notes"),
            Map.entry("format", "format"),
            Map.entry("version", "version"));

    private PathWords() {}

    /** @param site the site the path is about, or null when it could not be read */
    public static String of(String path, Site site) {
        if (path == null || path.isEmpty() || path.equals("$")) {
            return "";
        }
        Matcher m = DEVICE.matcher(path);
        if (m.matches()) {
            int i = Integer.parseInt(m.group(1));
            List<Device> ds = site == null ? List.of() : site.devices();
            String who = i < ds.size() ? ds.get(i).displayName() : "device " + (i + 1) + " in the file";
            return m.group(2) == null ? who : who + ", " + FIELDS.getOrDefault(m.group(2), m.group(2)) + m.group(3);
        }
        if (path.equals("devices")) {
            return "devices";
        }
        String[] parts = path.split("\\.", 2);
        String rest = parts.length > 1 ? ", " + FIELDS.getOrDefault(parts[1], parts[1]) : "";
        return switch (parts[0]) {
            case "settings" -> "site settings" + rest;
            case "site" -> "site" + (parts.length > 1 && parts[1].equals("name") ? " name" : rest);
            default -> FIELDS.getOrDefault(parts[0], parts[0]) + rest;
        };
    }
}
