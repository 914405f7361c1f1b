package com.valt.planner.revision;

import java.util.ArrayList;
import java.util.List;

/**
 * A rule kept in place (same interfaces and service) whose members changed, named address by address:
 * {@code 10.30.0.4/32} becoming {@code 10.30.0.4/31} is {@code 10.30.0.5/32} added.
 */
public record RuleChange(
        RuleContent before,
        RuleContent after,
        List<String> sourcesAdded,
        List<String> sourcesRemoved,
        List<String> destinationsAdded,
        List<String> destinationsRemoved) {
    public RuleChange {
        sourcesAdded = List.copyOf(sourcesAdded);
        sourcesRemoved = List.copyOf(sourcesRemoved);
        destinationsAdded = List.copyOf(destinationsAdded);
        destinationsRemoved = List.copyOf(destinationsRemoved);
    }

    static RuleChange of(RuleContent before, RuleContent after) {
        return new RuleChange(
                before,
                after,
                Members.minus(after.sources(), before.sources()),
                Members.minus(before.sources(), after.sources()),
                Members.minus(after.destinations(), before.destinations()),
                Members.minus(before.destinations(), after.destinations()));
    }

    /** "sources +10.30.0.5/32; destinations unchanged: 10.20.0.11/32", for the terminal and the window. */
    public String membersText() {
        return "sources " + text(sourcesAdded, sourcesRemoved, after.sources(), true) + "; destinations "
                + text(destinationsAdded, destinationsRemoved, after.destinations(), true);
    }

    /** The sources column of a change request: "add 10.40.1.29/32; remove 10.40.1.22/32", or "unchanged: ...". */
    public String sourcesColumn() {
        return text(sourcesAdded, sourcesRemoved, after.sources(), false);
    }

    public String destinationsColumn() {
        return text(destinationsAdded, destinationsRemoved, after.destinations(), false);
    }

    /** An unchanged side is shown in full up to this many members, else the first few and a count. */
    static final int UNCHANGED_SHOWN = 4;

    private static String text(List<String> added, List<String> removed, List<String> members, boolean signs) {
        if (added.isEmpty() && removed.isEmpty()) {
            if (members.size() <= UNCHANGED_SHOWN) {
                return "unchanged: " + String.join(" ", members);
            }
            return "unchanged: " + String.join(" ", members.subList(0, UNCHANGED_SHOWN - 1)) + " and "
                    + (members.size() - UNCHANGED_SHOWN + 1) + " more";
        }
        List<String> parts = new ArrayList<>();
        if (signs) {
            added.forEach(m -> parts.add("+" + m));
            removed.forEach(m -> parts.add("-" + m));
            return String.join(" ", parts);
        }
        if (!added.isEmpty()) {
            parts.add("add " + String.join(" ", added));
        }
        if (!removed.isEmpty()) {
            parts.add("remove " + String.join(" ", removed));
        }
        return String.join("; ", parts);
    }
}
