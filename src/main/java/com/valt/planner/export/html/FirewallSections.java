package com.valt.planner.export.html;

import com.valt.planner.domain.Firewall;
import com.valt.planner.domain.FirewallInterface;
import com.valt.planner.domain.Site;
import com.valt.planner.domain.Zone;
import com.valt.planner.engine.Flow;
import com.valt.planner.engine.FlowResult;
import com.valt.planner.export.PlatformFile;
import com.valt.planner.export.RulesCsv;
import com.valt.planner.export.text.SafeText;
import com.valt.planner.ruleset.AddressObject;
import com.valt.planner.ruleset.FirewallRule;
import com.valt.planner.ruleset.FirewallRuleSet;
import com.valt.planner.ruleset.RuleSets;
import com.valt.planner.syntax.PlatformNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Element;

/**
 * On a site with zones: the zone list, a section per firewall (interfaces and zones, objects, rules
 * with their numbers, catalog rules and flow counts, the exceptions) and the flows no path joins.
 */
final class FirewallSections {
    static final String[] RULE_COLUMNS = {
        "#", "In", "Out", "Transport", "Sources", "Destinations", "Ports", "Catalog rules", "Flows"
    };

    /** Enough to act on; the complete list is in flows.csv. */
    static final int SHOWN = 500;

    private final FlowResult result;
    private final RuleSets sets;
    private final Map<String, PlatformNames> names;

    /** @param names the names each firewall's platform file uses, by firewall id (a firewall without one: the plan's) */
    FirewallSections(FlowResult result, RuleSets sets, Map<String, PlatformNames> names) {
        this.result = result;
        this.sets = sets;
        this.names = names;
    }

    void appendTo(Element body) {
        Site site = result.site();
        if (!site.hasZones()) {
            return;
        }
        zones(body, site);
        for (Firewall fw : site.firewalls()) {
            firewall(body, fw, sets.set(fw.id()), names.getOrDefault(fw.id(), PlatformNames.NONE));
        }
        unroutable(body);
    }

    private static void zones(Element body, Site site) {
        body.appendElement("h2").attr("id", "zones").text("Zones");
        Element table = body.appendElement("table").addClass("zones");
        head(table, "Zone", "Name", "VLAN", "Networks");
        Element tbody = table.appendElement("tbody");
        for (Zone z : site.zones()) {
            Element tr = tbody.appendElement("tr");
            tr.appendElement("td").text(SafeText.shown(z.id()));
            tr.appendElement("td").appendElement("bdi").text(SafeText.shown(z.displayName()));
            tr.appendElement("td").text(z.vlan() == null ? "\u2013" : z.vlan().toString());
            tr.appendElement("td")
                    .addClass("addr")
                    .text(z.networks().isEmpty() ? "none" : SafeText.shown(String.join(" ", z.networks())));
        }
        Element tr = tbody.appendElement("tr");
        tr.appendElement("td").text(Zone.INTERNET);
        tr.appendElement("td").text("Everything outside the site (built in)");
        tr.appendElement("td").text("\u2013");
        tr.appendElement("td").addClass("addr").text("every address in no zone, and outside hosts by name");
    }

