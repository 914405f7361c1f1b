package com.valt.planner.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The semantic errors of site-file.md that a well-formed document can still have: duplicate or
 * missing ids, not exactly one application server, a mediaServer that is not a server, a bad address;
 * and version 2's zones and firewalls (zones.md, "Refused").
 */
public final class SiteValidator {
    private static final Pattern ZONE_ID = Pattern.compile("[A-Za-z0-9_-]+");

    private SiteValidator() {}

    public static List<Problem> validate(Site site) {
        List<Problem> problems = new ArrayList<>();
        List<Device> devices = site.devices();
        Map<String, Integer> firstIndex = new HashMap<>();
        int appServers = 0;
        for (int i = 0; i < devices.size(); i++) {
            Device d = devices.get(i);
            String at = "devices[" + i + "]";
            if (d.id().isBlank()) {
                problems.add(new Problem(at + ".id", "the id is empty"));
            } else {
                Integer first = firstIndex.putIfAbsent(d.id(), i);
                if (first != null) {
                    problems.add(new Problem(
                            at + ".id", "duplicate id \"" + d.id() + "\" (already used by devices[" + first + "])"));
                }
            }
            if (d.type() == DeviceType.APPLICATION_SERVER) {
                appServers++;
            }
            if (d.address() != null && !Addresses.isValid(d.address())) {
                problems.add(new Problem(
                        at + ".address",
                        "\"" + d.address() + "\" is neither an IPv4 address, an IPv6 address nor a host name"));
            }
        }
        if (appServers == 0) {
            problems.add(new Problem("devices", "the site has no application server (exactly one is required)"));
        } else if (appServers > 1) {
            problems.add(new Problem(
                    "devices", "the site has " + appServers + " application servers (exactly one is required)"));
        }
        for (int i = 0; i < devices.size(); i++) {
            Device d = devices.get(i);
            if (d.mediaServer() == null) {
                continue;
            }
            String at = "devices[" + i + "].mediaServer";
            if (!d.type().isServed()) {
                problems.add(new Problem(
                        at,
                        "only a camera or a BEAM device is served by a server, not a "
                                + d.type().id()));
                continue;
            }
            Device server = site.device(d.mediaServer()).orElse(null);
            if (server == null) {
                problems.add(new Problem(at, "no device has the id \"" + d.mediaServer() + "\""));
            } else if (!server.type().isServer()) {
                problems.add(new Problem(
                        at,
                        "\"" + d.mediaServer() + "\" is a " + server.type().id()
                                + ", not a server (application-server or media-server)"));
            }
        }
        List<String> dns = site.settings().dnsServers();
        for (int i = 0; i < dns.size(); i++) {
            if (!Addresses.isValid(dns.get(i))) {
                problems.add(new Problem(
                        "settings.dnsServers[" + i + "]",
                        "\"" + dns.get(i) + "\" is neither an IPv4 address, an IPv6 address nor a host name"));
            }
        }
        zones(site, problems);
        firewalls(site, problems);
        deviceZones(site, problems);
        return problems;
    }

