package com.valt.planner.revision;

import com.valt.planner.catalog.Section;
import com.valt.planner.engine.FlowResult;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What changed between two revisions of a site, for the firewall team: flows added, removed and
 * changed (same ends and port, other addresses or route), each firewall's rules, and the edits that
 * caused them. Made by {@link Revisions#compare}.
 */
public record RevisionDiff(
        FlowResult before,
        FlowResult after,
        List<FlowSide> added,
        List<FlowSide> removed,
        List<FlowChange> changed,
        List<FirewallDiff> firewalls,
        List<Cause> causes) {
    public RevisionDiff {
        added = List.copyOf(added);
        removed = List.copyOf(removed);
        changed = List.copyOf(changed);
        firewalls = List.copyOf(firewalls);
        causes = List.copyOf(causes);
    }

    /** One row of the change CSV: a flow in one revision and not (as it is) in the other. */
    public record Row(String change, FlowSide flow) {}

    /** Whether the firewall team has anything to do: a flow or a rule came, went or changed. */
    public boolean changesForFirewallTeam() {
        return !added.isEmpty()
                || !removed.isEmpty()
                || !changed.isEmpty()
                || firewalls.stream().anyMatch(f -> !f.isEmpty());
    }

    /** Whether either revision has zones (then the CSV has the zone columns). */
    public boolean zoned() {
        return before.site().hasZones() || after.site().hasZones();
    }

    public List<Cause> cosmetic() {
        return causes.stream().filter(Cause::cosmetic).toList();
    }

    /** The edits that matter for the flows or rules. */
    public List<Cause> effective() {
        return causes.stream().filter(c -> !c.cosmetic()).toList();
    }

    /** "2 devices renamed/moved", or "" when none was. */
    public String cosmeticSummary() {
        long devices = cosmetic().stream()
                .filter(c -> after.site().device(c.subject()).isPresent())
                .count();
        long others = cosmetic().size() - devices;
        List<String> parts = new ArrayList<>();
        if (devices > 0) {
            parts.add(devices + (devices == 1 ? " device" : " devices") + " renamed/moved");
        }
        if (others > 0) {
            parts.add(others + (others == 1 ? " other edit" : " other edits") + " of names or positions");
        }
        return String.join(", ", parts);
    }

    /**
     * Removed and added flows (a changed flow is both: the old row goes, the new comes), sorted like
     * {@code flows}: section, source, destination, transport, port; removed before added.
     */
    public List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        removed.forEach(f -> rows.add(new Row("removed", f)));
        changed.forEach(c -> rows.add(new Row("removed", c.before())));
        added.forEach(f -> rows.add(new Row("added", f)));
        changed.forEach(c -> rows.add(new Row("added", c.after())));
        Map<String, Integer> sectionOrder = new HashMap<>();
        List<Section> sections = after.catalog().sections();
        for (int i = 0; i < sections.size(); i++) {
            sectionOrder.put(sections.get(i).id(), i);
        }
        rows.sort(Comparator.<Row>comparingInt(
                        r -> sectionOrder.getOrDefault(r.flow().flow().section(), 99))
                .thenComparing(r -> r.flow().flow().source().id())
                .thenComparing(r -> r.flow().flow().destination().id())
                .thenComparing(r -> r.flow().flow().transport())
                .thenComparingInt(r -> r.flow().flow().port())
                .thenComparing(r -> r.change().equals("added")));
        return rows;
    }
}
