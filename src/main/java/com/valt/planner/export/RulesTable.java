package com.valt.planner.export;

import com.valt.planner.domain.Firewall;
import com.valt.planner.domain.FirewallInterface;
import com.valt.planner.ruleset.AddressObject;
import com.valt.planner.ruleset.FirewallRule;
import com.valt.planner.ruleset.FirewallRuleSet;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A firewall's rule set as aligned plain text, for a person to read: {@code rules --format table}.
 * Rules name their objects; the objects' contents and the notes follow the rules.
 */
public final class RulesTable {
    private static final String[] HEADINGS = {
        "#", "in", "out", "transport", "sources", "destinations", "ports", "catalog", "flows"
    };

    private RulesTable() {}

    public static String write(List<FirewallRuleSet> sets) {
        StringBuilder sb = new StringBuilder();
        for (FirewallRuleSet set : sets) {
            if (sb.length() > 0) {
                sb.append('\n');
            }
            write(set, sb);
        }
        return sb.toString();
    }

    private static void write(FirewallRuleSet set, StringBuilder sb) {
        Firewall fw = set.firewall();
        sb.append(fw.id())
                .append(": ")
                .append(clean(fw.displayName()))
                .append(" (")
                .append(fw.platform().id())
                .append("), ")
                .append(set.rules().size())
                .append(set.rules().size() == 1 ? " rule" : " rules")
                .append('\n');
        sb.append("  interfaces: ")
                .append(fw.interfaces().stream().map(RulesTable::face).collect(Collectors.joining(", ")))
                .append('\n');
        if (set.rules().isEmpty()) {
            sb.append("  no flow crosses this firewall\n");
            return;
        }
        List<String[]> rows = new ArrayList<>();
        rows.add(HEADINGS);
        for (FirewallRule r : set.rules()) {
            rows.add(new String[] {
                Integer.toString(r.number()),
                clean(r.inInterface()),
                clean(r.outInterface()),
                r.transport(),
                r.sources().name(),
                r.destinations().name(),
                RulesCsv.ports(r),
                r.catalogRulesText(),
                Integer.toString(r.flows())
            });
        }
        int[] width = new int[HEADINGS.length];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                width[i] = Math.max(width[i], row[i].length());
            }
        }
        sb.append('\n');
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder("  ");
            for (int i = 0; i < row.length; i++) {
                boolean number = i == 0 || i == row.length - 1;
                String cell = number ? pad(row[i], width[i], true) : pad(row[i], width[i], false);
                line.append(cell).append(i < row.length - 1 ? "  " : "");
            }
            sb.append(line.toString().stripTrailing()).append('\n');
        }
        sb.append("\n  objects:\n");
        List<AddressObject> objects = set.addressObjects();
        int nameWidth = objects.stream().mapToInt(o -> o.name().length()).max().orElse(0);
        for (AddressObject o : objects) {
            sb.append("    ")
                    .append(pad(o.name(), nameWidth, false))
                    .append("  ")
                    .append(clean(String.join(" ", o.members())))
                    .append('\n');
        }
        List<String> notes = new ArrayList<>();
        for (FirewallRule r : set.rules()) {
            for (String n : r.notes()) {
                notes.add("rule " + r.number() + ": " + clean(n));
            }
        }
        if (!notes.isEmpty()) {
            sb.append("\n  notes:\n");
            notes.forEach(n -> sb.append("    ").append(n).append('\n'));
        }
    }

    private static String face(FirewallInterface i) {
        return clean(i.name()) + " -> " + clean(i.zone());
    }

    private static String pad(String s, int width, boolean right) {
        String fill = " ".repeat(Math.max(0, width - s.length()));
        return right ? fill + s : s + fill;
    }

    /** A terminal shows names as text, never as control sequences. */
    private static String clean(String s) {
        return s == null ? "" : s.replaceAll("\\p{Cntrl}", "?");
    }
}