    private static void zones(Site site, List<Problem> problems) {
        Map<String, Integer> firstIndex = new HashMap<>();
        Map<Prefix, String> owner = new HashMap<>();
        List<Zone> zones = site.zones();
        for (int i = 0; i < zones.size(); i++) {
            Zone z = zones.get(i);
            String at = "zones[" + i + "]";
            if (z.id().isBlank()) {
                problems.add(new Problem(at + ".id", "the id is empty"));
            } else if (z.id().equals(Zone.INTERNET)) {
                problems.add(new Problem(
                        at + ".id",
                        "\"internet\" is the built-in zone of everything outside the" + " site: choose another id"));
            } else if (!ZONE_ID.matcher(z.id()).matches()) {
                problems.add(new Problem(at + ".id", "\"" + z.id() + "\": a zone id is letters, digits, - and _ only"));
            } else {
                Integer first = firstIndex.putIfAbsent(z.id(), i);
                if (first != null) {
                    problems.add(new Problem(
                            at + ".id", "duplicate zone id \"" + z.id() + "\" (already used by zones[" + first + "])"));
                }
            }
            if (z.vlan() != null && (z.vlan() < 1 || z.vlan() > 4094)) {
                problems.add(new Problem(at + ".vlan", "VLAN " + z.vlan() + " does not exist: VLANs are 1-4094"));
            }
            for (int k = 0; k < z.networks().size(); k++) {
                String text = z.networks().get(k);
                String nat = at + ".networks[" + k + "]";
                Prefix p = Prefix.parse(text).orElse(null);
                if (p == null) {
                    problems.add(new Problem(
                            nat,
                            "\"" + text + "\" is not a network prefix (such as 10.20.0.0/24 or"
                                    + " fd00:40::/64) nor an address"));
                } else if (!p.isNetworkAddress()) {
                    problems.add(new Problem(
                            nat,
                            "\"" + text + "\" is not a network prefix: the address has bits set" + " below /"
                                    + p.length() + " (did you mean " + p.network() + "?)"));
                } else {
                    String other = owner.putIfAbsent(p, z.id());
                    if (other != null && !other.equals(z.id())) {
                        problems.add(new Problem(
                                nat,
                                p + " is already a network of zone \"" + other + "\": a prefix belongs to one zone"));
                    }
                }
            }
        }
    }

    private static void firewalls(Site site, List<Problem> problems) {
        Set<String> zoneIds = new HashSet<>();
        site.zones().forEach(z -> zoneIds.add(z.id()));
        Map<String, Integer> firstIndex = new HashMap<>();
        List<Firewall> firewalls = site.firewalls();
        for (int i = 0; i < firewalls.size(); i++) {
            Firewall f = firewalls.get(i);
            String at = "firewalls[" + i + "]";
            if (f.id().isBlank()) {
                problems.add(new Problem(at + ".id", "the id is empty"));
            } else {
                Integer first = firstIndex.putIfAbsent(f.id(), i);
                if (first != null) {
                    problems.add(new Problem(
                            at + ".id",
                            "duplicate firewall id \"" + f.id() + "\" (already used by firewalls[" + first + "])"));
                } else if (site.device(f.id()).isPresent()) {
                    problems.add(new Problem(
                            at + ".id",
                            "\"" + f.id() + "\" is also the id of a device: firewalls"
                                    + " and devices need different ids"));
                }
            }
            Map<String, Integer> names = new HashMap<>();
            Map<String, Integer> faced = new HashMap<>();
            for (int k = 0; k < f.interfaces().size(); k++) {
                FirewallInterface in = f.interfaces().get(k);
                String iat = at + ".interfaces[" + k + "]";
                if (in.name().isBlank()) {
                    problems.add(new Problem(iat + ".name", "the interface name is empty"));
                } else {
                    Integer sameName = names.putIfAbsent(in.name(), k);
                    if (sameName != null) {
                        problems.add(new Problem(
                                iat + ".name",
                                "interface \"" + in.name() + "\" is already " + at + ".interfaces[" + sameName + "]"));
                    }
                }
                if (!in.zone().equals(Zone.INTERNET) && !zoneIds.contains(in.zone())) {
                    problems.add(new Problem(iat + ".zone", "no zone has the id \"" + in.zone() + "\""));
                } else {
                    Integer sameZone = faced.putIfAbsent(in.zone(), k);
                    if (sameZone != null) {
                        problems.add(new Problem(
                                iat + ".zone",
                                "interfaces[" + sameZone + "] of " + f.id() + " already faces zone \"" + in.zone()
                                        + "\": one interface per zone"));
                    }
                }
            }
        }
    }

    private static void deviceZones(Site site, List<Problem> problems) {
        Set<String> zoneIds = new HashSet<>();
        site.zones().forEach(z -> zoneIds.add(z.id()));
        List<Device> devices = site.devices();
        for (int i = 0; i < devices.size(); i++) {
            String zone = devices.get(i).zone();
            if (zone != null && !zone.equals(Zone.INTERNET) && !zoneIds.contains(zone)) {
                problems.add(new Problem("devices[" + i + "].zone", "no zone has the id \"" + zone + "\""));
            }
        }
    }
}
