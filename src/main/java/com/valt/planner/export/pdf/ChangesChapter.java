package com.valt.planner.export.pdf;

import com.valt.planner.engine.Flow;
import com.valt.planner.export.text.SafeText;
import com.valt.planner.revision.Cause;
import com.valt.planner.revision.DiffText;
import com.valt.planner.revision.FirewallDiff;
import com.valt.planner.revision.FlowChange;
import com.valt.planner.revision.FlowSide;
import com.valt.planner.revision.RevisionDiff;
import com.valt.planner.revision.RuleChange;
import com.valt.planner.revision.RuleContent;
import java.io.IOException;
import java.util.List;

/**
 * The change request ({@code export --since}): what the firewall team must add and remove since the
 * revision they implemented, per firewall, then the flows and the edits that caused them.
 */
final class ChangesChapter {
    static final float[] RULE_WIDTHS = {0.11f, 0.08f, 0.08f, 0.07f, 0.12f, 0.27f, 0.27f};
    static final float[] FLOW_WIDTHS = {0.08f, 0.07f, 0.3f, 0.3f, 0.1f, 0.15f};
    /** Enough to act on; changes.csv has every flow. */
    static final int SHOWN = 500;

    private ChangesChapter() {}

    static void write(Blocks b, PdfCanvas c, RevisionDiff d, String since) throws IOException {
        if (d == null) {
            return;
        }
        b.chapter("Changes since revision " + SafeText.shown(since), true);
        b.para(SafeText.shown(DiffText.verdict(d)) + ".");
        b.para(
                "Rules and flows are compared by content (interfaces, service, addresses), not by rule number. "
                        + "changes.csv lists every flow added or removed.",
                8.5f,
                Style.MUTED,
                false,
                0);
        for (FirewallDiff f : d.firewalls()) {
            firewall(b, c, f);
        }
        flows(b, c, "Flows added", "add", d.added());
        flows(b, c, "Flows removed", "remove", d.removed());
        if (!d.changed().isEmpty()) {
            b.heading("Flows changed (" + d.changed().size() + ")");
            PdfTable t = new PdfTable(
                            List.of("Rule", "Source", "Destination", "Port", "What changed"),
                            new float[] {0.07f, 0.22f, 0.22f, 0.09f, 0.4f},
                            Style.TABLE)
                    .compact();
            for (FlowChange ch : d.changed().subList(0, Math.min(d.changed().size(), SHOWN))) {
                Flow f = ch.after().flow();
                t.rowOf(
                        f.ruleId(),
                        SafeText.shown(f.source().label()),
                        SafeText.shown(f.destination().label()),
                        f.portLabel(),
                        SafeText.shown(ch.what()));
            }
            t.draw(c, 1);
        }
        b.heading("What changed in the plan");
        if (d.causes().isEmpty()) {
            b.para("Nothing: the two revisions describe the same site.");
        }
        for (Cause cause : d.effective()) {
            b.bullet(null, Style.INK, SafeText.shown(cause.text()));
        }
        for (Cause cause : d.cosmetic()) {
            b.bullet("No change for the firewall team:", Style.MUTED, SafeText.shown(cause.text()));
        }
    }

    private static void firewall(Blocks b, PdfCanvas c, FirewallDiff f) throws IOException {
        b.heading("Firewall " + SafeText.shown(f.firewallId()) + ": " + SafeText.shown(f.name()));
        PdfTable t = new PdfTable(
                List.of("Change", "In", "Out", "Transport", "Ports", "Sources", "Destinations"),
                RULE_WIDTHS,
                Style.TABLE);
        for (RuleContent r : f.added()) {
            rule(t, "add rule", r, String.join(" ", r.sources()), String.join(" ", r.destinations()));
        }
        for (RuleContent r : f.removed()) {
            rule(t, "remove rule", r, String.join(" ", r.sources()), String.join(" ", r.destinations()));
        }
        for (RuleChange ch : f.changed()) {
            rule(t, "change members", ch.after(), ch.sourcesColumn(), ch.destinationsColumn());
        }
        t.draw(c, 1);
    }

    private static void rule(PdfTable t, String change, RuleContent r, String sources, String destinations) {
        t.rowOf(
                change,
                SafeText.shown(r.inInterface()),
                SafeText.shown(r.outInterface()),
                r.transport(),
                r.ports(),
                SafeText.shown(sources),
                SafeText.shown(destinations));
    }

    private static void flows(Blocks b, PdfCanvas c, String title, String change, List<FlowSide> flows)
            throws IOException {
        if (flows.isEmpty()) {
            return;
        }
        b.heading(title + " (" + flows.size() + ")");
        if (flows.size() > SHOWN) {
            b.para("The first " + SHOWN + " are listed; changes.csv has all.", 8.5f, Style.MUTED, false, 0);
        }
        PdfTable t = new PdfTable(
                        List.of("Change", "Rule", "Source", "Destination", "Port", "Firewalls"),
                        FLOW_WIDTHS,
                        Style.TABLE)
                .compact();
        for (FlowSide s : flows.subList(0, Math.min(flows.size(), SHOWN))) {
            Flow f = s.flow();
            t.rowOf(
                    change,
                    f.ruleId(),
                    SafeText.shown(f.source().label()),
                    SafeText.shown(f.destination().label()),
                    f.portLabel(),
                    SafeText.shown(
                            s.route().sourceZone() == null
                                    ? "\u2013"
                                    : s.route().firewallsText()));
        }
        t.draw(c, 1);
    }
}
