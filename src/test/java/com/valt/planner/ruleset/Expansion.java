package com.valt.planner.ruleset;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Expands rules and flows into (in, out, source, destination, transport, port) tuples so they can be
 * compared as sets. Addresses are compared exactly but without listing every address of a /16: the
 * address space is cut at every boundary of any range of either side, and each piece is one element.
 */
public final class Expansion {
    /** One allowed (in, out, source piece, destination piece, transport, port). */
    public record Tuple(String in, String out, String source, String destination, String transport, int port) {}

    /** What one flow allows, as the test worked it out independently of the aggregation. */
    public record Expected(
            String in,
            String out,
            List<String> source,
            boolean sourceHost,
            List<String> destination,
            boolean destinationHost,
            String transport,
            int port) {}

    private final TreeSet<BigInteger> cutsV4 = new TreeSet<>();
    private final TreeSet<BigInteger> cutsV6 = new TreeSet<>();

    private Expansion() {}

    /** Both sides as tuple sets, cut at the same boundaries. Index 0: the rules; 1: the flows. */
    public static List<Set<Tuple>> compare(List<FirewallRule> rules, List<Expected> flows) {
        Expansion e = new Expansion();
        for (FirewallRule r : rules) {
            e.cut(r.sources());
            e.cut(r.destinations());
        }
        for (Expected f : flows) {
            if (!f.sourceHost()) {
                f.source().forEach(e::cut);
            }
            if (!f.destinationHost()) {
                f.destination().forEach(e::cut);
            }
        }
        Set<Tuple> fromRules = new HashSet<>();
        for (FirewallRule r : rules) {
            List<String> src = e.pieces(r.sources().members(), r.sources().isHostNames());
            List<String> dst =
                    e.pieces(r.destinations().members(), r.destinations().isHostNames());
            for (PortRange p : r.service().ports()) {
                for (int port = p.from(); port <= p.to(); port++) {
                    for (String s : src) {
                        for (String d : dst) {
                            fromRules.add(new Tuple(r.inInterface(), r.outInterface(), s, d, r.transport(), port));
                        }
                    }
                }
            }
        }
        Set<Tuple> fromFlows = new HashSet<>();
        for (Expected f : flows) {
            for (String s : e.pieces(f.source(), f.sourceHost())) {
                for (String d : e.pieces(f.destination(), f.destinationHost())) {
                    fromFlows.add(new Tuple(f.in(), f.out(), s, d, f.transport(), f.port()));
                }
            }
        }
        return List.of(fromRules, fromFlows);
    }

    private void cut(AddressObject o) {
        if (!o.isHostNames()) {
            o.members().forEach(this::cut);
        }
    }

    private void cut(String cidr) {
        IpRange r = Cidrs.parse(cidr);
        TreeSet<BigInteger> cuts = r.v6() ? cutsV6 : cutsV4;
        cuts.add(r.first());
        cuts.add(r.last().add(BigInteger.ONE));
    }

    /** The pieces a list of CIDRs (or host names) covers, each named by its first address. */
    private List<String> pieces(List<String> members, boolean hosts) {
        if (hosts) {
            return members;
        }
        List<String> out = new ArrayList<>();
        for (String m : members) {
            IpRange r = Cidrs.parse(m);
            TreeSet<BigInteger> cuts = r.v6() ? cutsV6 : cutsV4;
            BigInteger end = r.last().add(BigInteger.ONE);
            for (BigInteger c : cuts.subSet(r.first(), true, end, false)) {
                out.add((r.v6() ? "6:" : "4:") + c);
            }
        }
        return out;
    }

    /** The addresses of CIDR blocks, listed one by one (for small blocks in tests). */
    public static Set<BigInteger> addresses(List<String> cidrs) {
        Set<BigInteger> out = new HashSet<>();
        for (String c : cidrs) {
            IpRange r = Cidrs.parse(c);
            for (BigInteger a = r.first(); a.compareTo(r.last()) <= 0; a = a.add(BigInteger.ONE)) {
                out.add(a);
            }
        }
        return out;
    }
}
