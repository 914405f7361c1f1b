package com.valt.planner.revision;

import com.valt.planner.domain.Device;
import com.valt.planner.domain.Firewall;
import com.valt.planner.domain.Settings;
import com.valt.planner.domain.Site;
import com.valt.planner.domain.Zone;
import com.valt.planner.engine.Endpoint;
import com.valt.planner.engine.FlowResult;
import com.valt.planner.revision.Cause.Kind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The edits between two revisions: devices, settings, zones and firewalls, each one line. */
final class Causes {
    private Causes() {}

    static List<Cause> of(FlowResult before, FlowResult after) {
        List<Cause> out = new ArrayList<>();
        settings(before.site().settings(), after.site().settings(), out);
        devices(before, after, out);
        zones(before.site(), after.site(), out);
        firewalls(before.site(), after.site(), out);
        return out;
    }

    private static void settings(Settings a, Settings b, List<Cause> out) {
        setting(out, "SSL", onOff(a.sslEnabled()), onOff(b.sslEnabled()));
        setting(out, "online updates", onOff(a.updatesEnabled()), onOff(b.updatesEnabled()));
        setting(
                out,
                "Wowza key",
                a.effectiveWowzaKey().id(),
                b.effectiveWowzaKey().id());
        setting(out, "DNS servers", String.join(" ", a.dnsServers()), String.join(" ", b.dnsServers()));
        if (!Objects.equals(a.logo(), b.logo())) {
            out.add(new Cause(Kind.COSMETIC, "settings", "settings: logo changed"));
        }
    }

    private static void setting(List<Cause> out, String label, String a, String b) {
        if (!a.equals(b)) {
            out.add(new Cause(Kind.SETTING, "settings", "settings: " + label + " " + none(a) + " -> " + none(b)));
        }
    }

    private static void devices(FlowResult before, FlowResult after, List<Cause> out) {
        Site sa = before.site();
        Site sb = after.site();
        Map<String, Device> old = byId(sa.devices());
        Map<String, Device> now = byId(sb.devices());
        for (Device d : sa.devices()) {
            if (!now.containsKey(d.id())) {
                out.add(new Cause(Kind.DEVICE_REMOVED, d.id(), describe(d) + ": removed"));
            }
        }
        for (Device d : sb.devices()) {
            Device o = old.get(d.id());
            if (o == null) {
                out.add(new Cause(Kind.DEVICE_ADDED, d.id(), describe(d) + ": added"));
                continue;
            }
            String id = d.id();
            if (!Objects.equals(o.address(), d.address())) {
                out.add(new Cause(
                        Kind.DEVICE_READDRESSED,
                        id,
                        id + ": address " + none(o.address()) + " -> " + none(d.address())));
            }
            String serverBefore = serving(sa, o);
            String serverAfter = serving(sb, d);
            if (!Objects.equals(serverBefore, serverAfter)) {
                out.add(new Cause(
                        Kind.DEVICE_SERVER,
                        id,
                        id + ": moved from server " + none(serverBefore) + " to " + none(serverAfter)));
            }
            String zoneBefore = before.zoneOf(Endpoint.of(o));
            String zoneAfter = after.zoneOf(Endpoint.of(d));
            if (!Objects.equals(zoneBefore, zoneAfter)) {
                out.add(new Cause(
                        Kind.DEVICE_ZONE,
                        id,
                        id + ": moved from zone " + none(zoneBefore) + " to zone " + none(zoneAfter)));
            }
            if (o.type() != d.type() || o.admin() != d.admin() || !Objects.equals(o.wowzaKey(), d.wowzaKey())) {
                out.add(new Cause(Kind.DEVICE_OTHER, id, id + ": " + other(o, d)));
            }
            List<String> cosmetic = new ArrayList<>();
            if (!o.displayName().equals(d.displayName())) {
                cosmetic.add("renamed '" + o.displayName() + "' -> '" + d.displayName() + "'");
            }
            if (!Objects.equals(o.x(), d.x()) || !Objects.equals(o.y(), d.y())) {
                cosmetic.add("moved on the plan");
            }
            if (!cosmetic.isEmpty()) {
                out.add(new Cause(Kind.COSMETIC, id, id + ": " + String.join(", ", cosmetic)));
            }
        }
    }

