package com.valt.planner.ruleset;

import java.math.BigInteger;
import java.util.Objects;

/**
 * Addresses {@code first} to {@code last} (both included) of one family, as unsigned numbers: what a
 * CIDR block or a single address stands for, so that groups can be folded and compared exactly.
 */
public record IpRange(boolean v6, BigInteger first, BigInteger last) implements Comparable<IpRange> {
    public IpRange {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
        if (first.compareTo(last) > 0) {
            throw new IllegalArgumentException("empty range");
        }
    }

    /** Number of address bits of the family: 32 or 128. */
    public int bits() {
        return v6 ? 128 : 32;
    }

    @Override
    public int compareTo(IpRange o) {
        if (v6 != o.v6) {
            return v6 ? 1 : -1;
        }
        int c = first.compareTo(o.first);
        return c != 0 ? c : last.compareTo(o.last);
    }
}
