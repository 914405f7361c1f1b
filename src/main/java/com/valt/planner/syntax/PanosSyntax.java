package com.valt.planner.syntax;

import com.valt.planner.domain.Platform;
import com.valt.planner.domain.Site;
import com.valt.planner.ruleset.AddressObject;
import com.valt.planner.ruleset.FirewallRule;
import com.valt.planner.ruleset.FirewallRuleSet;
import com.valt.planner.ruleset.PortRange;
import com.valt.planner.ruleset.ServiceObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * PAN-OS set commands: an address per CIDR block or host name, a static address group per object,
 * a service per port list (one protocol each, as PAN-OS requires), and a security rule per
 * aggregated rule from zone to zone with application any (the ports are the plan's, not App-ID's).
 */
public final class PanosSyntax implements RuleSyntax {
    private static final Set<String> RESERVED = Set.of("any", "application-default", "none", "all");
    static final int NAME_MAX = 63;
    static final int ZONE_MAX = 31;

    @Override
    public Platform platform() {
        return Platform.PANOS;
    }

    @Override
    public String fileSuffix() {
        return ".panos.txt";
    }

    @Override
    public Written render(Site site, FirewallRuleSet set) {
        PlatformNames.Recorder names = new PlatformNames.Recorder();
        NameTable objects = new NameTable(NAME_MAX, "-_.", '_', RESERVED);
        NameTable rules = new NameTable(NAME_MAX, "-_.", '_', RESERVED);
        Interfaces zones = new Interfaces(ZONE_MAX, "-_.");
        Map<String, String> addresses = new LinkedHashMap<>();
        StringBuilder groups = new StringBuilder();
        for (AddressObject o : set.addressObjects()) {
            List<String> members = new ArrayList<>();
            if (o.isHostNames()) {
                for (String host : o.members()) {
                    String n = objects.name("fqdn " + host, "f-" + host);
                    addresses.putIfAbsent(n, "fqdn " + AsaSyntax.safeHost(host));
                    members.add(n);
                }
            } else {
                for (boolean v6 : new boolean[] {false, true}) {
                    for (Cidr c : Cidr.disjoint(o.members(), v6)) {
                        String n = objects.name("net " + c.text(), "n-" + c.text());
                        addresses.putIfAbsent(n, "ip-netmask " + c.text());
                        members.add(n);
                    }
                }
            }
            groups.append("set address-group ")
                    .append(objects.name("group " + o.name(), o.name()))
                    .append(" static [ ")
                    .append(String.join(" ", members))
                    .append(" ]\n");
            if (o.note() != null) {
                groups.append("set address-group ")
                        .append(objects.name("group " + o.name(), o.name()))
                        .append(" description \"")
                        .append(Text.safe(o.note(), 1000))
                        .append("\"\n");
            }
        }
        StringBuilder b = new StringBuilder();
        addresses.forEach((name, value) ->
                b.append("set address ").append(name).append(' ').append(value).append('\n'));
        b.append(groups);
        for (ServiceObject s : set.serviceObjects()) {
            b.append("set service ")
                    .append(objects.name("service " + s.name(), s.name()))
                    .append(" protocol ")
                    .append(s.transport().toLowerCase(Locale.ROOT))
                    .append(" port ")
                    .append(s.ports().stream().map(PortRange::text).collect(Collectors.joining(",")))
                    .append('\n');
        }
        for (FirewallRule r : set.rules()) {
            String comment =
                    r.catalogRulesText() + (r.notes().isEmpty() ? "" : " (" + String.join(", ", r.notes()) + ")");
            b.append("set rulebase security rules ")
                    .append(names.rule(r.name(), rules.name(r.name())))
                    .append(" from ")
                    .append(names.iface(r.inInterface(), zones.zone(FortiGateSyntax.iface(set, r.inInterface()))))
                    .append(" to ")
                    .append(names.iface(r.outInterface(), zones.zone(FortiGateSyntax.iface(set, r.outInterface()))))
                    .append(" source [ ")
                    .append(names.address(
                            r.sources().name(),
                            objects.name(
                                    "group " + r.sources().name(), r.sources().name())))
                    .append(" ] destination [ ")
                    .append(names.address(
                            r.destinations().name(),
                            objects.name(
                                    "group " + r.destinations().name(),
                                    r.destinations().name())))
                    .append(" ] source-user any application any service [ ")
                    .append(names.service(
                            r.service().name(),
                            objects.name(
                                    "service " + r.service().name(), r.service().name())))
                    .append(" ] action allow description \"")
                    .append(Text.safe(comment, 1000))
                    .append("\"\n");
        }
        String header = new Header(site, set, "PAN-OS")
                .add(
                        "Load: in configuration mode (configure), paste the set lines (not the comment lines), then commit."
                                + " Objects with these names are replaced. Rules are added at the bottom of the rulebase.")
                .add(
                        "Merge: move the new rules above any broader deny rule (move rulebase security rules NAME"
                                + " before ...). PAN-OS denies inter-zone traffic no rule allows. Replies are allowed by the session.")
                .add(
                        "Zones are the vendor zones of the interfaces, else the zone ids of the plan. They must exist on the device.")
                .notes(set)
                .renamed(zones)
                .text("#");
        return new Written(header + b, names.names());
    }
}
