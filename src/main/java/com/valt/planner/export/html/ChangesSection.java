package com.valt.planner.export.html;

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
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * The change request ({@code export --since}), first on the page: rules to add, remove and change per
 * firewall, the flows added, removed and changed, and the edits that caused them.
 */
final class ChangesSection {
    /** Enough to act on; changes.csv has every flow. */
    static final int SHOWN = 500;

    private final RevisionDiff diff;
    private final String since;

    ChangesSection(RevisionDiff diff, String since) {
        this.diff = diff;
        this.since = since;
    }

    void appendTo(Element body) {
        Element s = body.appendElement("section").addClass("changes").attr("id", "changes");
        s.appendElement("h2").text("Changes since revision " + SafeText.shown(since));
        s.appendElement("p").addClass("verdict").text(SafeText.shown(DiffText.verdict(diff)) + ".");
        s.appendElement("p")
                .addClass("note")
                .text("Rules and flows are compared by content (interfaces, service, "
                        + "addresses), not by rule number. changes.csv lists every flow added or removed.");
        for (FirewallDiff f : diff.firewalls()) {
            firewall(s, f);
        }
        flows(s, "Flows added", "add", diff.added());
        flows(s, "Flows removed", "remove", diff.removed());
        if (!diff.changed().isEmpty()) {
            s.appendElement("h3").text("Flows changed (" + diff.changed().size() + ")");
            Element tbody = table(s, "flows", "Rule", "Source", "Destination", "Port", "What changed");
            for (FlowChange ch :
                    diff.changed().subList(0, Math.min(diff.changed().size(), SHOWN))) {
                Flow f = ch.after().flow();
                row(tbody, null, f.ruleId(), f.source().label(), f.destination().label(), f.portLabel(), ch.what());
            }
        }
        s.appendElement("h3").text("What changed in the plan");
        Element ul = s.appendElement("ul").addClass("causes");
        if (diff.causes().isEmpty()) {
            ul.appendElement("li").text("Nothing: the two revisions describe the same site.");
        }
        for (Cause c : diff.effective()) {
            ul.appendElement("li").text(SafeText.shown(c.text()));
        }
        for (Cause c : diff.cosmetic()) {
            ul.appendElement("li")
                    .addClass("cosmetic")
                    .text(SafeText.shown(c.text()) + " (no change for the firewall team)");
        }
    }

    private static void firewall(Element s, FirewallDiff f) {
        s.appendElement("h3").text("Firewall " + SafeText.shown(f.firewallId()) + ": " + SafeText.shown(f.name()));
        Element tbody = table(s, "rules", "Change", "In", "Out", "Transport", "Ports", "Sources", "Destinations");
        for (RuleContent r : f.added()) {
            rule(tbody, "add", "add rule", r, String.join(" ", r.sources()), String.join(" ", r.destinations()));
        }
        for (RuleContent r : f.removed()) {
            rule(tbody, "remove", "remove rule", r, String.join(" ", r.sources()), String.join(" ", r.destinations()));
        }
        for (RuleChange ch : f.changed()) {
            rule(tbody, "change", "change members", ch.after(), ch.sourcesColumn(), ch.destinationsColumn());
        }
    }

    private static void rule(
            Element tbody, String css, String change, RuleContent r, String sources, String destinations) {
        row(tbody, css, change, r.inInterface(), r.outInterface(), r.transport(), r.ports(), sources, destinations);
    }

    private static void flows(Element s, String title, String change, List<FlowSide> flows) {
        if (flows.isEmpty()) {
            return;
        }
        s.appendElement("h3").text(title + " (" + flows.size() + ")");
        if (flows.size() > SHOWN) {
            s.appendElement("p").addClass("note").text("The first " + SHOWN + " are listed; changes.csv has all.");
        }
        Element tbody = table(s, "flows", "Change", "Rule", "Source", "Destination", "Port", "Firewalls");
        for (FlowSide fs : flows.subList(0, Math.min(flows.size(), SHOWN))) {
            Flow f = fs.flow();
            row(
                    tbody,
                    change,
                    change,
                    f.ruleId(),
                    f.source().label(),
                    f.destination().label(),
                    f.portLabel(),
                    fs.route().sourceZone() == null ? "\u2013" : fs.route().firewallsText());
        }
    }

    private static Element table(Element s, String css, String... columns) {
        Element table = s.appendElement("table").addClass(css);
        Element tr = table.appendElement("thead").appendElement("tr");
        for (String c : columns) {
            tr.appendElement("th").attr("scope", "col").text(c);
        }
        return table.appendElement("tbody");
    }

    /** A row; the first cell gets the class {@code css} (add, remove, change) when given. */
    private static void row(Element tbody, String css, String... cells) {
        Element tr = tbody.appendElement("tr");
        for (int i = 0; i < cells.length; i++) {
            Element td = tr.appendElement("td").text(SafeText.shown(cells[i]));
            if (i == 0 && css != null) {
                td.addClass(css);
            }
        }
    }
}
