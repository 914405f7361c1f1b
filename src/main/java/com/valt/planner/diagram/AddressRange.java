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
            boolean v4 = given.stream().allMatch(a -> Addresses.ipv4Value(a) >= 0);
            Comparator<String> order = v4 ? Comparator.comparingLong(Addresses::ipv4Value) : Comparator.naturalOrder();
            String first = given.stream().min(order).orElseThrow();
            String last = given.stream().max(order).orElseThrow();
            range = first.equals(last) ? first : first + "\u2013" + last;
        }
        if (missing > 0) {
            String none = missing + " without address";
            range = range.isEmpty() ? none : range + ", " + none;
        }
        return range;
    }
}
