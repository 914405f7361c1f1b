package com.valt.planner.syntax;

import com.valt.planner.domain.Platform;
import com.valt.planner.domain.Site;
import com.valt.planner.ruleset.AddressObject;
import com.valt.planner.ruleset.FirewallRule;
import com.valt.planner.ruleset.FirewallRuleSet;
import com.valt.planner.ruleset.PortRange;
import com.valt.planner.ruleset.ServiceObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * nftables: one {@code inet valt} table that {@code nft -f} replaces as a whole (so loading twice
 * is harmless), typed named sets per address object and family, and a forward chain that drops
 * everything the rules do not allow.
 */
public final class NftablesSyntax implements RuleSyntax {
    /** nft's limit on a rule comment. */
    static final int COMMENT_MAX = 128;

    @Override
    public Platform platform() {
        return Platform.NFTABLES;
    }

    @Override
    public String fileSuffix() {
        return ".nft";
    }

    @Override
    public Written render(Site site, FirewallRuleSet set) {
        PlatformNames.Recorder names = new PlatformNames.Recorder();
        // Set names always end in _v4/_v6, so no set can be called like a keyword (rt, fwd, ip...).
        NameTable sets = new NameTable(60, "_", '_', Set.of());
        Interfaces ifs = new Interfaces(15, "-_.");
        StringBuilder defs = new StringBuilder();
        for (AddressObject o : set.addressObjects()) {
            if (!o.isHostNames()) {
                String base = sets.name(o.name());
                for (boolean v6 : new boolean[] {false, true}) {
                    List<Cidr> members = Cidr.disjoint(o.members(), v6);
                    if (!members.isEmpty()) {
                        defineSet(defs, names.address(o.name(), base + (v6 ? "_v6" : "_v4")), v6, members);
                    }
                }
            }
        }
        StringBuilder chain = new StringBuilder();
        chain.append("\tchain forward {\n")
                .append("\t\ttype filter hook forward priority filter; policy drop;\n")
                .append("\t\tct state established,related accept\n")
                .append("\t\tct state invalid drop\n");
        for (FirewallRule r : set.rules()) {
            writeRule(chain, r, sets, ifs, names);
        }
        chain.append("\t}\n");

        String header = new Header(site, set, "nftables")
                .add(
                        "Load: nft -f FILE (as root). It replaces the table inet valt as a whole, so loading it again is safe.")
                .add("Merge: this table is separate from yours. Both are consulted and a packet passes only if every"
                        + " forward chain accepts it. Keep your own forward chains accepting what this one allows, or"
                        + " move these rules into your chain (sets and rules are plain nft syntax).")
                .add("Host-name destinations cannot be matched by address here: those rules allow any address"
                        + " through their out interface and name the hosts in their comment.")
                .notes(set)
                .renamed(ifs)
                .text("#");
        return new Written(
                header + "\ntable inet valt {}\ndelete table inet valt\n\ntable inet valt {\n" + defs + chain + "}\n",
                names.names());
    }

    private static void defineSet(StringBuilder b, String name, boolean v6, List<Cidr> members) {
        boolean prefixes = members.stream().anyMatch(c -> !c.isHost());
        b.append("\tset ")
                .append(name)
                .append(" {\n")
                .append("\t\ttype ")
                .append(v6 ? "ipv6_addr" : "ipv4_addr")
                .append('\n');
        if (prefixes) {
            b.append("\t\tflags interval\n");
        }
        b.append("\t\telements = { ")
                .append(members.stream()
                        .map(c -> c.isHost() ? c.address() : c.text())
                        .collect(Collectors.joining(", ")))
                .append(" }\n\t}\n");
    }

    private static void writeRule(
            StringBuilder b, FirewallRule r, NameTable sets, Interfaces ifs, PlatformNames.Recorder names) {
        Sides sides = Sides.of(r);
        String comment = r.catalogRulesText();
        if (sides.dstNames()) {
            comment += " to any address: " + String.join(" ", r.destinations().members());
        }
        if (sides.srcNames()) {
            comment += " from any address: " + String.join(" ", r.sources().members());
        }
        b.append("\t\t# rule ")
                .append(r.number())
                .append(": ")
                .append(Text.safe(r.name(), 100))
                .append('\n');
        for (String note : r.notes()) {
            b.append("\t\t# ").append(Text.safe(note, 200)).append('\n');
        }
        List<Boolean> families = new ArrayList<>();
        if (sides.v4()) {
            families.add(false);
        }
        if (sides.v6()) {
            families.add(true);
        }
        if (families.isEmpty()) {
            b.append("\t\t# no address family in common between its sources and destinations: nothing to allow\n");
        }
        for (boolean v6 : families) {
            String ip = v6 ? "ip6" : "ip";
            String fam = v6 ? "_v6" : "_v4";
            b.append("\t\tiifname \"")
                    .append(names.iface(r.inInterface(), ifs.name(r.inInterface())))
                    .append("\" oifname \"")
                    .append(names.iface(r.outInterface(), ifs.name(r.outInterface())))
                    .append('"');
            if (!sides.srcNames()) {
                b.append(' ')
                        .append(ip)
                        .append(" saddr @")
                        .append(names.address(
                                r.sources().name(), sets.name(r.sources().name()) + fam));
            }
            if (!sides.dstNames()) {
                b.append(' ')
                        .append(ip)
                        .append(" daddr @")
                        .append(names.address(
                                r.destinations().name(),
                                sets.name(r.destinations().name()) + fam));
            } else if (sides.srcNames()) {
                b.append(" meta nfproto ipv4");
            }
            b.append(' ')
                    .append(ports(r.service()))
                    .append(" accept comment \"")
                    .append(Text.safe(comment, COMMENT_MAX))
                    .append("\"\n");
        }
    }

    static String ports(ServiceObject s) {
        String proto = s.transport().toLowerCase(Locale.ROOT);
        List<String> ports = s.ports().stream().map(PortRange::text).toList();
        return proto + " dport " + (ports.size() == 1 ? ports.get(0) : "{ " + String.join(", ", ports) + " }");
    }
}
