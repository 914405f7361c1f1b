package com.valt.planner.export.model;

import com.valt.planner.catalog.Rule;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One row of the handoff's flow table: the {@link FlowGroup}s of one section whose sources and
 * destinations are the same endpoints, their ports merged ("TCP 80, 554"): a media server reaching its
 * cameras on HTTP and RTSP is one row, not two.
 *
 * @param groups the merged groups, in the flow list's order (catalog rule, transport, port)
 */
public record FlowRow(List<FlowGroup> groups) {
    public FlowRow {
        groups = List.copyOf(groups);
        if (groups.isEmpty()) {
            throw new IllegalArgumentException("a row has at least one group");
        }
    }

    public String section() {
        return groups.get(0).rule().section();
    }

    public EndpointSet sources() {
        return groups.get(0).sources();
    }

    public EndpointSet destinations() {
        return groups.get(0).destinations();
    }

    public List<Rule> rules() {
        Set<Rule> rules = new LinkedHashSet<>();
        groups.forEach(g -> rules.add(g.rule()));
        return new ArrayList<>(rules);
    }

    /** "R6, R6r" */
    public String ruleIds() {
        return String.join(", ", rules().stream().map(Rule::id).toList());
    }

    /** "TCP 80, 554", one line per transport ("UDP 53" then "TCP 53" under it). */
    public String portLabel() {
        Map<String, Set<Integer>> byTransport = new LinkedHashMap<>();
        for (FlowGroup g : groups) {
            byTransport
                    .computeIfAbsent(g.transport(), k -> new LinkedHashSet<>())
                    .add(g.port());
        }
        List<String> lines = new ArrayList<>();
        byTransport.forEach((t, ports) -> lines.add(
                t + " " + String.join(", ", ports.stream().map(String::valueOf).toList())));
        return String.join("\n", lines);
    }

    /** The rules' protocols, each once: "HTTP, RTSP". */
    public String protocols() {
        return distinct(rules().stream().map(Rule::protocol).toList());
    }

    /** The rules' services, each once. */
    public String services() {
        return distinct(rules().stream().map(Rule::service).toList());
    }

    public int flowCount() {
        return groups.stream().mapToInt(FlowGroup::flowCount).sum();
    }

    private static String distinct(List<String> values) {
        Set<String> out = new LinkedHashSet<>();
        for (String v : values) {
            if (v != null && !v.isEmpty()) {
                out.add(v);
            }
        }
        return String.join(", ", out);
    }

    /**
     * The groups merged: within a section, groups with the same source endpoints and the same destination
     * endpoints become one row, placed where the first of them was.
     */
    public static List<FlowRow> merge(List<FlowGroup> groups) {
        Map<Key, List<FlowGroup>> rows = new LinkedHashMap<>();
        for (FlowGroup g : groups) {
            rows.computeIfAbsent(
                            new Key(
                                    g.rule().section(),
                                    g.sources().members(),
                                    g.destinations().members()),
                            k -> new ArrayList<>())
                    .add(g);
        }
        return rows.values().stream().map(FlowRow::new).toList();
    }

    private record Key(String section, Object sources, Object destinations) {}
}
