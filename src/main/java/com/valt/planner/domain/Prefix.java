package com.valt.planner.domain;

import java.math.BigInteger;
import java.util.Optional;

/**
 * An IPv4 or IPv6 prefix such as {@code 10.20.0.0/24} or {@code fd00:40::/64}; a bare address is a /32 or
 * /128. The address is held as two longs (IPv4 in the low 32 bits of {@code lo}), so that testing whether
 * a prefix holds an address is a few masks, with no allocation.
 */
public record Prefix(boolean ipv6, long hi, long lo, int length) {

    public int maxLength() {
        return ipv6 ? 128 : 32;
    }

    /** A prefix or a bare address; empty when the text is neither (host names included). */
    public static Optional<Prefix> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        int slash = text.indexOf('/');
        String address = slash < 0 ? text : text.substring(0, slash);
        Prefix host = ofAddress(address);
        if (host == null) {
            return Optional.empty();
        }
        if (slash < 0) {
            return Optional.of(host);
        }
        String bits = text.substring(slash + 1);
        if (bits.isEmpty()
                || bits.length() > 3
                || !bits.chars().allMatch(c -> c >= '0' && c <= '9')
                || bits.length() > 1 && bits.charAt(0) == '0') {
            return Optional.empty();
        }
        int length = Integer.parseInt(bits);
        if (length > host.maxLength()) {
            return Optional.empty();
        }
        return Optional.of(new Prefix(host.ipv6, host.hi, host.lo, length));
    }

    /** The /32 or /128 of an IPv4 or IPv6 address, or null when the text is not an IP address. */
    public static Prefix ofAddress(String text) {
        if (Addresses.isIpv4(text)) {
            return new Prefix(false, 0, Addresses.ipv4Value(text), 32);
        }
        if (Addresses.isIpv6(text)) {
            long[] words = ipv6Words(text);
            return new Prefix(true, words[0], words[1], 128);
        }
        return null;
    }

    /** True when the address bits below the length are all zero (10.20.0.0/24, not 10.20.0.5/24). */
    public boolean isNetworkAddress() {
        return equals(network());
    }

    /** This prefix with the bits below its length cleared: 10.20.0.5/24 gives 10.20.0.0/24. */
    public Prefix network() {
        return new Prefix(ipv6, hi & mask(length, 0), lo & mask(length, 64), length);
    }

    /** Whether this prefix holds all of {@code other} (the same family, as long or longer, same leading bits). */
    public boolean contains(Prefix other) {
        return other.ipv6 == ipv6
                && other.length >= length
                && ((other.hi ^ hi) & mask(length, 0)) == 0
                && ((other.lo ^ lo) & mask(length, 64)) == 0;
    }

    /** The mask of the first {@code length} bits, for the 64-bit word starting at bit {@code from}. */
    private long mask(int length, int from) {
        int total = ipv6 ? 128 : 32;
        if (!ipv6) {
            if (from == 0) {
                return 0; // IPv4 lives in lo only
            }
            return length == 0 ? 0 : (0xFFFF_FFFFL << (32 - length)) & 0xFFFF_FFFFL;
        }
        int bits = Math.max(0, Math.min(64, length - from));
        return bits == 0 ? 0 : -1L << (64 - bits);
    }

    /** The address bits as an unsigned number: what the rule sets fold into blocks. */
    public BigInteger value() {
        if (!ipv6) {
            return BigInteger.valueOf(lo);
        }
        return new BigInteger(Long.toUnsignedString(hi)).shiftLeft(64).or(new BigInteger(Long.toUnsignedString(lo)));
    }

    /** The prefix of {@code length} bits at an unsigned address {@code value}. */
    public static Prefix of(boolean ipv6, BigInteger value, int length) {
        return new Prefix(ipv6, ipv6 ? value.shiftRight(64).longValue() : 0, value.longValue(), length);
    }

    @Override
    public String toString() {
        return addressText() + "/" + length;
    }

    /** The address alone, dotted IPv4 or RFC 5952 IPv6 (lower case, longest zero run as "::"). */
    public String addressText() {
        StringBuilder sb = new StringBuilder();
        if (!ipv6) {
            sb.append(lo >>> 24 & 255)
                    .append('.')
                    .append(lo >>> 16 & 255)
                    .append('.')
                    .append(lo >>> 8 & 255)
                    .append('.')
                    .append(lo & 255);
        } else {
            int[] g = new int[8];
            for (int i = 0; i < 4; i++) {
                g[i] = (int) (hi >>> (48 - 16 * i) & 0xFFFF);
                g[i + 4] = (int) (lo >>> (48 - 16 * i) & 0xFFFF);
            }
            // RFC 5952: the longest run of two or more zero groups becomes "::"
            int bestStart = -1;
            int bestLength = 1;
            for (int i = 0; i < 8; ) {
                int j = i;
                while (j < 8 && g[j] == 0) {
                    j++;
                }
                if (j - i > bestLength) {
                    bestStart = i;
                    bestLength = j - i;
                }
                i = j == i ? i + 1 : j;
            }
            for (int i = 0; i < 8; i++) {
                if (i == bestStart) {
                    sb.append("::");
                    i += bestLength - 1;
                    continue;
                }
                if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ':') {
                    sb.append(':');
                }
                sb.append(Integer.toHexString(g[i]));
            }
        }
        return sb.toString();
    }

    /** The 128 bits of a valid IPv6 text form (checked by {@link Addresses#isIpv6}) as two longs. */
    private static long[] ipv6Words(String s) {
        int[] groups = new int[8];
        int doubleColon = s.indexOf("::");
        String head = doubleColon >= 0 ? s.substring(0, doubleColon) : s;
        String tail = doubleColon >= 0 ? s.substring(doubleColon + 2) : "";
        int[] headGroups = groupsOf(head);
        int[] tailGroups = groupsOf(tail);
        System.arraycopy(headGroups, 0, groups, 0, headGroups.length);
        System.arraycopy(tailGroups, 0, groups, 8 - tailGroups.length, tailGroups.length);
        long hi = 0;
        long lo = 0;
        for (int i = 0; i < 4; i++) {
            hi = hi << 16 | groups[i];
            lo = lo << 16 | groups[i + 4];
        }
        return new long[] {hi, lo};
    }

    private static int[] groupsOf(String part) {
        if (part.isEmpty()) {
            return new int[0];
        }
        String[] texts = part.split(":", -1);
        String last = texts[texts.length - 1];
        boolean v4 = Addresses.isIpv4(last);
        int[] out = new int[texts.length + (v4 ? 1 : 0)];
        for (int i = 0; i < texts.length - (v4 ? 1 : 0); i++) {
            out[i] = Integer.parseInt(texts[i], 16);
        }
        if (v4) {
            long v = Addresses.ipv4Value(last);
            out[texts.length - 1] = (int) (v >>> 16);
            out[texts.length] = (int) (v & 0xFFFF);
        }
        return out;
    }
}
