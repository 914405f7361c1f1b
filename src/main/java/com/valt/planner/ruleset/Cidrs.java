package com.valt.planner.ruleset;

import com.valt.planner.domain.Addresses;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * CIDR text to address ranges and back. {@link #fold} writes a set of addresses and prefixes as the
 * fewest CIDR blocks that cover exactly the same addresses: what every address object of a rule set holds.
 */
public final class Cidrs {
    private Cidrs() {
    }

    /** Whether the text is an address or a prefix ({@code 10.20.0.5}, {@code 10.20.0.0/24}, {@code fd00::/64}). */
    public static boolean isCidr(String text) {
        try {
            parse(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
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
        try {
            // a literal checked by isIpv6 above: InetAddress parses it without any lookup
            byte[] raw = InetAddress.getByName(address).getAddress();
            if (raw.length == 4) { // "::ffff:1.2.3.4" comes back as IPv4; keep it in the IPv6 space
                byte[] mapped = new byte[16];
                mapped[10] = (byte) 0xff;
                mapped[11] = (byte) 0xff;
                System.arraycopy(raw, 0, mapped, 12, 4);
                raw = mapped;
            }
            return new BigInteger(1, raw);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("not an address: " + address, e);
        }
    }

    /** The block starting at {@code first} of {@code 2^(bits-prefix)} addresses, as text: {@code 10.20.0.8/29}. */
    public static String text(boolean v6, BigInteger first, int prefix) {
        return (v6 ? v6Text(first) : v4Text(first.longValue())) + "/" + prefix;
    }

    private static String v4Text(long v) {
        return (v >>> 24 & 255) + "." + (v >>> 16 & 255) + "." + (v >>> 8 & 255) + "." + (v & 255);
    }

    /** RFC 5952: lower case, no leading zeros, the longest run of two or more zero groups as "::". */
    private static String v6Text(BigInteger v) {
        int[] g = new int[8];
        for (int i = 0; i < 8; i++) {
            g[i] = v.shiftRight(16 * (7 - i)).intValue() & 0xffff;
        }
        int bestStart = -1;
        int bestLen = 1;
        for (int i = 0; i < 8; ) {
            if (g[i] != 0) {
                i++;
                continue;
            }
            int j = i;
            while (j < 8 && g[j] == 0) {
                j++;
            }
            if (j - i > bestLen) {
                bestStart = i;
                bestLen = j - i;
            }
            i = j;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                sb.append("::");
                i += bestLen - 1;
                continue;
            }
            if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ':') {
                sb.append(':');
            }
            sb.append(Integer.toHexString(g[i]));
        }
        return sb.toString();
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
            if (cur != null && cur.v6() == r.v6() && r.first().compareTo(cur.last().add(BigInteger.ONE)) <= 0) {
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
