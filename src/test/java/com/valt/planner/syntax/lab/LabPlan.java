package com.valt.planner.syntax.lab;

import com.valt.planner.domain.Firewall;
import com.valt.planner.domain.FirewallInterface;
import com.valt.planner.domain.Zone;
import com.valt.planner.engine.Hop;
import com.valt.planner.ruleset.AddressObject;
import com.valt.planner.ruleset.FirewallRule;
import com.valt.planner.ruleset.FirewallRuleSet;
import com.valt.planner.ruleset.PortRange;
import com.valt.planner.syntax.Cidr;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

/**
 * What to try in the lab: every rule's flows (a stand-in address per block, the first, middle and
 * last port of each range) must pass, and sampled other flows across a filtering firewall must be
 * dropped. "Allowed" is decided from the rule sets themselves, hop by hop along the lab's path, so
 * a sample is only called "must drop" when some firewall on its path has no rule for it.
 */
final class LabPlan {
    /** Outside hosts named by host name are matched by out interface only: any internet address stands for them. */
    static final String OUTSIDE_V4 = "198.51.100.80";

    static final String OUTSIDE_V6 = "2001:db8::80";

    private final Topology topology;
    private final Map<String, FirewallRuleSet> sets = new LinkedHashMap<>();
    final Set<String> addresses = new TreeSet<>();

    LabPlan(Topology topology, List<FirewallRuleSet> ruleSets) {
        this.topology = topology;
        ruleSets.forEach(s -> sets.put(s.firewall().id(), s));
        for (FirewallRuleSet s : ruleSets) {
            for (FirewallRule r : s.rules()) {
                addresses.addAll(standIns(r.sources()));
                addresses.addAll(standIns(r.destinations()));
            }
        }
        for (Zone z : topology.site.zones()) {
            for (String n : z.networks()) {
                Cidr c = Cidr.parse(n);
                if (!c.isHost() && c.prefix() < c.bits() - 3) {
                    addresses.add(Cidr.format(c.network().add(BigInteger.valueOf(5)), c.v6()));
                }
            }
        }
        addresses.add("203.0.113.9");
    }

    /**
     * The addresses that stand for an object: every address of a block of up to 16 (the folded device
     * addresses, so each device's flows are tried), one for a larger block (a zone's networks for a
     * device without an address), the outside stand-ins for host names.
     */
    static List<String> standIns(AddressObject o) {
        if (o.isHostNames()) {
            return List.of(OUTSIDE_V4, OUTSIDE_V6);
        }
        List<String> list = new ArrayList<>();
        for (String m : o.members()) {
            Cidr c = Cidr.parse(m);
            if (c.bits() - c.prefix() <= 4) {
                for (BigInteger a = c.network(); a.compareTo(c.last()) <= 0; a = a.add(BigInteger.ONE)) {
                    list.add(Cidr.format(a, c.v6()));
                }
            } else {
                list.add(Topology.representative(c));
            }
        }
        return list;
    }

    List<Probe> required() {
        Set<String> seen = new LinkedHashSet<>();
        List<Probe> probes = new ArrayList<>();
        for (FirewallRuleSet s : sets.values()) {
            for (FirewallRule r : s.rules()) {
                for (String src : standIns(r.sources())) {
                    for (String dst : standIns(r.destinations())) {
                        if (src.contains(":") != dst.contains(":")
                                || r.sources().isHostNames()) {
                            continue;
                        }
                        for (PortRange p : r.service().ports()) {
                            for (int port : new TreeSet<>(List.of(p.from(), (p.from() + p.to()) / 2, p.to()))) {
                                String key = r.transport() + " " + src + " " + dst + " " + port;
                                if (seen.add(key)) {
                                    probes.add(new Probe("r" + probes.size(), r.transport(), src, dst, port, 3000));
                                }
                            }
                        }
                    }
                }
            }
        }
        return probes;
    }

    /** Up to {@code count} flows that cross a filtering firewall and that no rule on their path allows. */
    List<Probe> samplesToDrop(int count, long seed) {
        Random random = new Random(seed);
        List<String> pool = new ArrayList<>(addresses);
        List<Integer> ports = new ArrayList<>(List.of(22, 23, 25, 53, 80, 443, 445, 3389, 8080, 5432));
        sets.values().forEach(s -> s.rules().forEach(r -> r.service().ports().forEach(p -> ports.add(p.from()))));
        List<Probe> probes = new ArrayList<>();
        for (int attempt = 0; attempt < count * 50 && probes.size() < count; attempt++) {
            String src = pool.get(random.nextInt(pool.size()));
            String dst = pool.get(random.nextInt(pool.size()));
            String transport = random.nextInt(6) == 0 ? "UDP" : "TCP";
            int port = random.nextInt(4) == 0 ? 1 + random.nextInt(65000) : ports.get(random.nextInt(ports.size()));
            List<Hop> path = path(src, dst);
            if (src.contains(":") != dst.contains(":")
                    || path == null
                    || path.isEmpty()
                    || path.stream().noneMatch(h -> sets.containsKey(h.firewall()))
                    || allowed(transport, src, dst, port)) {
                continue;
            }
            probes.add(new Probe("d" + probes.size(), transport, src, dst, port, 300));
        }
        return probes;
    }

    List<Hop> path(String src, String dst) {
        return topology.path(topology.zoneOf(src), topology.zoneOf(dst));
    }

    /** Whether every filtering firewall on the lab's path has a rule for this flow. */
    boolean allowed(String transport, String src, String dst, int port) {
        List<Hop> path = path(src, dst);
        if (path == null) {
            return false;
        }
        for (Hop h : path) {
            FirewallRuleSet s = sets.get(h.firewall());
            if (s != null && s.rules().stream().noneMatch(r -> matches(r, h, transport, src, dst, port))) {
                return false;
            }
        }
        return true;
    }

    private static boolean matches(FirewallRule r, Hop h, String transport, String src, String dst, int port) {
        return r.inInterface().equals(h.inInterface())
                && r.outInterface().equals(h.outInterface())
                && r.transport().equalsIgnoreCase(transport)
                && holds(r.sources(), src)
                && holds(r.destinations(), dst)
                && r.service().ports().stream().anyMatch(p -> p.from() <= port && port <= p.to());
    }

    private static boolean holds(AddressObject o, String address) {
        if (o.isHostNames()) {
            return true;
        }
        Cidr a = Cidr.parse(address);
        return o.members().stream().anyMatch(m -> Cidr.parse(m).contains(a));
    }

    /** The rule set with every interface renamed as the lab names it. */
    static FirewallRuleSet renamed(FirewallRuleSet set, UnaryOperator<String> name) {
        Firewall f = set.firewall();
        List<FirewallInterface> ifs = f.interfaces().stream()
                .map(i -> new FirewallInterface(name.apply(i.name()), i.zone(), i.vendorZone()))
                .toList();
        Firewall renamed = new Firewall(f.id(), f.name(), f.platform(), ifs, f.x(), f.y(), f.extras());
        List<FirewallRule> rules = set.rules().stream()
                .map(r -> new FirewallRule(
                        r.number(),
                        r.name(),
                        name.apply(r.inInterface()),
                        name.apply(r.outInterface()),
                        r.sources(),
                        r.destinations(),
                        r.service(),
                        r.catalogRules(),
                        r.flows(),
                        r.notes()))
                .toList();
        return new FirewallRuleSet(renamed, rules);
    }
}
