package com.valt.planner.syntax;

import com.valt.planner.domain.Extras;
import com.valt.planner.domain.Firewall;
import com.valt.planner.domain.FirewallInterface;
import com.valt.planner.domain.Platform;
import com.valt.planner.domain.Settings;
import com.valt.planner.domain.Site;
import com.valt.planner.domain.SiteInfo;
import com.valt.planner.domain.Zone;
import com.valt.planner.ruleset.AddressObject;
import com.valt.planner.ruleset.FirewallRule;
import com.valt.planner.ruleset.FirewallRuleSet;
import com.valt.planner.ruleset.PortRange;
import com.valt.planner.ruleset.ServiceObject;
import java.util.ArrayList;
import java.util.List;

/**
 * Hand-built sites and rule sets for the syntax tests: IPv4 and IPv6 in one object, port ranges,
 * host-name destinations, a device matched by its zone's networks, several interfaces and two
 * firewalls (core between four zones, edge between the servers and the internet).
 */
public final class RuleSetFixture {
    private final List<Zone> zones = new ArrayList<>();
    private final List<Firewall> firewalls = new ArrayList<>();
    private final List<FirewallRuleSet> sets = new ArrayList<>();
    private SiteInfo info = new SiteInfo("Fixture campus", "Customer", "Author", "7", "", Extras.NONE);
    private Firewall current;
    private final List<FirewallRule> rules = new ArrayList<>();

    RuleSetFixture info(SiteInfo v) {
        info = v;
        return this;
    }

    RuleSetFixture zone(String id, String... networks) {
        zones.add(new Zone(id, id, List.of(networks), null, Extras.NONE));
        return this;
    }

    /** Starts a firewall; interfaces are "name=zone" or "name=zone=vendorZone". */
    RuleSetFixture firewall(String id, Platform platform, String... interfaces) {
        finish();
        List<FirewallInterface> ifs = new ArrayList<>();
        for (String s : interfaces) {
            String[] p = s.split("=", -1);
            ifs.add(new FirewallInterface(p[0], p[1], p.length > 2 ? p[2] : null));
        }
        current = new Firewall(id, id + " firewall", platform, ifs, null, null, Extras.NONE);
        return this;
    }

    RuleSetFixture rule(
            String in,
            String out,
            AddressObject src,
            AddressObject dst,
            ServiceObject svc,
            String catalogRules,
            String... notes) {
        int n = rules.size() + 1;
        rules.add(new FirewallRule(
                n,
                "valt-" + current.id() + "-" + n,
                in,
                out,
                src,
                dst,
                svc,
                List.of(catalogRules.split(" ")),
                1,
                List.of(notes)));
        return this;
    }

    private void finish() {
        if (current != null) {
            firewalls.add(current);
            sets.add(new FirewallRuleSet(current, rules));
            rules.clear();
        }
    }

    public Site site() {
        finish();
        current = null;
        return new Site(2, info, Settings.DEFAULTS, List.of(), zones, firewalls, Extras.NONE);
    }

    public List<FirewallRuleSet> sets() {
        return sets;
    }

    static AddressObject cidrs(String name, String... members) {
        return new AddressObject(name, AddressObject.Kind.CIDRS, List.of(members), null);
    }

    static AddressObject hosts(String name, String... members) {
        return new AddressObject(name, AddressObject.Kind.HOST_NAMES, List.of(members), null);
    }

    /** "443 8000 20000-20010" */
    static ServiceObject service(String name, String transport, String ports) {
        List<PortRange> list = new ArrayList<>();
        for (String p : ports.split(" ")) {
            String[] ab = p.split("-");
            list.add(new PortRange(Integer.parseInt(ab[0]), Integer.parseInt(ab[ab.length - 1])));
        }
        return new ServiceObject(name, transport, list);
    }

    static final AddressObject CLIENTS = cidrs("valt-clients", "10.40.0.21/32", "10.40.0.22/31", "fd00:40::21/128");
    static final AddressObject SERVERS = cidrs("valt-servers", "10.20.0.10/31", "10.20.0.12/32", "fd00:20::10/128");
    static final AddressObject APP = cidrs("valt-app", "10.20.0.12/32");
    static final AddressObject DNS = cidrs("valt-dns", "10.20.0.53/32", "fd00:20::53/128");
    static final AddressObject CAMERAS = new AddressObject(
            "valt-ms2-cameras",
            AddressObject.Kind.CIDRS,
            List.of("10.30.0.0/24", "10.30.1.5/32"),
            "cam7 has no address: matched by zone cameras' networks");
    static final AddressObject WIFI = cidrs("valt-wifi-beam", "10.50.0.0/23");
    static final AddressObject MIRRORS = hosts("valt-update-mirrors", "us.archive.ubuntu.com", "security.ubuntu.com");
    static final AddressObject PUBLIC_DNS = cidrs("valt-public-dns", "9.9.9.9/32", "2620:fe::fe/128");

    /** The campus of the tests: core (nftables) and edge, with every kind of object. */
    public static RuleSetFixture campus(Platform platform) {
        return new RuleSetFixture()
                .zone("servers", "10.20.0.0/24", "fd00:20::/64")
                .zone("cameras", "10.30.0.0/22")
                .zone("staff", "10.40.0.0/16", "fd00:40::/64")
                .zone("wifi", "10.50.0.0/23")
                .firewall("core", platform, "srv1=servers=trust-srv", "cam1=cameras=cams", "staff1=staff", "wifi1=wifi")
                .rule(
                        "staff1",
                        "srv1",
                        CLIENTS,
                        SERVERS,
                        service("valt-tcp-444-8000-20000", "TCP", "444 8000 20000-20010"),
                        "R2s R3 R4")
                .rule("staff1", "srv1", CLIENTS, DNS, service("valt-udp-53", "UDP", "53"), "R1")
                .rule(
                        "srv1",
                        "cam1",
                        SERVERS,
                        CAMERAS,
                        service("valt-tcp-80-554", "TCP", "80 554"),
                        "R10",
                        "cam7 has no address: matched by zone cameras' networks")
                .rule("wifi1", "srv1", WIFI, APP, service("valt-tcp-443-1935", "TCP", "443 1935"), "R20")
                .firewall("edge", platform, "port2=servers", "wan1=internet=untrust")
                .rule("port2", "wan1", SERVERS, MIRRORS, service("valt-tcp-80-443", "TCP", "80 443"), "R8")
                .rule("port2", "wan1", DNS, PUBLIC_DNS, service("valt-udp-53", "UDP", "53"), "R9");
    }
}
