package com.valt.planner.diagram;

import com.valt.planner.domain.Addresses;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/** "10.1.5.1–10.1.5.48" for a group node: the lowest and highest address of its members. */
final class AddressRange {
    private AddressRange() {}

    static String of(List<String> addresses) {
        List<String> given = new ArrayList<>(
                addresses.stream().filter(Objects::nonNull).distinct().toList());
        int missing = (int) addresses.stream().filter(Objects::isNull).count();
        String range = "";
        if (!given.isEmpty()) {
            // Only the lowest and highest are needed: one pass, each address parsed once.
            long[] values = new long[given.size()];
            boolean v4 = true;
            for (int i = 0; i < values.length && v4; i++) {
                values[i] = Addresses.ipv4Value(given.get(i));
                v4 = values[i] >= 0;
            }
            String first = given.get(0);
            String last = first;
            if (v4) {
                int lo = 0;
                int hi = 0;
                for (int i = 1; i < values.length; i++) {
                    lo = values[i] < values[lo] ? i : lo;
                    hi = values[i] > values[hi] ? i : hi;
                }
                first = given.get(lo);
                last = given.get(hi);
            } else {
                first = given.stream().min(Comparator.naturalOrder()).orElseThrow();
                last = given.stream().max(Comparator.naturalOrder()).orElseThrow();
            }
            range = first.equals(last) ? first : first + "\u2013" + last;
        }
        if (missing > 0) {
            String none = missing + " without address";
            range = range.isEmpty() ? none : range + ", " + none;
        }
        return range;
    }
}
