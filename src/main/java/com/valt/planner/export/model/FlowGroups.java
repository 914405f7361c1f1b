package com.valt.planner.export.model;

import com.valt.planner.catalog.Rule;
import com.valt.planner.domain.Site;
import com.valt.planner.engine.Endpoint;
import com.valt.planner.engine.Flow;
import com.valt.planner.engine.FlowResult;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The engine's flows folded for the firewall team: for each rule and port, destinations that are
 * reached by exactly the same sources share one row. 300 clients reaching 41 servers on TCP 444 is
 * one row, not 12,300; the application server reaching its 50 cameras is one row per port. Reads
 * the flows; computes none.
 */
public final class FlowGroups {
    private FlowGroups() {}

    public static List<FlowGroup> of(FlowResult result) {
        Site site = result.site();
        // (rule, transport, port) -> destination -> its sources, in flow order.
        Map<PortKey, Map<Endpoint, List<Endpoint>>> byPort = new LinkedHashMap<>();
        for (Flow f : result.flows()) {
            byPort.computeIfAbsent(new PortKey(f.rule(), f.transport(), f.port()), k -> new LinkedHashMap<>())
                    .computeIfAbsent(f.destination(), k -> new ArrayList<>())
                    .add(f.source());
        }
        List<FlowGroup> rows = new ArrayList<>();
        for (Map.Entry<PortKey, Map<Endpoint, List<Endpoint>>> e : byPort.entrySet()) {
            Map<List<Endpoint>, List<Endpoint>> bySources = new LinkedHashMap<>();
            for (Map.Entry<Endpoint, List<Endpoint>> d : e.getValue().entrySet()) {
                bySources.computeIfAbsent(d.getValue(), k -> new ArrayList<>()).add(d.getKey());
            }
            Rule rule = e.getKey().rule();
            String transport = e.getKey().transport();
            int port = e.getKey().port();
            for (Map.Entry<List<Endpoint>, List<Endpoint>> g : bySources.entrySet()) {
                rows.add(new FlowGroup(
                        rule,
                        transport,
                        port,
                        EndpointSet.of(g.getKey(), site),
                        EndpointSet.of(g.getValue(), site),
                        g.getKey().size() * g.getValue().size()));
            }
        }
        // Page order: section, then the rule's place in the catalog, then transport and port.
        List<Rule> order = result.catalog().rules();
        rows.sort(Comparator.comparingInt((FlowGroup g) -> order.indexOf(g.rule()))
                .thenComparing(FlowGroup::transport)
                .thenComparingInt(FlowGroup::port));
        return rows;
    }

    /** A rule (by identity: the catalog holds each once) with one of its ports; hashed for every flow. */
    private record PortKey(Rule rule, String transport, int port) {
        @Override
        public boolean equals(Object o) {
            return o instanceof PortKey k && rule == k.rule && port == k.port && transport.equals(k.transport);
        }

        @Override
        public int hashCode() {
            return (System.identityHashCode(rule) * 31 + transport.hashCode()) * 31 + port;
        }
    }
}
