package com.valt.planner.syntax;

import com.valt.planner.domain.Platform;
import com.valt.planner.domain.Site;
import com.valt.planner.ruleset.AddressObject;
import com.valt.planner.ruleset.FirewallRule;
import com.valt.planner.ruleset.FirewallRuleSet;
import com.valt.planner.ruleset.PortRange;
import com.valt.planner.ruleset.ServiceObject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Cisco ASA (8.3 and later): network and service object groups, one extended access list per
 * ingress interface ({@code NAMEIF_access_in}) bound with {@code access-group ... in interface}.
 * Host names become FQDN network objects. Objects and object groups share one namespace of
 * 64-character names.
 */
public final class AsaSyntax implements RuleSyntax {
    private static final Set<String> RESERVED = Set.of(
            "any", "any4", "any6", "host", "interface", "object", "object-group", "range", "eq", "tcp", "udp", "ip");
    private static final int REMARK_MAX = 100;

    @Override
    public Platform platform() {
        return Platform.ASA;
    }

    @Override
    public String fileSuffix() {
        return ".asa.txt";
    }

    @Override
    public Written render(Site site, FirewallRuleSet set) {
        PlatformNames.Recorder names = new PlatformNames.Recorder();
        NameTable objects = new NameTable(64, "-_.", '_', RESERVED);
        NameTable acls = new NameTable(64, "-_.", '_', RESERVED);
        Interfaces ifs = new Interfaces(48, "-_.");
        StringBuilder b = new StringBuilder();
        Set<String> fqdnObjects = new HashSet<>();
        for (AddressObject o : set.addressObjects()) {
            writeGroup(b, o, objects, fqdnObjects);
        }
        for (ServiceObject s : set.serviceObjects()) {
            String proto = s.transport().toLowerCase(Locale.ROOT);
            b.append("object-group service ")
                    .append(names.service(s.name(), objects.name("service " + s.name(), s.name())))
                    .append(' ')
                    .append(proto)
                    .append('\n');
            for (PortRange p : s.ports()) {
                b.append(p.isSingle() ? " port-object eq " + p.from() : " port-object range " + p.from() + " " + p.to())
                        .append('\n');
            }
        }
        Map<String, List<FirewallRule>> byIngress = new LinkedHashMap<>();
        for (FirewallRule r : set.rules()) {
            byIngress.computeIfAbsent(r.inInterface(), k -> new ArrayList<>()).add(r);
        }
        for (Map.Entry<String, List<FirewallRule>> e : byIngress.entrySet()) {
            String nameif = names.iface(e.getKey(), ifs.name(e.getKey()));
            String acl = acls.name(nameif + "_access_in");
            for (FirewallRule r : e.getValue()) {
                names.rule(r.name(), acl);
                names.iface(r.outInterface(), ifs.name(r.outInterface()));
                String remark = "rule " + r.number() + " to " + ifs.name(r.outInterface()) + ": " + r.catalogRulesText()
                        + (r.notes().isEmpty() ? "" : " (" + String.join(", ", r.notes()) + ")");
                b.append("access-list ")
                        .append(acl)
                        .append(" remark ")
                        .append(Text.safe(remark, REMARK_MAX))
                        .append('\n');
                b.append("access-list ")
                        .append(acl)
                        .append(" extended permit ")
                        .append(r.transport().toLowerCase(Locale.ROOT))
                        .append(" object-group ")
                        .append(names.address(
                                r.sources().name(),
                                objects.name(
                                        "network " + r.sources().name(),
                                        r.sources().name())))
                        .append(" object-group ")
                        .append(names.address(
                                r.destinations().name(),
                                objects.name(
                                        "network " + r.destinations().name(),
                                        r.destinations().name())))
                        .append(" object-group ")
                        .append(objects.name(
                                "service " + r.service().name(), r.service().name()))
                        .append('\n');
            }
            b.append("access-group ")
                    .append(acl)
                    .append(" in interface ")
                    .append(nameif)
                    .append('\n');
        }
        String header = new Header(site, set, "Cisco ASA")
                .add("Load: paste in configuration mode (configure terminal), ASA 9.0 or later (mixed IPv4/IPv6 groups,"
                        + " FQDN objects need a DNS server: dns domain-lookup).")
                .add("Merge: an interface can have one inbound access list. Where one is bound already, add these"
                        + " access-list lines to it (replace the list name) instead of the access-group line."
                        + " Each list ends in the implicit deny of the ASA.")
                .add("Replies are allowed by stateful inspection. The out interface follows from routing.")
                .notes(set)
                .renamed(ifs)
                .text("!");
        return new Written(header + b, names.names());
    }

    private static void writeGroup(StringBuilder b, AddressObject o, NameTable objects, Set<String> fqdnObjects) {
        StringBuilder members = new StringBuilder();
        if (o.isHostNames()) {
            for (String host : o.members()) {
                for (String fam : new String[] {"v4", "v6"}) {
                    String obj =
                            objects.name("fqdn-" + fam + " " + host, (fam.equals("v4") ? "fqdn-" : "fqdn6-") + host);
                    if (fqdnObjects.add(obj)) {
                        b.append("object network ")
                                .append(obj)
                                .append('\n')
                                .append(" fqdn ")
                                .append(fam)
                                .append(' ')
                                .append(safeHost(host))
                                .append('\n');
                    }
                    members.append(" network-object object ").append(obj).append('\n');
                }
            }
        } else {
            for (boolean v6 : new boolean[] {false, true}) {
                for (Cidr c : Cidr.disjoint(o.members(), v6)) {
                    members.append(" network-object ");
                    if (c.isHost()) {
                        members.append("host ").append(c.address());
                    } else if (v6) {
                        members.append(c.text());
                    } else {
                        members.append(c.address()).append(' ').append(c.netmask());
                    }
                    members.append('\n');
                }
            }
        }
        b.append("object-group network ")
                .append(objects.name("network " + o.name(), o.name()))
                .append('\n');
        if (o.note() != null) {
            b.append(" description ").append(Text.safe(o.note(), 200)).append('\n');
        }
        b.append(members);
    }

    /** Host names come validated from the site; this keeps a bad one from becoming a second command. */
    static String safeHost(String host) {
        return host.replaceAll("[^A-Za-z0-9.-]", "-");
    }
}
