package com.valt.planner.ruleset;

import com.valt.planner.catalog.Rule;
import com.valt.planner.domain.Device;
import com.valt.planner.domain.Firewall;
import com.valt.planner.domain.Platform;
import com.valt.planner.domain.Site;
import com.valt.planner.domain.Zone;
import com.valt.planner.engine.Endpoint;
import com.valt.planner.engine.EndpointType;
import com.valt.planner.engine.Finding;
import com.valt.planner.engine.Flow;
import com.valt.planner.engine.FlowResult;
import com.valt.planner.engine.Hop;
import com.valt.planner.engine.Route;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The rule set of every filtering firewall of a site, from the engine's result: each flow goes to the
 * firewalls its routes cross, with the interfaces of each hop, and each firewall's flows are folded by
 * {@link Aggregator}. Reads the result; computes no flows.
 */
public final class RuleSets {
    private final List<FirewallRuleSet> sets;
    private final Map<String, List<CarriedFlow>> carried;
    private final List<Flow> unroutable;
    private final List<Flow> unwritable;
    private final List<Finding> findings;

    private RuleSets(
            List<FirewallRuleSet> sets,
            Map<String, List<CarriedFlow>> carried,
            List<Flow> unroutable,
            List<Flow> unwritable,
            List<Finding> findings) {
        this.sets = List.copyOf(sets);
        this.carried = carried;
        this.unroutable = List.copyOf(unroutable);
        this.unwritable = List.copyOf(unwritable);
        this.findings = List.copyOf(findings);
    }

    public static RuleSets of(FlowResult result) {
        return of(result, result::route);
    }

