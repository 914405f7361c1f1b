package com.valt.planner.diagram;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/** "10.1.5.1–10.1.5.48" for a group node: the lowest and highest address of its members. */
final class AddressRange {
    private AddressRange() {
    }

    static String of(List<String> addresses) {
        List<String> given = new ArrayList<>(addresses.stream().filter(Objects::nonNull).distinct().toList());
        int missing = (int) addresses.stream().filter(Objects::isNull).count();
        String range = "";
        if (!given.isEmpty()) {
            // Only the lowest and highest are needed: one pass, each address parsed once.
            boolean v4 = given.stream().allMatch(a -> ipv4(a) >= 0);
            Comparator<String> order = v4 ? Comparator.comparingLong(AddressRange::ipv4) : Comparator.naturalOrder();
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

    /** The address as a number, or -1 when it is not dotted-quad IPv4. */
    static long ipv4(String a) {
        String[] parts = a.split("\\.", -1);
        if (parts.length != 4) {
            return -1;
        }
        long v = 0;
        for (String p : parts) {
            if (p.isEmpty() || p.length() > 3 || !p.chars().allMatch(Character::isDigit)) {
                return -1;
            }
            int n = Integer.parseInt(p);
            if (n > 255) {
                return -1;
            }
            v = v * 256 + n;
        }
        return v;
    }
}
