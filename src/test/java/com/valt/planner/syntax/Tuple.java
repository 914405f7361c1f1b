package com.valt.planner.syntax;

import com.valt.planner.ruleset.AddressObject;
import com.valt.planner.ruleset.FirewallRule;
import com.valt.planner.ruleset.FirewallRuleSet;
import com.valt.planner.ruleset.PortRange;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * One allowed (in, out, transport, source, destination, port), the unit the parse-back tests
 * compare. Sources and destinations are canonical CIDR text or "host:NAME". A pair of an IPv4 and
 * an IPv6 block is no traffic at all, so it is never a tuple.
 */
record Tuple(String in, String out, String transport, String src, String dst, int port) {

    /** Every tuple a rule set allows, its interfaces named through {@code in}/{@code out}. */
    static Set<Tuple> expand(FirewallRuleSet set, Function<String, String> in, Function<String, String> out) {
        Set<Tuple> all = new LinkedHashSet<>();
        for (FirewallRule r : set.rules()) {
            add(
                    all,
                    in.apply(r.inInterface()),
                    out.apply(r.outInterface()),
                    r.transport(),
                    members(r.sources()),
                    members(r.destinations()),
                    r.service().ports());
        }
        return all;
    }

    static List<String> members(AddressObject o) {
        List<String> list = new ArrayList<>();
        for (String m : o.members()) {
            list.add(o.isHostNames() ? "host:" + m : Cidr.parse(m).text());
        }
        return list;
    }

    static void add(
            Set<Tuple> into,
            String in,
            String out,
            String transport,
            List<String> srcs,
            List<String> dsts,
            List<PortRange> ports) {
        for (String s : srcs) {
            for (String d : dsts) {
                if (!sameFamily(s, d)) {
                    continue;
                }
                for (PortRange p : ports) {
                    for (int port = p.from(); port <= p.to(); port++) {
                        into.add(new Tuple(in, out, transport.toUpperCase(Locale.ROOT), s, d, port));
                    }
                }
            }
        }
    }

    private static boolean sameFamily(String a, String b) {
        return a.startsWith("host:") || b.startsWith("host:") || a.contains(":") == b.contains(":");
    }
}
