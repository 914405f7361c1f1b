package com.valt.planner.diagram;

import java.util.List;

/** A labelled frame around nodes, such as "Internet" around the update mirrors and licensing servers. */
public record DiagramGroup(String id, String title, Rect bounds, List<String> nodeIds) {
    public DiagramGroup {
        nodeIds = List.copyOf(nodeIds);
    }
}
