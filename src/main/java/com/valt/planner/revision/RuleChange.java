package com.valt.planner.revision;

import java.util.List;

/**
 * A rule kept in place (same interfaces and service) whose members changed, named address by address:
 * {@code 10.30.0.4/32} becoming {@code 10.30.0.4/31} is {@code 10.30.0.5/32} added.
 */
public record RuleChange(RuleContent before, RuleContent after, List<String> sourcesAdded,
                         List<String> sourcesRemoved, List<String> destinationsAdded,
                         List<String> destinationsRemoved) {
    public RuleChange {
        sourcesAdded = List.copyOf(sourcesAdded);
        sourcesRemoved = List.copyOf(sourcesRemoved);
        destinationsAdded = List.copyOf(destinationsAdded);
        destinationsRemoved = List.copyOf(destinationsRemoved);
    }

    static RuleChange of(RuleContent before, RuleContent after) {
        return new RuleChange(before, after, Members.minus(after.sources(), before.sources()),
                Members.minus(before.sources(), after.sources()),
                Members.minus(after.destinations(), before.destinations()),
                Members.minus(before.destinations(), after.destinations()));
    }

    /** "sources +10.30.0.5/32; destinations -10.20.0.12/32". */
    public String membersText() {
        StringBuilder b = new StringBuilder();
        side(b, "sources", sourcesAdded, sourcesRemoved);
        side(b, "destinations", destinationsAdded, destinationsRemoved);
        return b.toString();
    }

    private static void side(StringBuilder b, String label, List<String> added, List<String> removed) {
        if (added.isEmpty() && removed.isEmpty()) {
            return;
        }
        if (!b.isEmpty()) {
            b.append("; ");
        }
        b.append(label);
        added.forEach(m -> b.append(" +").append(m));
        removed.forEach(m -> b.append(" -").append(m));
    }
}
