package com.valt.planner.ruleset;

import java.util.Collection;
import java.util.List;

/** Short wording shared by the notes of rules and objects. */
final class Notes {
    private static final int SHOWN = 5;

    private Notes() {}

    /** "beam3, beam6" or "beam3, beam6, beam9, beam12, beam15 and 4 more". */
    static String devices(Collection<String> ids) {
        List<String> list = List.copyOf(ids);
        if (list.size() <= SHOWN) {
            return String.join(", ", list);
        }
        return String.join(", ", list.subList(0, SHOWN)) + " and " + (list.size() - SHOWN) + " more";
    }
}
