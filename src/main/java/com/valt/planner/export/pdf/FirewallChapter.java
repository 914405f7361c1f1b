package com.valt.planner.export.pdf;

import com.valt.planner.domain.Firewall;
import com.valt.planner.domain.FirewallInterface;
import com.valt.planner.domain.Site;
import com.valt.planner.domain.Zone;
import com.valt.planner.engine.Flow;
import com.valt.planner.export.ExportInput;
import com.valt.planner.export.PlatformFile;
import com.valt.planner.export.RulesCsv;
import com.valt.planner.export.text.SafeText;
import com.valt.planner.ruleset.AddressObject;
import com.valt.planner.ruleset.FirewallRule;
import com.valt.planner.ruleset.FirewallRuleSet;
import com.valt.planner.ruleset.RuleSets;
import com.valt.planner.syntax.PlatformNames;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * On a site with zones: the zones, a chapter per firewall (interfaces and zones, rules with their
 * numbers, catalog rules and flow counts, objects, the exceptions), and the flows no path joins.
 */
final class FirewallChapter {
    static final float[] RULE_WIDTHS = {0.04f, 0.08f, 0.08f, 0.07f, 0.2f, 0.2f, 0.13f, 0.13f, 0.07f};
    /** Objects are long address lists: a size smaller than the other tables, as the inventory's. */
    static final float OBJECTS_SIZE = 7f;
    /** With a column for the platform's rule names (FortiGate policies, PAN-OS rules, ASA access lists). */
    static final float[] NAMED_RULE_WIDTHS = {0.2f, 0.06f, 0.06f, 0.065f, 0.14f, 0.14f, 0.165f, 0.11f, 0.06f};
    /** Enough to act on; the complete list is in flows.csv (its firewalls column says "no-path"). */
    static final int UNROUTABLE_SHOWN = 500;

    private FirewallChapter() {}

    /**
     * Whether the firewall chapters take the place of the flow list: on a site with zones and a filtering
     * firewall, each firewall's rules are what its team acts on (flows.csv keeps every flow).
     */
    static boolean replacesFlows(Site site, RuleSets sets) {
        return site.hasZones() && !sets.sets().isEmpty();
    }

    static void write(Blocks b, PdfCanvas c, ExportInput input) throws IOException {
        Site site = input.result().site();
        RuleSets sets = input.ruleSets();
        if (!site.hasZones()) {
            return;
        }
        zones(b, c, site, sets, input.result().flows().size());
        Map<String, PlatformNames> names = input.platformNames();
        for (Firewall fw : site.firewalls()) {
            firewall(b, c, fw, sets.set(fw.id()), names.getOrDefault(fw.id(), PlatformNames.NONE));
        }
        if (!sets.unroutable().isEmpty()) {
            unroutable(b, c, sets.unroutable());
        }
    }

