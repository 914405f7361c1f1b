package com.valt.planner.ruleset;

import com.valt.planner.domain.Addresses;
import com.valt.planner.domain.Prefix;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * CIDR text to address ranges and back. {@link #fold} writes a set of addresses and prefixes as the
 * fewest CIDR blocks that cover exactly the same addresses: what every address object of a rule set holds.
 */
public final class Cidrs {
    private Cidrs() {}

    /**
     * Texts parsed before, with their range or why they are none: rule sets are made again after every
     * edit in the window, from the same few thousand addresses. Bounded, as the window lives long.
     */
    private static final Map<String, Object> PARSED = new ConcurrentHashMap<>();

    private static final int PARSED_LIMIT = 50_000;

    /** Whether the text is an address or a prefix ({@code 10.20.0.5}, {@code 10.20.0.0/24}, {@code fd00::/64}). */
    public static boolean isCidr(String text) {
        return text != null && parsed(text) instanceof IpRange;
    }

    /**
     * The addresses of a prefix or a single address; host bits below the prefix are ignored
     * ({@code 10.20.0.5/24} is {@code 10.20.0.0/24}).
     *
     * @throws IllegalArgumentException when the text is neither
     */
    public static IpRange parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("no address");
        }
        Object parsed = parsed(text);
        if (parsed instanceof IpRange range) {
            return range;
        }
        throw new IllegalArgumentException((String) parsed);
    }

    private static Object parsed(String text) {
        Object known = PARSED.get(text);
        if (known == null) {
            if (PARSED.size() >= PARSED_LIMIT) {
                PARSED.clear();
            }
            try {
                known = parseNew(text);
            } catch (IllegalArgumentException e) {
                known = e.getMessage();
            }
            PARSED.put(text, known);
        }
        return known;
    }

    private static IpRange parseNew(String text) {
        int slash = text.indexOf('/');
        String address = slash < 0 ? text : text.substring(0, slash);
        boolean v6;
        if (Addresses.isIpv4(address)) {
            v6 = false;
        } else if (Addresses.isIpv6(address)) {
            v6 = true;
        } else {
            throw new IllegalArgumentException("not an address: " + text);
        }
        int bits = v6 ? 128 : 32;
        int prefix = bits;
        if (slash >= 0) {
            String p = text.substring(slash + 1);
            if (p.isEmpty() || p.length() > 3 || !p.chars().allMatch(Character::isDigit)) {
                throw new IllegalArgumentException("bad prefix length: " + text);
            }
            prefix = Integer.parseInt(p);
            if (prefix > bits) {
                throw new IllegalArgumentException("bad prefix length: " + text);
            }
        }
        BigInteger value = value(address, v6);
        BigInteger size = BigInteger.ONE.shiftLeft(bits - prefix);
        BigInteger first = value.subtract(value.mod(size));
        return new IpRange(v6, first, first.add(size).subtract(BigInteger.ONE));
    }

    private static BigInteger value(String address, boolean v6) {
        if (!v6) {
            return BigInteger.valueOf(Addresses.ipv4Value(address));
        }
        Prefix p = Prefix.ofAddress(address); // "::ffff:1.2.3.4" stays in the IPv6 space
        if (p == null || !p.ipv6()) {
            throw new IllegalArgumentException("not an IPv6 address: " + address);
        }
        return p.value();
    }

    /** The block starting at {@code first} of {@code 2^(bits-prefix)} addresses, as text: {@code 10.20.0.8/29}. */
    public static String text(boolean v6, BigInteger first, int prefix) {
        return Prefix.of(v6, first, prefix).toString();
    }

    /**
     * The fewest CIDR blocks whose union is exactly the union of the ranges: IPv4 blocks first, then
     * IPv6, each in address order. Overlapping and adjacent ranges merge first; each merged range is
     * then cut greedily into the largest aligned blocks, which is minimal for a single range, and
     * merged ranges are disjoint and non-adjacent, so no block could span two of them.
     */
    public static List<String> fold(Collection<IpRange> ranges) {
        List<IpRange> merged = merge(ranges);
        List<String> blocks = new ArrayList<>();
        for (IpRange r : merged) {
            blocks(r, blocks);
        }
        return blocks;
    }

    /** Sorted, with overlapping and adjacent ranges of one family joined. */
    public static List<IpRange> merge(Collection<IpRange> ranges) {
        List<IpRange> sorted = new ArrayList<>(ranges);
        sorted.sort(null);
        List<IpRange> out = new ArrayList<>();
        IpRange cur = null;
        for (IpRange r : sorted) {
            if (cur != null
                    && cur.v6() == r.v6()
                    && r.first().compareTo(cur.last().add(BigInteger.ONE)) <= 0) {
                if (r.last().compareTo(cur.last()) > 0) {
                    cur = new IpRange(cur.v6(), cur.first(), r.last());
                }
            } else {
                if (cur != null) {
                    out.add(cur);
                }
                cur = r;
            }
        }
        if (cur != null) {
            out.add(cur);
        }
        return out;
    }

    private static void blocks(IpRange r, List<String> out) {
        int bits = r.bits();
        BigInteger start = r.first();
        BigInteger end = r.last().add(BigInteger.ONE); // exclusive
        while (start.compareTo(end) < 0) {
            // the largest block aligned at start ...
            int size = start.signum() == 0 ? bits : start.getLowestSetBit();
            // ... that does not run past the end
            int fits = end.subtract(start).bitLength() - 1;
            size = Math.min(size, fits);
            out.add(text(r.v6(), start, bits - size));
            start = start.add(BigInteger.ONE.shiftLeft(size));
        }
    }
}
