package com.valt.planner.syntax;

import com.valt.planner.domain.Prefix;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One CIDR block of a rule-set object ({@code 10.20.0.10/32}, {@code fd00:40::/64}), parsed from
 * literals only: never looks anything up.
 */
public record Cidr(boolean v6, BigInteger network, int prefix) implements Comparable<Cidr> {
    private static final Comparator<Cidr> ORDER =
            Comparator.comparing(Cidr::v6).thenComparing(Cidr::network).thenComparingInt(Cidr::prefix);

    public static Cidr parse(String text) {
        int slash = text.indexOf('/');
        String addr = slash < 0 ? text : text.substring(0, slash);
        boolean v6 = addr.contains(":");
        if (!v6 && !addr.matches("[0-9.]+") || v6 && !addr.matches("[0-9A-Fa-f:.]+")) {
            throw new IllegalArgumentException("not an address: " + text);
        }
        int bits = v6 ? 128 : 32;
        int prefix = slash < 0 ? bits : Integer.parseInt(text.substring(slash + 1));
        if (prefix < 0 || prefix > bits) {
            throw new IllegalArgumentException("bad prefix: " + text);
        }
        Prefix literal = Prefix.ofAddress(addr);
        if (literal == null) {
            throw new IllegalArgumentException("not an address: " + text);
        }
        BigInteger value = literal.value();
        return new Cidr(v6, value.andNot(hostMask(bits, prefix)), prefix);
    }

    private static BigInteger hostMask(int bits, int prefix) {
        return BigInteger.ONE.shiftLeft(bits - prefix).subtract(BigInteger.ONE);
    }

    public int bits() {
        return v6 ? 128 : 32;
    }

    public boolean isHost() {
        return prefix == bits();
    }

    public BigInteger last() {
        return network.or(hostMask(bits(), prefix));
    }

    public boolean contains(Cidr other) {
        return v6 == other.v6
                && other.prefix >= prefix
                && network.compareTo(other.network) <= 0
                && last().compareTo(other.last()) >= 0;
    }

    public boolean contains(BigInteger address, boolean addressV6) {
        return v6 == addressV6 && network.compareTo(address) <= 0 && last().compareTo(address) >= 0;
    }

    /** The address alone, in its usual text form. */
    public String address() {
        return format(network, v6);
    }

    /** The dotted netmask of an IPv4 block ({@code 255.255.255.0}). */
    public String netmask() {
        return format(hostMask(32, prefix).not().and(hostMask(32, 0)), false);
    }

    /** "10.20.0.10/32" or "fd00:40::/64". */
    public String text() {
        return address() + "/" + prefix;
    }

    public static String format(BigInteger value, boolean v6) {
        return Prefix.of(v6, value, v6 ? 128 : 32).addressText();
    }

    /** The blocks of one family, sorted, without any block that another one covers (sets must not overlap). */
    public static List<Cidr> disjoint(List<String> members, boolean v6) {
        List<Cidr> all = new ArrayList<>();
        for (String m : members) {
            Cidr c = parse(m);
            if (c.v6 == v6) {
                all.add(c);
            }
        }
        all.sort(Comparator.comparingInt(Cidr::prefix).thenComparing(ORDER));
        List<Cidr> kept = new ArrayList<>();
        for (Cidr c : all) {
            if (kept.stream().noneMatch(k -> k.contains(c))) {
                kept.add(c);
            }
        }
        kept.sort(ORDER);
        return kept;
    }

    @Override
    public int compareTo(Cidr o) {
        return ORDER.compare(this, o);
    }
}
