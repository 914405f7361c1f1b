package com.valt.planner.ruleset;

import com.valt.planner.domain.Device;
import com.valt.planner.domain.Extras;
import com.valt.planner.domain.Firewall;
import com.valt.planner.domain.FirewallInterface;
import com.valt.planner.domain.Platform;
import com.valt.planner.domain.Site;
import com.valt.planner.domain.Zone;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Zones and firewalls laid over a generated site ({@code SiteGenerator}): servers, cameras, staff and
 * Wi-Fi zones whose networks do not line up with how cameras are spread over servers, an edge firewall
 * to the internet and a core firewall between the zones (optionally a redundant second core).
 */
public final class ZonedSites {
    private ZonedSites() {}

    public static final List<Zone> ZONES = List.of(
            new Zone("servers", "Server VLAN", List.of("10.50.0.0/28", "10.60.0.0/16"), 20, Extras.NONE),
            new Zone("cameras", "Camera VLAN", List.of("10.90.0.0/15"), 30, Extras.NONE),
            new Zone("staff", "Staff LAN", List.of("10.70.0.0/16", "fd00:40::/64"), null, Extras.NONE),
            new Zone("wifi", "iPad Wi-Fi", List.of("10.80.0.0/16"), 50, Extras.NONE));

    public static Firewall edge() {
        return new Firewall(
                "edge",
                "Edge firewall",
                Platform.FORTIGATE,
                List.of(
                        new FirewallInterface("wan1", "internet", null),
                        new FirewallInterface("port2", "servers", null)),
                520.0,
                20.0,
                Extras.NONE);
    }

    public static Firewall core(String id, Platform platform) {
        return new Firewall(
                id,
                "Core firewall " + id,
                platform,
                List.of(
                        new FirewallInterface("srv1", "servers", null), new FirewallInterface("cam1", "cameras", null),
                        new FirewallInterface("staff1", "staff", null), new FirewallInterface("wifi1", "wifi", null)),
                null,
                null,
                Extras.NONE);
    }

    public static Site zoned(Site site, boolean redundantCore) {
        List<Firewall> firewalls = redundantCore
                ? List.of(edge(), core("core", Platform.NFTABLES), core("core2", Platform.IPTABLES))
                : List.of(edge(), core("core", Platform.NFTABLES));
        return site.withZones(ZONES).withFirewalls(firewalls);
    }

    /** Devices without an address are in the Wi-Fi zone (BEAM iPads on DHCP). */
    public static Map<String, String> fixedZones(Site site) {
        Map<String, String> m = new LinkedHashMap<>();
        for (Device d : site.devices()) {
            if (d.address() == null) {
                m.put(d.id(), "wifi");
            }
        }
        return m;
    }
}
