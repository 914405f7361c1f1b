package com.valt.planner.engine;

import com.valt.planner.domain.Device;
import com.valt.planner.domain.Firewall;
import com.valt.planner.domain.FirewallInterface;
import com.valt.planner.domain.Prefix;
import com.valt.planner.domain.Site;
import com.valt.planner.domain.Zone;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.jgrapht.Graph;
import org.jgrapht.GraphPath;
import org.jgrapht.alg.shortestpath.AllDirectedPaths;
import org.jgrapht.alg.shortestpath.BFSShortestPath;
import org.jgrapht.graph.DirectedMultigraph;

/**
 * Zones and firewalls (zones.md): which zone each endpoint is in, and every shortest path of firewalls
 * between two zones. The zone graph has a vertex per zone ({@code internet} included) and per firewall,
 * and two arcs per interface: zone to firewall (entering through it) and firewall to zone (leaving).
 * Routes are worked out once per (source zone, destination zone) pair, on first use, and shared.
 */
final class ZoneRouting {
    /** A vertex of the zone graph. */
    record Node(boolean firewall, String id) {}

    /** An arc of the zone graph: one direction of one interface. */
    record Arc(String firewall, FirewallInterface through, boolean entering, int index) {}

    private final Graph<Node, Arc> graph = new DirectedMultigraph<>(null, null, false);
    /** Zone ids by index: the site's zones in file order (first of a duplicated id wins), then internet. */
    private final List<String> zoneIds = new ArrayList<>();

    private final Map<String, Integer> zoneIndex = new HashMap<>();
    /** The site's prefixes, longest first (file order among equals): the first that holds an address wins. */
    private final List<Map.Entry<Prefix, Integer>> prefixes = new ArrayList<>();

    private final Map<Endpoint, Integer> endpointZones = new HashMap<>();
    /**
     * The same by identity: a result's flows share its endpoints, and this is looked up for every run of
     * flows after each edit, on two threads. An endpoint it does not hold is looked up by equality.
     */
    private final Map<Endpoint, Integer> endpointZonesByIdentity = new IdentityHashMap<>();
    /** Routes by (source zone index * zones + destination zone index), made on first use; one per pair. */
    private final AtomicReferenceArray<Route> routes;

    ZoneRouting(Site site, Iterable<Endpoint> endpoints) {
        for (Zone z : site.zones()) {
            if (!z.id().equals(Zone.INTERNET) && !zoneIndex.containsKey(z.id())) {
                zoneIndex.put(z.id(), zoneIds.size());
                zoneIds.add(z.id());
                for (String n : z.networks()) {
                    Prefix.parse(n).ifPresent(p -> prefixes.add(Map.entry(p.network(), zoneIndex.get(z.id()))));
                }
            }
        }
        zoneIndex.put(Zone.INTERNET, zoneIds.size());
        zoneIds.add(Zone.INTERNET);
        prefixes.sort(Comparator.comparingInt(
                (Map.Entry<Prefix, Integer> e) -> -e.getKey().length()));
        zoneIds.forEach(id -> graph.addVertex(new Node(false, id)));
        int arcs = 0;
        for (Firewall f : site.firewalls()) {
            Node fw = new Node(true, f.id());
            if (!graph.addVertex(fw)) {
                continue; // a duplicate id: reported by the validator, the first one wins
            }
            for (FirewallInterface i : f.interfaces()) {
                Node zone = new Node(false, i.zone());
                if (graph.containsVertex(zone)) {
                    graph.addEdge(zone, fw, new Arc(f.id(), i, true, arcs++));
                    graph.addEdge(fw, zone, new Arc(f.id(), i, false, arcs++));
                }
            }
        }
        for (Endpoint e : endpoints) {
            Integer zone =
                    e.type().isDevice() ? deviceZone(site.device(e.id()).orElse(null)) : outsideZone(e.address());
            if (zone != null) {
                endpointZones.put(e, zone);
                endpointZonesByIdentity.put(e, zone);
            }
        }
        routes = new AtomicReferenceArray<>(zoneIds.size() * zoneIds.size());
    }

    private Integer zoneIndexOf(Endpoint e) {
        Integer z = endpointZonesByIdentity.get(e);
        return z != null ? z : endpointZones.get(e);
    }

    /** The zone id of an endpoint, or null for a device in no zone (or one that is not in the site). */
    String zoneOf(Endpoint e) {
        Integer z = zoneIndexOf(e);
        return z == null ? null : zoneIds.get(z);
    }

    /** A device's zone id (explicit, else by address), or null. */
    String zoneOfDevice(Device d) {
        Integer z = deviceZone(d);
        return z == null ? null : zoneIds.get(z);
    }

    /** The zone that holds an address by longest prefix, or null; a host name is in no zone's networks. */
    String zoneByAddress(String address) {
        Integer z = byAddress(address);
        return z == null ? null : zoneIds.get(z);
    }

