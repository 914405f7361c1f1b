package com.valt.planner.syntax;

import com.valt.planner.domain.FirewallInterface;
import com.valt.planner.domain.Platform;
import com.valt.planner.domain.Site;
import com.valt.planner.ruleset.AddressObject;
import com.valt.planner.ruleset.FirewallRule;
import com.valt.planner.ruleset.FirewallRuleSet;
import com.valt.planner.ruleset.PortRange;
import com.valt.planner.ruleset.ServiceObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * FortiGate (FortiOS 7.0 and later, where one policy holds IPv4 and IPv6 addresses): an address per
 * CIDR block or host name, address groups per object and family, one custom service per port
 * list, and policies added with {@code edit 0} (the next free id) so they never overwrite one.
 */
public final class FortiGateSyntax implements RuleSyntax {
    private static final Set<String> RESERVED = Set.of("all", "any", "none", "always", "ALL");
    /** FortiOS address names: 35 characters here (the shortest limit across FortiOS releases). */
    static final int NAME_MAX = 35;

    @Override
    public Platform platform() {
        return Platform.FORTIGATE;
    }

    @Override
    public String fileSuffix() {
        return ".fortigate.txt";
    }

    @Override
    public Written render(Site site, FirewallRuleSet set) {
        PlatformNames.Recorder names = new PlatformNames.Recorder();
        NameTable addresses = new NameTable(NAME_MAX, "-_.", '_', RESERVED);
        NameTable services = new NameTable(NAME_MAX, "-_.", '_', RESERVED);
        NameTable policies = new NameTable(NAME_MAX, "-_.", '_', RESERVED);
        Interfaces ifs = new Interfaces(NAME_MAX, "-_.");
        Map<String, String> addr4 = new LinkedHashMap<>();
        Map<String, String> addr6 = new LinkedHashMap<>();
        Map<String, List<String>> groups4 = new LinkedHashMap<>();
        Map<String, List<String>> groups6 = new LinkedHashMap<>();
        for (AddressObject o : set.addressObjects()) {
            for (boolean v6 : new boolean[] {false, true}) {
                Map<String, String> addrs = v6 ? addr6 : addr4;
                List<String> members = new ArrayList<>();
                if (o.isHostNames()) {
                    for (String host : o.members()) {
                        String n = addresses.name((v6 ? "fqdn6 " : "fqdn ") + host, (v6 ? "f6-" : "f-") + host);
                        addrs.putIfAbsent(n, "set type fqdn\n        set fqdn \"" + AsaSyntax.safeHost(host) + "\"");
                        members.add(n);
                    }
                } else {
                    for (Cidr c : Cidr.disjoint(o.members(), v6)) {
                        String n = addresses.name("net " + c.text(), (v6 ? "n6-" : "n-") + c.text());
                        addrs.putIfAbsent(
                                n, v6 ? "set ip6 " + c.text() : "set subnet " + c.address() + " " + c.netmask());
                        members.add(n);
                    }
                }
                if (!members.isEmpty()) {
                    (v6 ? groups6 : groups4).put(o.name(), members);
                }
            }
        }
        StringBuilder b = new StringBuilder();
        block(b, "config firewall address", addr4);
        block(b, "config firewall address6", addr6);
        groupBlock(b, "config firewall addrgrp", groups4, addresses, false, names);
        groupBlock(b, "config firewall addrgrp6", groups6, addresses, true, names);
        b.append("config firewall service custom\n");
        for (ServiceObject s : set.serviceObjects()) {
            String proto = s.transport().toLowerCase(Locale.ROOT);
            b.append("    edit \"")
                    .append(services.name(s.name()))
                    .append("\"\n")
                    .append("        set protocol TCP/UDP/SCTP\n")
                    .append("        set ")
                    .append(proto)
                    .append("-portrange ")
                    .append(s.ports().stream().map(PortRange::text).collect(Collectors.joining(" ")))
                    .append('\n')
                    .append("    next\n");
        }
        b.append("end\n");
        b.append("config firewall policy\n");
        for (FirewallRule r : set.rules()) {
            writePolicy(b, set, r, addresses, services, policies, ifs, names);
        }
        b.append("end\n");
        String header = new Header(site, set, "FortiGate")
                .add("Load: paste into the CLI (FortiOS 7.0 or later) or run as a script (System, Settings, or"
                        + " execute batch). Addresses and groups with these names are replaced. Policies are added"
                        + " with edit 0, after your existing ones.")
                .add("Merge: move the new policies above any broader deny policy of yours. FortiOS denies what no"
                        + " policy accepts (implicit deny). Replies are allowed by the session table.")
                .notes(set)
                .renamed(ifs)
                .text("#");
        return new Written(header + b, names.names());
    }