    private static void zones(Blocks b, PdfCanvas c, Site site, RuleSets sets, int flows) throws IOException {
        b.chapter("Zones");
        if (replacesFlows(site, sets)) {
            Set<Integer> crossing = new HashSet<>();
            for (FirewallRuleSet set : sets.sets()) {
                sets.carried(set.firewall().id()).forEach(f -> crossing.add(f.order()));
            }
            int within = flows
                    - crossing.size()
                    - sets.unroutable().size()
                    - sets.unwritable().size();
            b.para(String.format(
                    "The site needs %,d flows. %,d cross a filtering firewall: the chapter of each firewall gives the"
                            + " rules that allow them, as its platform file writes them. %,d stay within one zone or"
                            + " pass only routers and need no rule.%s%s Every flow, one a line, is in flows.csv.",
                    flows,
                    crossing.size(),
                    within,
                    sets.unroutable().isEmpty()
                            ? ""
                            : String.format(
                                    " %,d have no path (see \u201cFlows with no path\u201d).",
                                    sets.unroutable().size()),
                    sets.unwritable().isEmpty()
                            ? ""
                            : String.format(
                                    " %,d have an end no rule can name (a device without an address in a zone without"
                                            + " networks): see the summary's findings.",
                                    sets.unwritable().size())));
        }
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

    private static void firewall(Blocks b, PdfCanvas c, Firewall fw, Optional<FirewallRuleSet> set, PlatformNames names)
            throws IOException {
        b.chapter("Firewall " + SafeText.shown(fw.id()) + ": " + SafeText.shown(fw.displayName()), true);
        b.field(
                "Platform",
                fw.platform().id()
                        + (fw.platform().filters() ? "" : " (routes between its zones and filters nothing: no rules)"));
        if (fw.platform().filters()) {
            b.field("Files", SafeText.shown(PlatformFile.names(fw)));
        }
        String file = PlatformFile.syntaxFile(fw).orElse(null);
        c.y += 4;
        boolean renamedInterface =
                fw.interfaces().stream().anyMatch(i -> !names.iface(i.name()).equals(i.name()));
        List<String> ih = new ArrayList<>(List.of("Interface", "Zone", "Vendor zone"));
        if (renamedInterface) {
            ih.add("In " + file);
        }
        PdfTable it = new PdfTable(
                ih,
                renamedInterface ? new float[] {0.25f, 0.25f, 0.25f, 0.25f} : new float[] {0.3f, 0.35f, 0.35f},
                Style.TABLE);
        for (FirewallInterface i : fw.interfaces()) {
            List<String> cells = new ArrayList<>(List.of(
                    SafeText.shown(i.name()),
                    SafeText.shown(i.zone()),
                    i.vendorZone() == null ? "\u2013" : SafeText.shown(i.vendorZone())));
            if (renamedInterface) {
                cells.add(names.iface(i.name()));
            }
            it.rowOf(cells.toArray(String[]::new));
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
                        + "except as noted under Exceptions. "
                        + PlatformFile.namesNote(fw, file, names),
                8.5f,
                Style.MUTED,
                false,
                0);
        if (rules.isEmpty()) {
            b.para("No flow crosses this firewall.");
            return;
        }
        boolean services = !names.services().isEmpty();
        boolean ruleNames = !names.rules().isEmpty();
        PdfTable rt = new PdfTable(
                        List.of(
                                ruleNames ? "# and name" : "#",
                                "In",
                                "Out",
                                "Transport",
                                "Sources",
                                "Destinations",
                                services ? "Service and ports" : "Ports",
                                "Catalog rules",
                                "Flows"),
                        ruleNames ? NAMED_RULE_WIDTHS : RULE_WIDTHS,
                        Style.TABLE)
                .compact();
        for (FirewallRule r : rules) {
            String ports = RulesCsv.ports(r);
            rt.rowOf(
                    ruleNames ? r.number() + "\n" + names.rule(r.name(), r.name()) : Integer.toString(r.number()),
                    SafeText.shown(names.iface(r.inInterface())),
                    SafeText.shown(names.iface(r.outInterface())),
                    r.transport(),
                    String.join(
                            "\n", names.address(r.sources().name(), r.sources().name())),
                    String.join(
                            "\n",
                            names.address(
                                    r.destinations().name(), r.destinations().name())),
                    services ? names.service(r.service().name(), r.service().name()) + "\n" + ports : ports,
                    r.catalogRulesText(),
                    Integer.toString(r.flows()));
        }
        rt.draw(c, 1);
        b.heading("Objects");
        List<AddressObject> objects = set.get().addressObjects();
        boolean renamed = objects.stream()
                .anyMatch(o -> !names.address(o.name(), o.name()).equals(List.of(o.name())));
        PdfTable ot = new PdfTable(
                        List.of(renamed ? "Name in " + file + " (plan name, as in the CSV)" : "Name", "Members"),
                        new float[] {0.26f, 0.74f},
                        OBJECTS_SIZE)
                .compact();
        for (AddressObject o : objects) {
            String name = String.join("\n", names.address(o.name(), o.name()));
            if (!name.equals(o.name())) {
                name += " (" + o.name() + ")";
            }
            ot.rowOf(name, members(o));
        }
        ot.draw(c, 1);
        // One line per exception, naming every rule it applies to (a campus has the same one on dozens).
        Map<String, List<Integer>> exceptions = new LinkedHashMap<>();
        for (FirewallRule r : rules) {
            for (String n : r.notes()) {
                exceptions.computeIfAbsent(n, k -> new ArrayList<>()).add(r.number());
            }
        }
        if (!exceptions.isEmpty()) {
            // kept with its first lines only: a short list should not start a page of its own
            b.heading("Exceptions", Math.min(3, exceptions.size()) * Style.BODY * 1.35f + 4);
            for (Map.Entry<String, List<Integer>> e : exceptions.entrySet()) {
                List<Integer> numbers = e.getValue();
                String tag = (numbers.size() == 1 ? "Rule " : "Rules ") + ranges(numbers);
                String note = SafeText.shown(e.getKey()) + ".";
                if (tag.length() <= 24) {
                    b.bullet(tag, Style.NOTE_INK, note);
                } else {
                    b.bullet(null, Style.NOTE_INK, tag + ": " + note);
                }
            }
        }
    }

    /** "3, 5\u20138, 12": ascending numbers with runs folded. */
    static String ranges(List<Integer> numbers) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < numbers.size(); ) {
            int j = i;
            while (j + 1 < numbers.size() && numbers.get(j + 1) == numbers.get(j) + 1) {
                j++;
            }
            parts.add(j > i ? numbers.get(i) + "\u2013" + numbers.get(j) : Integer.toString(numbers.get(i)));
            i = j + 1;
        }
        return String.join(", ", parts);
    }

    /**
     * Every member, as the firewall team types it: a single address without its /32 or /128 (as nftables, ASA
     * and the vendors' host entries write it). Cleaned of control characters, never cut.
     */
    static String members(AddressObject o) {
        List<String> out = new ArrayList<>();
        for (String m : o.members()) {
            String host = m.contains(":") ? "/128" : "/32";
            out.add(!o.isHostNames() && m.endsWith(host) ? m.substring(0, m.length() - host.length()) : m);
        }
        return SafeText.clean(String.join(" ", out));
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
