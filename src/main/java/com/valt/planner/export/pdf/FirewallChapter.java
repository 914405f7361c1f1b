package com.valt.planner.export.pdf;

import com.valt.planner.domain.Firewall;
import com.valt.planner.domain.FirewallInterface;
import com.valt.planner.domain.Site;
import com.valt.planner.domain.Zone;
import com.valt.planner.engine.Flow;
import com.valt.planner.export.PlatformFile;
import com.valt.planner.export.RulesCsv;
import com.valt.planner.export.text.SafeText;
import com.valt.planner.ruleset.AddressObject;
import com.valt.planner.ruleset.FirewallRule;
import com.valt.planner.ruleset.FirewallRuleSet;
import com.valt.planner.ruleset.RuleSets;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * On a site with zones: the zones, a chapter per firewall (interfaces and zones, rules with their
 * numbers, catalog rules and flow counts, objects, the exceptions), and the flows no path joins.
 */
final class FirewallChapter {
    static final float[] RULE_WIDTHS = {0.04f, 0.08f, 0.08f, 0.07f, 0.2f, 0.2f, 0.13f, 0.13f, 0.07f};
    /** Enough to act on; the complete list is in flows.csv (its firewalls column says "no-path"). */
    static final int UNROUTABLE_SHOWN = 500;

    private FirewallChapter() {}

    static void write(Blocks b, PdfCanvas c, Site site, RuleSets sets) throws IOException {
        if (!site.hasZones()) {
            return;
        }
        zones(b, c, site, sets);
        for (Firewall fw : site.firewalls()) {
            firewall(b, c, fw, sets.set(fw.id()));
        }
        if (!sets.unroutable().isEmpty()) {
            unroutable(b, c, sets.unroutable());
        }
    }

    private static void zones(Blocks b, PdfCanvas c, Site site, RuleSets sets) throws IOException {
        b.chapter("Zones");
        b.para(
                "The customer's network zones. A device is in the zone its site entry names, or else the zone with the "
                        + "longest network containing its address; everything else is in the built-in zone internet.",
                8.5f,
                Style.MUTED,
                false,
                0);
        PdfTable t = new PdfTable(
                List.of("Zone", "Name", "VLAN", "Networks"), new float[] {0.16f, 0.3f, 0.08f, 0.46f}, Style.TABLE);
        for (Zone z : site.zones()) {
            t.rowOf(
                    SafeText.shown(z.id()),
                    SafeText.shown(z.displayName()),
                    z.vlan() == null ? "\u2013" : z.vlan().toString(),
                    z.networks().isEmpty() ? "none" : SafeText.shown(String.join(" ", z.networks())));
        }
        t.rowOf(
                Zone.INTERNET,
                "Everything outside the site (built in)",
                "\u2013",
                "every address in no zone, and outside hosts by name");
        t.draw(c, 1);
        b.para(
                sets.unroutable().isEmpty()
                        ? "Every flow has a path through the zones."
                        : sets.unroutable().size() + " flows have no path: see \u201cFlows with no path\u201d.");
    }

    private static void firewall(Blocks b, PdfCanvas c, Firewall fw, Optional<FirewallRuleSet> set) throws IOException {
        b.chapter("Firewall " + SafeText.shown(fw.id()) + ": " + SafeText.shown(fw.displayName()), true);
        b.field(
                "Platform",
                fw.platform().id()
                        + (fw.platform().filters() ? "" : " (routes between its zones and filters nothing: no rules)"));
        if (fw.platform().filters()) {
            b.field("Files", SafeText.shown(PlatformFile.names(fw)));
        }
        c.y += 4;
        PdfTable it = new PdfTable(
                List.of("Interface", "Zone", "Vendor zone"), new float[] {0.3f, 0.35f, 0.35f}, Style.TABLE);
        for (FirewallInterface i : fw.interfaces()) {
            it.rowOf(
                    SafeText.shown(i.name()),
                    SafeText.shown(i.zone()),
                    i.vendorZone() == null ? "\u2013" : SafeText.shown(i.vendorZone()));
        }
        it.draw(c, 1);
        if (set.isEmpty()) {
            return;
        }
        List<FirewallRule> rules = set.get().rules();
        int flows = rules.stream().mapToInt(FirewallRule::flows).sum();
        b.heading("Rules");
        b.para(
                rules.size() + (rules.size() == 1 ? " rule" : " rules") + " for " + flows
                        + (flows == 1 ? " flow" : " flows")
                        + ", in this order. Each allows every source to every destination "
                        + "on every port listed, entering through In and leaving through Out; replies are the firewall's "
                        + "established/related handling. Together they allow exactly the flows that cross this firewall, "
                        + "except as noted under Exceptions.",
                8.5f,
                Style.MUTED,
                false,
                0);
        if (rules.isEmpty()) {
            b.para("No flow crosses this firewall.");
            return;
        }
        PdfTable rt = new PdfTable(
                List.of("#", "In", "Out", "Transport", "Sources", "Destinations", "Ports", "Catalog rules", "Flows"),
                RULE_WIDTHS,
                Style.TABLE);
        for (FirewallRule r : rules) {
            rt.rowOf(
                    Integer.toString(r.number()),
                    SafeText.shown(r.inInterface()),
                    SafeText.shown(r.outInterface()),
                    r.transport(),
                    r.sources().name(),
                    r.destinations().name(),
                    RulesCsv.ports(r),
                    r.catalogRulesText(),
                    Integer.toString(r.flows()));
        }
        rt.draw(c, 1);
        b.heading("Objects");
        PdfTable ot =
                new PdfTable(List.of("Name", "Kind", "Members"), new float[] {0.2f, 0.1f, 0.7f}, Style.TABLE).compact();
        for (AddressObject o : set.get().addressObjects()) {
            ot.rowOf(
                    o.name(),
                    o.isHostNames() ? "host names" : "addresses",
                    SafeText.shown(String.join(" ", o.members())));
        }
        ot.draw(c, 1);
        boolean any = rules.stream().anyMatch(r -> !r.notes().isEmpty());
        if (any) {
            b.heading("Exceptions");
            for (FirewallRule r : rules) {
                for (String n : r.notes()) {
                    b.bullet("Rule " + r.number(), Style.NOTE_INK, SafeText.shown(n) + ".");
                }
            }
        }
    }

    private static void unroutable(Blocks b, PdfCanvas c, List<Flow> flows) throws IOException {
        b.chapter("Flows with no path");
        b.para(
                flows.size() + (flows.size() == 1 ? " flow joins" : " flows join")
                        + " zones that no firewall or router "
                        + "joins: no rule allows them. Add a firewall interface on each zone, or move the devices."
                        + (flows.size() > UNROUTABLE_SHOWN
                                ? " The first " + UNROUTABLE_SHOWN + " are listed; flows.csv has all "
                                        + "(firewalls column: no-path)."
                                : ""),
                8.5f,
                Style.MUTED,
                false,
                0);
        PdfTable t = new PdfTable(
                        List.of("Rule", "Source", "Destination", "Port"),
                        new float[] {0.08f, 0.39f, 0.39f, 0.14f},
                        Style.TABLE)
                .compact();
        for (Flow f : flows.subList(0, Math.min(flows.size(), UNROUTABLE_SHOWN))) {
            t.rowOf(
                    f.ruleId(),
                    SafeText.shown(f.source().label()),
                    SafeText.shown(f.destination().label()),
                    f.portLabel());
        }
        t.draw(c, 1);
    }
}
