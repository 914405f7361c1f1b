package com.valt.planner.engine;

import com.valt.planner.catalog.Catalog;
import com.valt.planner.domain.Device;
import com.valt.planner.domain.DeviceType;
import com.valt.planner.domain.Site;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What an edit changed, as far as flows go: the ids of the devices whose flows must be made again (added,
 * removed, or changed in a field a rule reads). A device moved on the plan or pinned to another zone keeps
 * its flows; only their routes change, and those are worked out afresh for every result.
 */
final class EditedSite {
    /** Past this share of the devices, making every flow again costs no more than sorting out which to keep. */
    private static final int MOST_CHANGED_DIVISOR = 8;

    private EditedSite() {}

    /**
     * The devices whose flows the edit from the previous result's site to this one changed, or empty when
     * every flow must be made again: another catalog, other settings (SSL, updates, DNS, Wowza key), another
     * application server, media servers where there were none (or none left), ids used twice (the first
     * device wins, which an edit can change), or most devices changed.
     */
    static Optional<Set<String>> changedDevices(FlowResult previous, Site site, Catalog catalog) {
        Site old = previous.site();
        if (previous.catalog() != catalog
                || !old.settings().equals(site.settings())
                || !Objects.equals(applicationServerId(old), applicationServerId(site))
                || hasMediaServers(old) != hasMediaServers(site)) {
            return Optional.empty();
        }
        Map<String, Device> before = byId(old);
        Map<String, Device> after = byId(site);
        if (before == null || after == null) {
            return Optional.empty();
        }
        Set<String> changed = new HashSet<>();
        for (Device d : site.devices()) {
            Device was = before.get(d.id());
            if (was == null || (was != d && !sameFlows(was, d))) {
                changed.add(d.id());
            }
        }
        for (String id : before.keySet()) {
            if (!after.containsKey(id)) {
                changed.add(id);
            }
        }
        if (changed.size() > site.devices().size() / MOST_CHANGED_DIVISOR + 8) {
            return Optional.empty();
        }
        return Optional.of(changed);
    }

    /** The fields the rules read (FlowEngine, Endpoint.of, Site.servingServer, Site.effectiveWowzaKey). */
    private static boolean sameFlows(Device a, Device b) {
        return a.type() == b.type()
                && a.admin() == b.admin()
                && a.wowzaKey() == b.wowzaKey()
                && a.displayName().equals(b.displayName())
                && Objects.equals(a.address(), b.address())
                && Objects.equals(a.mediaServer(), b.mediaServer());
    }

    /** Devices by id, or null when an id is used twice. */
    private static Map<String, Device> byId(Site site) {
        Map<String, Device> out = new HashMap<>(site.devices().size() * 2);
        for (Device d : site.devices()) {
            if (out.putIfAbsent(d.id(), d) != null) {
                return null;
            }
        }
        return out;
    }

    private static String applicationServerId(Site site) {
        return site.applicationServer().map(Device::id).orElse(null);
    }

    private static boolean hasMediaServers(Site site) {
        return site.devices().stream().anyMatch(d -> d.type() == DeviceType.MEDIA_SERVER);
    }
}
