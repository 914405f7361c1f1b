package com.valt.planner.revision;

import com.valt.planner.engine.Flow;
import java.util.List;

/** The readable form of a diff, for the terminal (the {@code table} format). */
public final class DiffText {
    private DiffText() {}

    /** The one-line verdict: "no change for the firewall team; 2 devices renamed/moved". */
    public static String verdict(RevisionDiff d) {
        String cosmetic = d.cosmeticSummary();
        if (!d.changesForFirewallTeam()) {
            return "no change for the firewall team" + (cosmetic.isEmpty() ? "" : "; " + cosmetic);
        }
        long rules = d.firewalls().stream()
                .mapToLong(
                        f -> f.added().size() + f.removed().size() + f.changed().size())
                .sum();
        int firewalls = d.firewalls().size();
        return d.added().size() + " flows added, " + d.removed().size() + " removed, "
                + d.changed().size()
                + " changed; " + rules + (rules == 1 ? " rule change on " : " rule changes on ") + firewalls
                + (firewalls == 1 ? " firewall" : " firewalls")
                + (cosmetic.isEmpty() ? "" : "; also " + cosmetic);
    }

    public static String write(RevisionDiff d) {
        StringBuilder b = new StringBuilder();
        b.append(verdict(d)).append("\n");
        List<Cause> effective = d.effective();
        if (!effective.isEmpty() || !d.cosmetic().isEmpty()) {
            b.append("\nCauses\n");
            effective.forEach(c -> b.append("  ").append(c.text()).append("\n"));
            d.cosmetic().forEach(c -> b.append("  ").append(c.text()).append(" (no change for the firewall team)\n"));
        }
        flows(b, "Flows added", "+", d.added());
        flows(b, "Flows removed", "-", d.removed());
        if (!d.changed().isEmpty()) {
            b.append("\nFlows changed (").append(d.changed().size()).append(")\n");
            for (FlowChange c : d.changed()) {
                b.append("  ~ ")
                        .append(flow(c.after().flow()))
                        .append(": ")
                        .append(c.what())
                        .append("\n");
            }
        }
        for (FirewallDiff f : d.firewalls()) {
            b.append("\nFirewall ")
                    .append(f.name())
                    .append(" (")
                    .append(f.firewallId())
                    .append(")\n");
            f.added().forEach(r -> b.append("  + rule ").append(r.text()).append("\n"));
            f.removed().forEach(r -> b.append("  - rule ").append(r.text()).append("\n"));
            f.changed()
                    .forEach(r -> b.append("  ~ rule ")
                            .append(r.after().serviceText())
                            .append(": ")
                            .append(r.membersText())
                            .append("\n"));
        }
        return b.toString();
    }

    private static void flows(StringBuilder b, String title, String sign, List<FlowSide> flows) {
        if (flows.isEmpty()) {
            return;
        }
        b.append("\n").append(title).append(" (").append(flows.size()).append(")\n");
        for (FlowSide s : flows) {
            b.append("  ").append(sign).append(" ").append(flow(s.flow()));
            String fw = s.route().firewallsText();
            if (!fw.equals("-") && s.route().sourceZone() != null) {
                b.append("  via ").append(fw);
            }
            b.append("\n");
        }
    }

    /** "R2 pc1 (10.40.0.21) -> app (10.20.0.10) TCP 443 HTTPS". */
    public static String flow(Flow f) {
        return f.ruleId() + " " + end(f.source().id(), f.source().address()) + " -> "
                + end(f.destination().id(), f.destination().address()) + " " + f.portLabel() + " " + f.protocol();
    }

    private static String end(String id, String address) {
        return address == null || address.equals(id) ? id : id + " (" + address + ")";
    }
}
