package com.valt.planner.revision;

import com.valt.planner.ruleset.Cidrs;
import com.valt.planner.ruleset.IpRange;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/** Differences between two rules' members, by address for CIDR blocks and by name for host names. */
final class Members {
    private Members() {}

    /** What {@code a} holds that {@code b} does not, as the fewest CIDR blocks (host names as they are). */
    static List<String> minus(List<String> a, List<String> b) {
        List<IpRange> left = new ArrayList<>();
        List<IpRange> right = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (String m : b) {
            if (Cidrs.isCidr(m)) {
                right.add(Cidrs.parse(m));
            }
        }
        for (String m : a) {
            if (Cidrs.isCidr(m)) {
                left.add(Cidrs.parse(m));
            } else if (!b.contains(m)) {
                names.add(m);
            }
        }
        List<IpRange> rest = new ArrayList<>();
        List<IpRange> cut = Cidrs.merge(right);
        for (IpRange r : Cidrs.merge(left)) {
            rest.addAll(subtract(r, cut));
        }
        List<String> out = new ArrayList<>(Cidrs.fold(rest));
        out.addAll(names);
        return out;
    }

    /** The parts of {@code r} outside every range of {@code cut} (sorted, disjoint). */
    private static List<IpRange> subtract(IpRange r, List<IpRange> cut) {
        List<IpRange> out = new ArrayList<>();
        BigInteger from = r.first();
        for (IpRange c : cut) {
            if (c.v6() != r.v6() || c.last().compareTo(from) < 0 || c.first().compareTo(r.last()) > 0) {
                continue;
            }
            if (c.first().compareTo(from) > 0) {
                out.add(new IpRange(r.v6(), from, c.first().subtract(BigInteger.ONE)));
            }
            from = c.last().add(BigInteger.ONE);
            if (from.compareTo(r.last()) > 0) {
                return out;
            }
        }
        out.add(new IpRange(r.v6(), from, r.last()));
        return out;
    }
}
