package com.valt.planner.syntax.lab;

import com.valt.planner.domain.Firewall;
import com.valt.planner.domain.FirewallInterface;
import com.valt.planner.domain.Site;
import com.valt.planner.domain.Zone;
import com.valt.planner.engine.Hop;
import com.valt.planner.syntax.Cidr;
import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The plan's zones and firewalls as a graph (a node per zone and per firewall, an edge per
 * interface), with one fixed next hop per (node, destination zone): the first neighbour, in site
 * order, on a shortest path. The namespaces' routes and the paths the tests expect both come from
 * it, so a flow takes in the lab exactly the path the test checks it against.
 */
final class Topology {
    final Site site;
    private final Map<String, List<String>> neighbours = new HashMap<>();
    private final Map<String, Map<String, Integer>> distances = new HashMap<>();

    Topology(Site site) {
        this.site = site;
        for (Firewall f : site.firewalls()) {
            for (FirewallInterface i : f.interfaces()) {
                neighbours.computeIfAbsent(fw(f.id()), k -> new ArrayList<>()).add(zone(i.zone()));
                neighbours
                        .computeIfAbsent(zone(i.zone()), k -> new ArrayList<>())
                        .add(fw(f.id()));
            }
        }
    }

    static String zone(String id) {
        return "z:" + id;
    }

    static String fw(String id) {
        return "f:" + id;
    }

    /** Every zone id that a namespace is made for: the site's zones, and internet when an interface faces it. */
    Set<String> zones() {
        Set<String> ids = new LinkedHashSet<>();
        site.zones().forEach(z -> ids.add(z.id()));
        site.firewalls().forEach(f -> f.interfaces().forEach(i -> ids.add(i.zone())));
        return ids;
    }

    /** The zone of an address: the longest prefix of a zone holding it, else internet (zones.md). */
    String zoneOf(String address) {
        Cidr a = Cidr.parse(address);
        String best = Zone.INTERNET;
        int bestPrefix = -1;
        for (Zone z : site.zones()) {
            for (String n : z.networks()) {
                Cidr c = Cidr.parse(n);
                if (c.contains(a) && c.prefix() > bestPrefix) {
                    best = z.id();
                    bestPrefix = c.prefix();
                }
            }
        }
        return best;
    }

    /** The neighbour of {@code node} toward zone {@code dest}, or null when no path joins them. */
    String nextHop(String node, String dest) {
        Map<String, Integer> d = distances.computeIfAbsent(dest, this::bfs);
        Integer mine = d.get(node);
        if (mine == null || mine == 0) {
            return null;
        }
        for (String n : neighbours.getOrDefault(node, List.of())) {
            if (d.containsKey(n) && d.get(n) == mine - 1) {
                return n;
            }
        }
        throw new IllegalStateException("no next hop from " + node);
    }

    private Map<String, Integer> bfs(String destZone) {
        Map<String, Integer> d = new HashMap<>();
        Deque<String> queue = new ArrayDeque<>();
        d.put(zone(destZone), 0);
        queue.add(zone(destZone));
        while (!queue.isEmpty()) {
            String n = queue.poll();
            for (String m : neighbours.getOrDefault(n, List.of())) {
                if (!d.containsKey(m)) {
                    d.put(m, d.get(n) + 1);
                    queue.add(m);
                }
            }
        }
        return d;
    }

    /** The hops from one zone to another along the next hops, or null when no path joins them. */
    List<Hop> path(String fromZone, String toZone) {
        List<Hop> hops = new ArrayList<>();
        String node = zone(fromZone);
        while (!node.equals(zone(toZone))) {
            String f = nextHop(node, toZone);
            if (f == null) {
                return null;
            }
            String next = nextHop(f, toZone);
            Firewall firewall = site.firewall(f.substring(2)).orElseThrow();
            hops.add(new Hop(
                    firewall.id(),
                    firewall.interfaceTo(node.substring(2)).orElseThrow().name(),
                    firewall.interfaceTo(next.substring(2)).orElseThrow().name()));
            node = next;
        }
        return hops;
    }

    /** An address inside a block to stand for it: the block's own address for a host, else its second address. */
    static String representative(Cidr c) {
        BigInteger a = c.isHost() || c.prefix() >= c.bits() - 1
                ? c.network()
                : c.network().add(BigInteger.ONE);
        return Cidr.format(a, c.v6());
    }
}