    private void firewall(Element body, Firewall fw, Optional<FirewallRuleSet> set, PlatformNames names) {
        String file = PlatformFile.syntaxFile(fw).orElse(null);
        body.appendElement("h2")
                .attr("id", "firewall-" + fw.id())
                .text("Firewall " + SafeText.shown(fw.id()) + ": " + SafeText.shown(fw.displayName()));
        body.appendElement("p")
                .addClass("note")
                .text("Platform: " + fw.platform().id()
                        + (fw.platform().filters()
                                ? "; files: " + com.valt.planner.export.PlatformFile.names(fw)
                                : " (routes between its zones and filters nothing: no rules)"));
        body.appendElement("h3").text("Interfaces");
        Element table = body.appendElement("table").addClass("interfaces");
        boolean renamedInterface =
                fw.interfaces().stream().anyMatch(i -> !names.iface(i.name()).equals(i.name()));
        if (renamedInterface) {
            head(table, "Interface", "Zone", "Vendor zone", "In " + file);
        } else {
            head(table, "Interface", "Zone", "Vendor zone");
        }
        Element tbody = table.appendElement("tbody");
        for (FirewallInterface i : fw.interfaces()) {
            Element tr = tbody.appendElement("tr");
            tr.appendElement("td").text(SafeText.shown(i.name()));
            tr.appendElement("td").text(SafeText.shown(i.zone()));
            tr.appendElement("td").text(i.vendorZone() == null ? "\u2013" : SafeText.shown(i.vendorZone()));
            if (renamedInterface) {
                tr.appendElement("td").addClass("platform-name").text(names.iface(i.name()));
            }
        }
        if (set.isEmpty()) {
            return;
        }
        List<FirewallRule> rules = set.get().rules();
        int flows = rules.stream().mapToInt(FirewallRule::flows).sum();
        body.appendElement("h3").text("Rules");
        body.appendElement("p")
                .addClass("note")
                .text(rules.size() + (rules.size() == 1 ? " rule" : " rules")
                        + " for " + flows + (flows == 1 ? " flow" : " flows")
                        + ", in this order. Each allows every source "
                        + "to every destination on every port listed, entering through In and leaving through Out; replies "
                        + "are the firewall's established/related handling. Together they allow exactly the flows that "
                        + "cross this firewall, except as noted below. "
                        + PlatformFile.namesNote(fw, file, names));
        if (rules.isEmpty()) {
            body.appendElement("p").addClass("empty").text("No flow crosses this firewall.");
            return;
        }
        boolean ruleNames = !names.rules().isEmpty();
        boolean services = !names.services().isEmpty();
        Element rt = body.appendElement("table").addClass("rules");
        List<String> columns = new ArrayList<>(List.of(RULE_COLUMNS));
        if (ruleNames) {
            columns.add(1, "Name");
        }
        if (services) {
            columns.add(columns.indexOf("Ports"), "Service");
        }
        head(rt, columns.toArray(String[]::new));
        Element rbody = rt.appendElement("tbody");
        for (FirewallRule r : rules) {
            Element tr = rbody.appendElement("tr").attr("data-rule", Integer.toString(r.number()));
            tr.appendElement("td").addClass("num").text(Integer.toString(r.number()));
            if (ruleNames) {
                tr.appendElement("td").addClass("platform-name").text(names.rule(r.name(), r.name()));
            }
            tr.appendElement("td").text(SafeText.shown(names.iface(r.inInterface())));
            tr.appendElement("td").text(SafeText.shown(names.iface(r.outInterface())));
            tr.appendElement("td").text(r.transport());
            tr.appendElement("td")
                    .text(String.join(
                            " ", names.address(r.sources().name(), r.sources().name())));
            tr.appendElement("td")
                    .text(String.join(
                            " ",
                            names.address(
                                    r.destinations().name(), r.destinations().name())));
            if (services) {
                tr.appendElement("td")
                        .addClass("platform-name")
                        .text(names.service(r.service().name(), r.service().name()));
            }
            tr.appendElement("td").addClass("port").text(RulesCsv.ports(r));
            tr.appendElement("td").text(r.catalogRulesText());
            tr.appendElement("td").addClass("count").text(Integer.toString(r.flows()));
        }
        body.appendElement("h3").text("Objects");
        Element ot = body.appendElement("table").addClass("objects");
        List<AddressObject> objects = set.get().addressObjects();
        boolean renamed = objects.stream()
                .anyMatch(o -> !names.address(o.name(), o.name()).equals(List.of(o.name())));
        if (renamed) {
            head(ot, "Name in " + file, "Plan name (CSV)", "Kind", "Members");
        } else {
            head(ot, "Name", "Kind", "Members");
        }
        Element obody = ot.appendElement("tbody");
        for (AddressObject o : objects) {
            Element tr = obody.appendElement("tr");
            if (renamed) {
                tr.appendElement("td")
                        .addClass("platform-name")
                        .text(String.join(" ", names.address(o.name(), o.name())));
            }
            tr.appendElement("td").text(o.name());
            tr.appendElement("td").text(o.isHostNames() ? "host names" : "addresses");
            // every member: the object is what the firewall team types in (cleaned, never cut)
            tr.appendElement("td").addClass("members").text(SafeText.clean(String.join(" ", o.members())));
        }
        List<String> exceptions = new ArrayList<>();
        for (FirewallRule r : rules) {
            for (String n : r.notes()) {
                exceptions.add("Rule " + r.number() + ": " + SafeText.shown(n) + ".");
            }
        }
        if (!exceptions.isEmpty()) {
            body.appendElement("h3").text("Exceptions to address-exact rules");
            Element ul = body.appendElement("ul").addClass("exceptions");
            exceptions.forEach(e -> ul.appendElement("li").text(e));
        }
    }

    private void unroutable(Element body) {
        List<Flow> flows = sets.unroutable();
        body.appendElement("h2").attr("id", "unroutable").text("Flows with no path");
        if (flows.isEmpty()) {
            body.appendElement("p").addClass("empty").text("Every flow has a path through the zones.");
            return;
        }
        body.appendElement("p")
                .addClass("note")
                .text(flows.size() + (flows.size() == 1 ? " flow joins" : " flows join")
                        + " zones that no firewall or router joins: no rule allows them. Add a firewall interface on each "
                        + "zone, or move the devices."
                        + (flows.size() > SHOWN
                                ? " The first " + SHOWN + " are listed; "
                                        + "flows.csv has all (firewalls column: no-path)."
                                : ""));
        Element table = body.appendElement("table").addClass("flows");
        head(table, "Rule", "Source", "Destination", "Port");
        Element tbody = table.appendElement("tbody");
        for (Flow f : flows.subList(0, Math.min(flows.size(), SHOWN))) {
            Element tr = tbody.appendElement("tr");
            tr.appendElement("td").text(f.ruleId());
            tr.appendElement("td")
                    .appendElement("bdi")
                    .text(SafeText.shown(f.source().label()));
            tr.appendElement("td")
                    .appendElement("bdi")
                    .text(SafeText.shown(f.destination().label()));
            tr.appendElement("td").addClass("port").text(f.portLabel());
        }
    }

    private static void head(Element table, String... columns) {
        Element tr = table.appendElement("thead").appendElement("tr");
        for (String c : columns) {
            tr.appendElement("th").attr("scope", "col").text(c);
        }
    }
}
