package com.valt.planner.interchange;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The columns an import understands, each with the headers spreadsheets use for it. */
public enum Column {
    ID("id", "deviceid"),
    NAME("name", "device", "devicename", "label", "displayname", "cameraname"),
    TYPE("type", "kind", "role", "devicetype", "category"),
    ADDRESS(
            "address",
            "ip",
            "ipaddress",
            "ipaddr",
            "ipv4",
            "ipv4address",
            "ipv6",
            "ipv6address",
            "host",
            "hostname",
            "dnsname",
            "fqdn"),
    MEDIA_SERVER("mediaserver", "server", "recorder", "servedby", "recordingserver", "mediaserverid"),
    ZONE("zone", "vlanzone", "networkzone"),
    ADMIN("admin", "administrator", "isadmin", "adminpc");

    private final List<String> headers;

    Column(String... headers) {
        this.headers = List.of(headers);
    }

    /** The header this column is documented under. */
    public String header() {
        return headers.get(0).equals("mediaserver") ? "media server" : headers.get(0);
    }

    /** The column a header means: case, spaces, {@code _}, {@code -} and accents do not matter. */
    public static Optional<Column> of(String header) {
        String key = key(header);
        for (Column c : values()) {
            if (c.headers.contains(key)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /** "IP Address" → "ipaddress", "Média-Server" → "mediaserver". */
    static String key(String s) {
        String plain = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }
}