    private static String other(Device o, Device d) {
        List<String> parts = new ArrayList<>();
        if (o.type() != d.type()) {
            parts.add("type " + o.type().id() + " -> " + d.type().id());
        }
        if (o.admin() != d.admin()) {
            parts.add(d.admin() ? "now an admin client" : "no longer an admin client");
        }
        if (!Objects.equals(o.wowzaKey(), d.wowzaKey())) {
            parts.add("Wowza key "
                    + (o.wowzaKey() == null ? "site setting" : o.wowzaKey().id()) + " -> "
                    + (d.wowzaKey() == null ? "site setting" : d.wowzaKey().id()));
        }
        return String.join(", ", parts);
    }

    private static void zones(Site a, Site b, List<Cause> out) {
        Map<String, Zone> old = new LinkedHashMap<>();
        a.zones().forEach(z -> old.put(z.id(), z));
        for (Zone z : b.zones()) {
            Zone o = old.remove(z.id());
            if (o == null) {
                out.add(new Cause(
                        Kind.ZONE, z.id(), "zone " + z.id() + ": added (" + String.join(" ", z.networks()) + ")"));
            } else if (!o.networks().equals(z.networks())) {
                out.add(new Cause(
                        Kind.ZONE,
                        z.id(),
                        "zone " + z.id() + ": networks " + String.join(" ", o.networks()) + " -> "
                                + String.join(" ", z.networks())));
            } else if (!Objects.equals(o.name(), z.name()) || !Objects.equals(o.vlan(), z.vlan())) {
                out.add(new Cause(Kind.COSMETIC, z.id(), "zone " + z.id() + ": renamed or VLAN changed"));
            }
        }
        old.values().forEach(z -> out.add(new Cause(Kind.ZONE, z.id(), "zone " + z.id() + ": removed")));
    }

    private static void firewalls(Site a, Site b, List<Cause> out) {
        Map<String, Firewall> old = new LinkedHashMap<>();
        a.firewalls().forEach(f -> old.put(f.id(), f));
        for (Firewall f : b.firewalls()) {
            Firewall o = old.remove(f.id());
            if (o == null) {
                out.add(new Cause(
                        Kind.FIREWALL,
                        f.id(),
                        "firewall " + f.id() + ": added (" + f.platform().id() + ")"));
            } else if (o.platform() != f.platform() || !o.interfaces().equals(f.interfaces())) {
                out.add(new Cause(
                        Kind.FIREWALL,
                        f.id(),
                        "firewall " + f.id() + ": "
                                + (o.platform() != f.platform()
                                        ? "platform " + o.platform().id() + " -> "
                                                + f.platform().id()
                                        : "interfaces changed")));
            } else if (!o.equals(f)) {
                out.add(new Cause(Kind.COSMETIC, f.id(), "firewall " + f.id() + ": renamed or moved on the plan"));
            }
        }
        old.values().forEach(f -> out.add(new Cause(Kind.FIREWALL, f.id(), "firewall " + f.id() + ": removed")));
    }

    private static String serving(Site s, Device d) {
        if (d.type().isServer()) {
            return null;
        }
        return s.servingServer(d).map(Device::id).orElse(null);
    }

    private static String describe(Device d) {
        return d.id() + " (" + d.type().id() + (d.address() == null ? "" : ", " + d.address()) + ")";
    }

    private static Map<String, Device> byId(List<Device> devices) {
        Map<String, Device> m = new LinkedHashMap<>();
        devices.forEach(d -> m.put(d.id(), d));
        return m;
    }

    private static String onOff(boolean b) {
        return b ? "on" : "off";
    }

    private static String none(String s) {
        return s == null || s.isEmpty() ? "none" : s;
    }
}