    /** The longest prefix of any zone that holds the address, or null. */
    Prefix prefixOf(String address) {
        Prefix host = address == null ? null : Prefix.ofAddress(address);
        if (host != null) {
            for (Map.Entry<Prefix, Integer> e : prefixes) {
                if (e.getKey().contains(host)) {
                    return e.getKey();
                }
            }
        }
        return null;
    }

    Route route(Flow flow) {
        Integer from = zoneIndexOf(flow.source());
        Integer to = zoneIndexOf(flow.destination());
        if (from == null || to == null) {
            return new Route(from == null ? null : zoneIds.get(from), to == null ? null : zoneIds.get(to), List.of());
        }
        int pair = from * zoneIds.size() + to;
        Route r = routes.get(pair);
        if (r == null) {
            r = route(zoneIds.get(from), zoneIds.get(to));
            if (!routes.compareAndSet(pair, null, r)) {
                r = routes.get(pair); // another thread made it first: share that one
            }
        }
        return r;
    }

    /** Every shortest path (fewest firewalls) from one zone to another; one empty path within a zone. */
    Route route(String from, String to) {
        if (!zoneIndex.containsKey(from) || !zoneIndex.containsKey(to)) {
            return new Route(from, to, List.of());
        }
        if (from.equals(to)) {
            return new Route(from, to, List.of(List.of()));
        }
        Node source = new Node(false, from);
        Node target = new Node(false, to);
        GraphPath<Node, Arc> shortest = BFSShortestPath.findPathBetween(graph, source, target);
        if (shortest == null) {
            return new Route(from, to, List.of());
        }
        List<List<Hop>> paths = new ArrayList<>();
        for (GraphPath<Node, Arc> p :
                new AllDirectedPaths<>(graph).getAllPaths(source, target, true, shortest.getLength())) {
            List<Hop> hops = new ArrayList<>();
            List<Arc> arcs = p.getEdgeList();
            // arcs alternate: zone -> firewall (in), firewall -> zone (out)
            for (int i = 0; i + 1 < arcs.size(); i += 2) {
                hops.add(new Hop(
                        arcs.get(i).firewall(),
                        arcs.get(i).through().name(),
                        arcs.get(i + 1).through().name()));
            }
            paths.add(hops);
        }
        paths.sort(Comparator.comparing(ZoneRouting::text));
        return new Route(from, to, paths);
    }

    private static String text(List<Hop> path) {
        StringBuilder sb = new StringBuilder();
        path.forEach(h -> sb.append(h.text()).append(','));
        return sb.toString();
    }

    /** Explicit zone, else longest prefix, else none (null); an unknown explicit zone is none too. */
    private Integer deviceZone(Device d) {
        if (d == null) {
            return null;
        }
        if (d.zone() != null) {
            return zoneIndex.get(d.zone());
        }
        return byAddress(d.address());
    }

    /** Outside hosts and DNS servers: by prefix when an address lies in a zone, else the internet. */
    private Integer outsideZone(String address) {
        Integer z = byAddress(address);
        return z != null ? z : zoneIndex.get(Zone.INTERNET);
    }

    private Integer byAddress(String address) {
        Prefix host = address == null ? null : Prefix.ofAddress(address);
        if (host == null) {
            return null;
        }
        for (Map.Entry<Prefix, Integer> e : prefixes) {
            if (e.getKey().contains(host)) {
                return e.getValue();
            }
        }
        return null;
    }

    /** The flows no path carries, in the given (result) order. */
    List<Flow> unroutable(List<Flow> flows) {
        List<Flow> out = new ArrayList<>();
        Flow previous = null;
        Route r = null;
        for (Flow f : flows) {
            // flows come in runs of one (source, destination): look the route up once per run
            if (previous == null || f.source() != previous.source() || f.destination() != previous.destination()) {
                r = route(f);
            }
            if (!r.routable()) {
                out.add(f);
            }
            previous = f;
        }
        return out;
    }

    /** Unroutable flows between known zones, grouped by (source zone, destination zone) in zone order. */
    Map<List<String>, List<Flow>> unroutableByPair(List<Flow> unroutable) {
        Map<List<String>, List<Flow>> out = new LinkedHashMap<>();
        for (Flow f : unroutable) {
            Route r = route(f);
            if (r.sourceZone() != null && r.destinationZone() != null) {
                out.computeIfAbsent(List.of(r.sourceZone(), r.destinationZone()), k -> new ArrayList<>())
                        .add(f);
            }
        }
        List<Map.Entry<List<String>, List<Flow>>> sorted = new ArrayList<>(out.entrySet());
        sorted.sort(Comparator.comparingInt((Map.Entry<List<String>, List<Flow>> e) ->
                        zoneIndex.get(e.getKey().get(0)))
                .thenComparingInt(e -> zoneIndex.get(e.getKey().get(1))));
        Map<List<String>, List<Flow>> ordered = new LinkedHashMap<>();
        sorted.forEach(e -> ordered.put(e.getKey(), e.getValue()));
        return ordered;
    }
}