    private static void block(StringBuilder b, String config, Map<String, String> entries) {
        if (entries.isEmpty()) {
            return;
        }
        b.append(config).append('\n');
        entries.forEach((name, body) -> b.append("    edit \"")
                .append(name)
                .append("\"\n        ")
                .append(body)
                .append("\n    next\n"));
        b.append("end\n");
    }

    private static void groupBlock(
            StringBuilder b,
            String config,
            Map<String, List<String>> groups,
            NameTable names,
            boolean v6,
            PlatformNames.Recorder written) {
        if (groups.isEmpty()) {
            return;
        }
        b.append(config).append('\n');
        groups.forEach((plan, members) -> b.append("    edit \"")
                .append(written.address(plan, groupName(names, plan, v6)))
                .append("\"\n")
                .append("        set member ")
                .append(quoted(members))
                .append("\n    next\n"));
        b.append("end\n");
    }

    private static String groupName(NameTable names, String plan, boolean v6) {
        return names.name((v6 ? "group6 " : "group ") + plan, v6 ? plan + "-v6" : plan);
    }

    private static String quoted(List<String> names) {
        return names.stream().map(n -> "\"" + n + "\"").collect(Collectors.joining(" "));
    }

    private static void writePolicy(
            StringBuilder b,
            FirewallRuleSet set,
            FirewallRule r,
            NameTable addresses,
            NameTable services,
            NameTable policies,
            Interfaces ifs,
            PlatformNames.Recorder names) {
        Sides sides = Sides.of(r);
        boolean v4 = sides.v4();
        boolean v6 = sides.v6();
        if (!v4 && !v6) {
            return;
        }
        b.append("    edit 0\n")
                .append("        set name \"")
                .append(names.rule(r.name(), policies.name(r.name())))
                .append("\"\n")
                .append("        set srcintf \"")
                .append(names.iface(r.inInterface(), ifs.interfaceOrZone(iface(set, r.inInterface()))))
                .append("\"\n")
                .append("        set dstintf \"")
                .append(names.iface(r.outInterface(), ifs.interfaceOrZone(iface(set, r.outInterface()))))
                .append("\"\n")
                .append("        set action accept\n");
        if (v4) {
            b.append("        set srcaddr \"")
                    .append(names.address(
                            r.sources().name(), groupName(addresses, r.sources().name(), false)))
                    .append("\"\n")
                    .append("        set dstaddr \"")
                    .append(names.address(
                            r.destinations().name(),
                            groupName(addresses, r.destinations().name(), false)))
                    .append("\"\n");
        }
        if (v6) {
            b.append("        set srcaddr6 \"")
                    .append(names.address(
                            r.sources().name(), groupName(addresses, r.sources().name(), true)))
                    .append("\"\n")
                    .append("        set dstaddr6 \"")
                    .append(names.address(
                            r.destinations().name(),
                            groupName(addresses, r.destinations().name(), true)))
                    .append("\"\n");
        }
        String comment = r.catalogRulesText() + (r.notes().isEmpty() ? "" : " (" + String.join(", ", r.notes()) + ")");
        b.append("        set schedule \"always\"\n")
                .append("        set service \"")
                .append(names.service(
                        r.service().name(), services.name(r.service().name())))
                .append("\"\n")
                .append("        set comments \"")
                .append(Text.safe(comment, 1000))
                .append("\"\n")
                .append("    next\n");
    }

    static FirewallInterface iface(FirewallRuleSet set, String name) {
        return set.firewall().interfaces().stream()
                .filter(i -> i.name().equals(name))
                .findFirst()
                .orElse(new FirewallInterface(name, name, null));
    }
}
