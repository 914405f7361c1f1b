package com.valt.planner.ruleset;

import com.valt.planner.domain.Device;
import com.valt.planner.domain.Firewall;
import com.valt.planner.domain.FirewallInterface;
import com.valt.planner.domain.Site;
import com.valt.planner.domain.Zone;
import com.valt.planner.engine.Endpoint;
import com.valt.planner.engine.Flow;
import com.valt.planner.engine.Hop;
import com.valt.planner.engine.Route;
import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Routes written for the tests, independently of the engine: zone by longest prefix (or a fixed
 * zone for devices without an address), every shortest path through the firewalls by breadth-first
 * search. Lets the rule sets be tested before, and apart from, the engine's routing.
 */
public final class HandRoutes implements Function<Flow, Route> {
    private final Site site;
    private final Map<String, String> fixedZones;
    private final Map<String, List<List<Hop>>> paths = new HashMap<>();
    private final Map<Endpoint, String> zones = new HashMap<>();

    public HandRoutes(Site site, Map<String, String> fixedZones) {
        this.site = site;
        this.fixedZones = fixedZones;
    }

    @Override
    public Route apply(Flow f) {
        String a = zone(f.source());
        String b = zone(f.destination());
        return new Route(a, b, paths.computeIfAbsent(a + ">" + b, k -> search(a, b)));
    }

    String zone(Endpoint e) {
        return zones.computeIfAbsent(e, this::findZone);
    }

    private String findZone(Endpoint e) {
        String fixed = fixedZones.get(e.id());
        if (fixed != null) {
            return fixed;
        }
        String address =
                e.type().isDevice() ? site.device(e.id()).map(Device::address).orElse(null) : e.address();
        if (address == null || !Cidrs.isCidr(address)) {
            return Zone.INTERNET;
        }
        IpRange a = Cidrs.parse(address);
        String best = Zone.INTERNET;
        BigInteger bestSize = null;
        for (Zone z : site.zones()) {
            for (String n : z.networks()) {
                IpRange r = Cidrs.parse(n);
                BigInteger size = r.last().subtract(r.first());
                if (r.v6() == a.v6()
                        && r.first().compareTo(a.first()) <= 0
                        && r.last().compareTo(a.last()) >= 0
                        && (bestSize == null || size.compareTo(bestSize) < 0)) {
                    best = z.id();
                    bestSize = size;
                }
            }
        }
        return best;
    }

    /** Every shortest zone path from a to b, as hops. */
    private List<List<Hop>> search(String a, String b) {
        if (a.equals(b)) {
            return List.of(List.of());
        }
        record State(String zone, List<Hop> hops) {}
        List<List<Hop>> found = new ArrayList<>();
        Map<String, Integer> depth = new HashMap<>();
        ArrayDeque<State> queue = new ArrayDeque<>();
        queue.add(new State(a, List.of()));
        depth.put(a, 0);
        while (!queue.isEmpty()) {
            State s = queue.poll();
            if (!found.isEmpty() && s.hops().size() >= found.get(0).size()) {
                break;
            }
            for (Firewall fw : site.firewalls()) {
                FirewallInterface in = fw.interfaceTo(s.zone()).orElse(null);
                if (in == null) {
                    continue;
                }
                for (FirewallInterface out : fw.interfaces()) {
                    if (out == in) {
                        continue;
                    }
                    List<Hop> hops = new ArrayList<>(s.hops());
                    hops.add(new Hop(fw.id(), in.name(), out.name()));
                    if (out.zone().equals(b)) {
                        found.add(hops);
                        continue;
                    }
                    Integer seen = depth.get(out.zone());
                    if (seen == null || seen == hops.size()) {
                        depth.put(out.zone(), hops.size());
                        queue.add(new State(out.zone(), hops));
                    }
                }
            }
        }
        return found;
    }
}
