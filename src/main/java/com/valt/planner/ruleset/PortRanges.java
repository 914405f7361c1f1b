package com.valt.planner.ruleset;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;

/** Port numbers as ranges where contiguous. */
public final class PortRanges {
    private PortRanges() {}

    public static List<PortRange> of(SortedSet<Integer> ports) {
        List<PortRange> out = new ArrayList<>();
        int from = -1;
        int to = -1;
        for (int p : ports) {
            if (from >= 0 && p == to + 1) {
                to = p;
                continue;
            }
            if (from >= 0) {
                out.add(new PortRange(from, to));
            }
            from = p;
            to = p;
        }
        if (from >= 0) {
            out.add(new PortRange(from, to));
        }
        return out;
    }
}
