package com.valt.planner.syntax;

import com.valt.planner.domain.Platform;
import com.valt.planner.domain.Site;
import com.valt.planner.domain.Zone;
import com.valt.planner.ruleset.FirewallRule;
import com.valt.planner.ruleset.FirewallRuleSet;
import com.valt.planner.ruleset.PortRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * iptables-restore format without ipset (not on every box): one line per (source block,
 * destination block), ports in {@code multiport} lists of at most 15. IPv4 first; where the site
 * has IPv6, an ip6tables-restore block follows after {@link #IPV6_MARKER}, so that one file holds
 * the firewall's whole policy and each tool is fed its own part.
 */
public final class IptablesSyntax implements RuleSyntax {
    /** The line that starts the ip6tables-restore part. */
    public static final String IPV6_MARKER = "# ---- ip6tables-restore part: everything below this line ----";
    /** multiport takes at most 15 ports, a range counting as two. */
    private static final int MULTIPORT_MAX = 15;

    private static final int COMMENT_MAX = 250;

    @Override
    public Platform platform() {
        return Platform.IPTABLES;
    }

    @Override
    public String fileSuffix() {
        return ".iptables";
    }

    @Override
    public Written render(Site site, FirewallRuleSet set) {
        Interfaces ifs = new Interfaces(15, "-_.");
        PlatformNames.Recorder names = new PlatformNames.Recorder();
        String v4 = table(set, false, ifs, names);
        boolean ipv6 = hasIpv6(site, set);
        String v6 = ipv6 ? table(set, true, ifs, names) : "";
        Header header = new Header(site, set, "iptables")
                .command("Load IPv4: sed '/^# ---- ip6tables-restore part/,$d' FILE | iptables-restore");
        if (ipv6) {
            header.command("Load IPv6: sed -n '/^# ---- ip6tables-restore part/,$p' FILE | ip6tables-restore");
        } else {
            header.add("The site has no IPv6 address: there is no ip6tables part.");
        }
        header.add("Loading replaces the filter table (INPUT and OUTPUT are left empty with policy ACCEPT).")
                .add("Merge: load with iptables-restore --noflush instead, which appends these rules to your FORWARD"
                        + " chain and sets its policy to DROP. Delete the :INPUT and :OUTPUT lines first to keep their"
                        + " policies, and check that none of your FORWARD rules above these accepts more.")
                .add("Host-name destinations cannot be matched by address here: those rules allow any address"
                        + " through their out interface and name the hosts in their comment.")
                .notes(set)
                .renamed(ifs);
        return new Written(header.text("#") + "\n" + v4 + (ipv6 ? "\n" + IPV6_MARKER + "\n" + v6 : ""), names.names());
    }

    /** IPv6 in the rules, or in a zone's networks (then ip6 forwarding must be closed as well). */
    private static boolean hasIpv6(Site site, FirewallRuleSet set) {
        boolean inZones =
                site.zones().stream().map(Zone::networks).flatMap(List::stream).anyMatch(n -> n.contains(":"));
        boolean inRules = set.rules().stream()
                .map(Sides::of)
                .anyMatch(s -> !s.src6().isEmpty() || !s.dst6().isEmpty());
        return inZones || inRules;
    }

    private static String table(FirewallRuleSet set, boolean v6, Interfaces ifs, PlatformNames.Recorder names) {
        StringBuilder b = new StringBuilder();
        b.append("*filter\n:INPUT ACCEPT [0:0]\n:FORWARD DROP [0:0]\n:OUTPUT ACCEPT [0:0]\n")
                .append("-A FORWARD -m conntrack --ctstate ESTABLISHED,RELATED -j ACCEPT\n")
                .append("-A FORWARD -m conntrack --ctstate INVALID -j DROP\n");
        for (FirewallRule r : set.rules()) {
            Sides sides = Sides.of(r);
            if (v6 ? !sides.v6() : !sides.v4()) {
                continue;
            }
            b.append("# rule ")
                    .append(r.number())
                    .append(": ")
                    .append(Text.safe(r.name(), 100))
                    .append('\n');
            String comment = r.catalogRulesText()
                    + (sides.dstNames()
                            ? " to any address: "
                                    + String.join(" ", r.destinations().members())
                            : "")
                    + (sides.srcNames()
                            ? " from any address: "
                                    + String.join(" ", r.sources().members())
                            : "");
            String tail = " -m comment --comment \"" + Text.safe(comment, COMMENT_MAX) + "\" -j ACCEPT\n";
            String proto = r.transport().toLowerCase(Locale.ROOT);
            for (String src : blocks(sides.srcNames(), sides.src(v6))) {
                for (String dst : blocks(sides.dstNames(), sides.dst(v6))) {
                    for (String ports : portLists(r.service().ports())) {
                        b.append("-A FORWARD -i ")
                                .append(names.iface(r.inInterface(), ifs.name(r.inInterface())))
                                .append(" -o ")
                                .append(names.iface(r.outInterface(), ifs.name(r.outInterface())))
                                .append(src.isEmpty() ? "" : " -s " + src)
                                .append(dst.isEmpty() ? "" : " -d " + dst)
                                .append(" -p ")
                                .append(proto)
                                .append(ports)
                                .append(tail);
                    }
                }
            }
        }
        return b.append("COMMIT\n").toString();
    }

    /** The blocks of one side, or one empty entry (no address match) for a host-name side. */
    private static List<String> blocks(boolean names, List<Cidr> cidrs) {
        return names ? List.of("") : cidrs.stream().map(Cidr::text).toList();
    }

    static List<String> portLists(List<PortRange> ports) {
        if (ports.size() == 1) {
            return List.of(" --dport " + ports.get(0).text().replace('-', ':'));
        }
        List<String> lists = new ArrayList<>();
        List<String> current = new ArrayList<>();
        int used = 0;
        for (PortRange p : ports) {
            int cost = p.isSingle() ? 1 : 2;
            if (used + cost > MULTIPORT_MAX) {
                lists.add(" -m multiport --dports " + String.join(",", current));
                current = new ArrayList<>();
                used = 0;
            }
            current.add(p.text().replace('-', ':'));
            used += cost;
        }
        lists.add(" -m multiport --dports " + String.join(",", current));
        return lists;
    }
}
