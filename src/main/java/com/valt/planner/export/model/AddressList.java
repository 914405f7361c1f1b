package com.valt.planner.export.model;

import com.valt.planner.domain.Addresses;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * A firewall-friendly address list: IPv4 addresses folded into exact ranges
 * ("10.52.0.2–10.52.0.250, 10.52.1.1"), other addresses and host names as they are. A range is
 * written only when every address in it belongs to the list, so nobody opens more than needed.
 */
public final class AddressList {
    private AddressList() {}

    public static String compress(List<String> addresses) {
        TreeSet<Long> v4 = new TreeSet<>();
        List<String> others = new ArrayList<>();
        for (String a : addresses) {
            if (a == null) {
                continue;
            }
            long n = Addresses.ipv4Value(a);
            if (n >= 0) {
                v4.add(n);
            } else if (!others.contains(a)) {
                others.add(a);
            }
        }
        List<String> parts = new ArrayList<>();
        Long start = null;
        Long prev = null;
        for (long n : v4) {
            if (start == null) {
                start = n;
            } else if (n != prev + 1) {
                parts.add(range(start, prev));
                start = n;
            }
            prev = n;
        }
        if (start != null) {
            parts.add(range(start, prev));
        }
        parts.addAll(others);
        return String.join(", ", parts);
    }

    private static String range(long a, long b) {
        return a == b ? dotted(a) : dotted(a) + "\u2013" + dotted(b);
    }

    static String dotted(long v) {
        return ((v >> 24) & 255) + "." + ((v >> 16) & 255) + "." + ((v >> 8) & 255) + "." + (v & 255);
    }
}