    /** With the routes given (tests route by hand); a flow's route may depend on its two ends only. */
    static RuleSets of(FlowResult result, Function<Flow, Route> routes) {
        Site site = result.site();
        Map<String, Integer> ruleOrder = new HashMap<>();
        List<Rule> catalogRules = result.catalog().rules();
        for (int i = 0; i < catalogRules.size(); i++) {
            ruleOrder.putIfAbsent(catalogRules.get(i).id(), i);
        }
        Map<String, List<CarriedFlow>> byFirewall = new LinkedHashMap<>();
        for (Firewall fw : site.firewalls()) {
            if (fw.platform().filters()) {
                byFirewall.put(fw.id(), new ArrayList<>());
            }
        }
        List<Flow> unroutable = new ArrayList<>();
        List<Flow> unwritable = new ArrayList<>();
        Ends ends = new Ends(site);
        // Flows come in runs of one (source, destination) pair within a section and share few routes: a run's
        // route, hops and ends are looked up once, and each route's hops once.
        Map<Route, List<Hop>> hopsOf = new IdentityHashMap<>();
        Flow previous = null;
        Route route = null;
        List<Hop> hops = List.of();
        Match src = null;
        Match dst = null;
        String lastRuleId = null;
        int order = 0;
        List<Flow> flows = result.flows();
        for (int i = 0; i < flows.size(); i++) {
            Flow flow = flows.get(i);
            if (previous == null
                    || flow.source() != previous.source()
                    || flow.destination() != previous.destination()
                    || !flow.section().equals(previous.section())) {
                route = routes.apply(flow);
                if (route.routable()) {
                    hops = hopsOf.get(route);
                    if (hops == null) {
                        hops = filteringHops(route, byFirewall);
                        hopsOf.put(route, hops);
                    }
                    if (!hops.isEmpty()) {
                        src = ends.match(flow.source(), route.sourceZone(), flow.section());
                        dst = ends.match(flow.destination(), route.destinationZone(), flow.section());
                    }
                }
            }
            previous = flow;
            if (!route.routable()) {
                unroutable.add(flow);
                continue;
            }
            if (hops.isEmpty()) {
                continue;
            }
            if (src == null || dst == null) {
                unwritable.add(flow);
                continue;
            }
            if (!flow.ruleId().equals(lastRuleId)) {
                lastRuleId = flow.ruleId();
                order = ruleOrder.getOrDefault(lastRuleId, Integer.MAX_VALUE / 2);
            }
            for (Hop h : hops) {
                byFirewall
                        .get(h.firewall())
                        .add(new CarriedFlow(
                                h.inInterface(),
                                h.outInterface(),
                                flow.section(),
                                flow.ruleId(),
                                order,
                                i,
                                flow.transport(),
                                flow.port(),
                                src,
                                dst));
            }
        }
        List<FirewallRuleSet> sets = new ArrayList<>();
        for (Firewall fw : site.firewalls()) {
            if (fw.platform().filters()) {
                sets.add(Aggregator.aggregate(fw, byFirewall.get(fw.id())));
            }
        }
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < site.firewalls().size(); i++) {
            String id = site.firewalls().get(i).id();
            String path = "firewalls[" + i + "]";
            sets.stream()
                    .filter(s -> s.firewall().id().equals(id))
                    .findFirst()
                    .ifPresent(s -> findings.addAll(exceptions(s, byFirewall.get(id), path)));
        }
        return new RuleSets(sets, byFirewall, unroutable, unwritable, findings);
    }

    /** The hops of a route through filtering firewalls, each once (equal paths may share a hop). */
    private static List<Hop> filteringHops(Route route, Map<String, ?> filtering) {
        Set<Hop> hops = new LinkedHashSet<>();
        for (List<Hop> path : route.paths()) {
            for (Hop h : path) {
                if (filtering.containsKey(h.firewall())) {
                    hops.add(h);
                }
            }
        }
        return List.copyOf(hops);
    }

    /** Every filtering firewall's rules, in file order. */
    public List<FirewallRuleSet> sets() {
        return sets;
    }

    public Optional<FirewallRuleSet> set(String firewallId) {
        return sets.stream().filter(s -> s.firewall().id().equals(firewallId)).findFirst();
    }

    /** The flows a firewall carries, as its rules were made from (for checks and tests). */
    public List<CarriedFlow> carried(String firewallId) {
        return List.copyOf(carried.getOrDefault(firewallId, List.of()));
    }

    /** Flows between zones that no firewall or router joins: no rule allows them. */
    public List<Flow> unroutable() {
        return unroutable;
    }

    /** Flows that cross a firewall but have an end no rule can name (a device with no address in a zone with no networks). */
    public List<Flow> unwritable() {
        return unwritable;
    }

    /** NOTE findings for the two named exceptions to address-exactness, one per firewall and kind. */
    public List<Finding> findings() {
        return findings;
    }

    private static List<Finding> exceptions(FirewallRuleSet set, List<CarriedFlow> flows, String path) {
        Firewall fw = set.firewall();
        List<Finding> out = new ArrayList<>();
        List<String> byZone = new ArrayList<>();
        List<String> byName = new ArrayList<>();
        Set<String> devices = new LinkedHashSet<>();
        for (FirewallRule r : set.rules()) {
            for (AddressObject o : List.of(r.sources(), r.destinations())) {
                if (o.isHostNames() && !byName.contains(Integer.toString(r.number()))) {
                    byName.add(Integer.toString(r.number()));
                } else if (!o.isHostNames() && o.note() != null && !byZone.contains(Integer.toString(r.number()))) {
                    byZone.add(Integer.toString(r.number()));
                }
            }
        }
        for (CarriedFlow c : flows) {
            if (c.source().byZone()) {
                devices.add(c.source().deviceId());
            }
            if (c.destination().byZone()) {
                devices.add(c.destination().deviceId());
            }
        }
        if (!byZone.isEmpty()) {
            out.add(new Finding(
                    Finding.Level.NOTE,
                    path,
                    fw.displayName() + ": rule" + plural(byZone) + " "
                            + String.join(", ", byZone) + (byZone.size() == 1 ? " matches " : " match ")
                            + Notes.devices(devices) + " (no address) by their zone's "
                            + "networks, which allows more addresses than those devices",
                    List.copyOf(devices)));
        }
        if (!byName.isEmpty()) {
            out.add(new Finding(
                    Finding.Level.NOTE,
                    path,
                    fw.displayName() + ": rule" + plural(byName) + " " + String.join(", ", byName)
                            + (byName.size() == 1 ? " matches" : " match") + " outside hosts by name: "
                            + hostNameHandling(fw.platform()),
                    List.of()));
        }
        return out;
    }

    private static String plural(List<String> list) {
        return list.size() == 1 ? "" : "s";
    }

    /** How a platform writes a host-name object (zones.md). */
    public static String hostNameHandling(Platform p) {
        return switch (p) {
            case ASA, FORTIGATE, PANOS -> "as FQDN objects, which the firewall resolves";
            case NFTABLES, IPTABLES -> "as any address through the out interface (no FQDN objects on " + p.id() + ")";
            default -> "by name; write them as FQDN objects, or as any address through the out interface";
        };
    }

    /** What a rule matches for each end of a flow, made once per end. */
    private static final class Ends {
        private final Site site;
        /** A device's match depends on the device and its zone only; by identity, as the result shares endpoints. */
        private final Map<Endpoint, Known> devices = new IdentityHashMap<>();
        /** An outside host's also depends on the section (its role: mirror, licensing, Internet). */
        private final Map<OutsideKey, Optional<Match>> outside = new HashMap<>();

        private record Known(String zone, Match match) {}

        private record OutsideKey(Endpoint endpoint, String zone, String section) {}

        Ends(Site site) {
            this.site = site;
        }

        /** The match of one end, or null when no rule can name it. */
        Match match(Endpoint e, String zone, String section) {
            if (!e.type().isDevice()) {
                return outside.computeIfAbsent(new OutsideKey(e, zone, section), k -> make(e, zone, section))
                        .orElse(null);
            }
            Known known = devices.get(e);
            if (known == null || !Objects.equals(known.zone(), zone)) {
                known = new Known(zone, make(e, zone, section).orElse(null));
                devices.put(e, known);
            }
            return known.match();
        }

        private Optional<Match> make(Endpoint e, String zone, String section) {
            if (!e.type().isDevice()) {
                String role = e.type() == EndpointType.DNS
                        ? Names.DNS
                        : switch (section) {
                            case "servers-to-repositories" -> Names.UPDATE_MIRROR;
                            case "servers-to-wowza-licensing" -> Names.WOWZA_LICENSING;
                            default -> Names.INTERNET;
                        };
                return Optional.of(
                        Cidrs.isCidr(e.address())
                                ? Match.address(e.address(), role, null, zone, null)
                                : Match.hostName(e.address(), role, zone));
            }
            Device d = site.device(e.id()).orElse(null);
            if (d == null) {
                return Optional.empty();
            }
            String role = role(d);
            String server = d.type().isServer()
                    ? d.id()
                    : site.servingServer(d).map(Device::id).orElse(null);
            if (d.address() != null && Cidrs.isCidr(d.address())) {
                return Optional.of(Match.address(d.address(), role, server, zone, d.id()));
            }
            if (d.address() != null) {
                return Optional.of(new Match(
                        AddressObject.Kind.HOST_NAMES, List.of(d.address()), role, server, zone, d.id(), false));
            }
            List<String> networks = zone == null
                    ? List.of()
                    : site.zone(zone).map(Zone::networks).orElse(List.of());
            if (networks.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(Match.zoneNetworks(networks, role, server, zone, d.id()));
        }

        private static String role(Device d) {
            return switch (d.type()) {
                case CLIENT -> d.admin() ? Names.ADMIN_CLIENT : Names.CLIENT;
                case APPLICATION_SERVER -> Names.APPLICATION_SERVER;
                case MEDIA_SERVER -> Names.MEDIA_SERVER;
                case CAMERA -> Names.CAMERA;
                case BEAM -> Names.BEAM;
            };
        }
    }
}
