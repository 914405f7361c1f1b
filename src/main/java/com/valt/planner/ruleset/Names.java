package com.valt.planner.ruleset;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The plan's names for a firewall's objects ({@code valt-clients}, {@code valt-ms2-cameras},
 * {@code valt-tcp-444-8000}): made from what the members are, and unique within one firewall: one
 * name means one content. Platforms make the names legal for themselves.
 */
final class Names {
    /** Roles of {@link Match#role()}. */
    static final String CLIENT = "client";

    static final String ADMIN_CLIENT = "admin-client";
    static final String APPLICATION_SERVER = "application-server";
    static final String MEDIA_SERVER = "media-server";
    static final String CAMERA = "camera";
    static final String BEAM = "beam";
    static final String UPDATE_MIRROR = "update-mirror";
    static final String WOWZA_LICENSING = "wowza-licensing";
    static final String DNS = "dns";
    static final String INTERNET = "internet";

    private final Map<String, String> contentByName = new HashMap<>();

    /** What the members of a group are, for naming it. */
    record Labels(Set<String> roles, Set<String> servers, Set<String> zones, boolean byZone) {}

    /** A unique name for an address object of this content, tried in order: the plan's name, with its zone, numbered. */
    String address(Labels labels, String content) {
        String base = base(labels);
        List<String> candidates = new ArrayList<>();
        candidates.add(base);
        if (labels.zones().size() == 1) {
            String zone = labels.zones().iterator().next();
            if (!List.of(base.split("-")).contains(zone)) { // not "valt-servers-servers"
                candidates.add("valt-" + zone + "-" + base.substring("valt-".length()));
            }
        }
        return claim(candidates, base, "a:" + content);
    }

    /** {@code valt-tcp-444-8000-20100}; a range is written {@code 20000to20100} so the name stays unambiguous. */
    String service(String transport, List<PortRange> ports, String content) {
        StringBuilder sb = new StringBuilder("valt-").append(transport.toLowerCase(java.util.Locale.ROOT));
        for (PortRange p : ports) {
            sb.append('-').append(p.isSingle() ? Integer.toString(p.from()) : p.from() + "to" + p.to());
        }
        String base = sb.toString();
        return claim(List.of(base), base, "s:" + content);
    }

    private String claim(List<String> candidates, String base, String content) {
        for (String c : candidates) {
            String owner = contentByName.putIfAbsent(c, content);
            if (owner == null || owner.equals(content)) {
                return c;
            }
        }
        for (int i = 2; ; i++) {
            String c = base + "-" + i;
            String owner = contentByName.putIfAbsent(c, content);
            if (owner == null || owner.equals(content)) {
                return c;
            }
        }
    }

    /** The plan's name for a group, before making it unique. */
    static String base(Labels l) {
        Set<String> roles = l.roles();
        if (Set.of(CLIENT, ADMIN_CLIENT).containsAll(roles)) {
            return roles.contains(CLIENT) ? "valt-clients" : "valt-admin-clients";
        }
        if (Set.of(APPLICATION_SERVER, MEDIA_SERVER).containsAll(roles)) {
            if (l.servers().size() == 1) {
                return roles.contains(APPLICATION_SERVER)
                        ? "valt-app"
                        : "valt-" + l.servers().iterator().next();
            }
            return roles.contains(APPLICATION_SERVER) ? "valt-servers" : "valt-media-servers";
        }
        if (roles.equals(Set.of(CAMERA)) || roles.equals(Set.of(BEAM))) {
            String word = roles.contains(CAMERA) ? "cameras" : "beam";
            if (l.byZone() && l.zones().size() == 1) {
                return "valt-" + l.zones().iterator().next() + "-" + word;
            }
            if (l.servers().size() == 1) {
                return "valt-" + l.servers().iterator().next() + "-" + word;
            }
            if (l.zones().size() == 1) {
                return "valt-" + l.zones().iterator().next() + "-" + word;
            }
            return "valt-" + word;
        }
        if (roles.equals(Set.of(UPDATE_MIRROR))) {
            return "valt-update-mirrors";
        }
        if (roles.equals(Set.of(WOWZA_LICENSING))) {
            return "valt-wowza-licensing";
        }
        if (roles.equals(Set.of(DNS))) {
            return "valt-dns-servers";
        }
        if (Set.of(UPDATE_MIRROR, WOWZA_LICENSING, INTERNET).containsAll(roles)) {
            return "valt-internet-hosts";
        }
        return "valt-" + String.join("-", new TreeSet<>(roles));
    }
}
