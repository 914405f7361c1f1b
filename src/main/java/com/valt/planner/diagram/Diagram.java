package com.valt.planner.diagram;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What to draw, fully placed: the one description the canvas and every export share, so the
 * screen and the files agree. Pure data: drawing is the painter's job.
 *
 * @param bounds everything drawn, with a margin
 */
public record Diagram(
        String title, List<DiagramNode> nodes, List<DiagramEdge> edges, List<DiagramGroup> groups, Rect bounds) {
    public Diagram {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
        groups = List.copyOf(groups);
    }

    public Optional<DiagramNode> node(String id) {
        return nodes.stream().filter(n -> n.id().equals(id)).findFirst();
    }

    /** The node that shows a device (itself or its group). */
    public Optional<DiagramNode> nodeOfDevice(String deviceId) {
        return nodes.stream().filter(n -> n.memberIds().contains(deviceId)).findFirst();
    }

    /** Node and group boxes by id. */
    public Map<String, Rect> boxes() {
        Map<String, Rect> m = new LinkedHashMap<>();
        groups.forEach(g -> m.put(g.id(), g.bounds()));
        nodes.forEach(n -> m.put(n.id(), n.bounds()));
        return m;
    }
}
