package com.valt.planner.ui.panes;

import com.valt.planner.engine.Flow;
import com.valt.planner.engine.FlowResult;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What one change did to the required flows: the flows of two engine results compared (no flow is
 * computed here). Used by explain mode: "SSL off: 12 flows added, 12 removed".
 */
record FlowDiff(List<Flow> added, List<Flow> removed) {
    static FlowDiff between(FlowResult before, FlowResult after) {
        Set<Flow> old = new LinkedHashSet<>(before.flows());
        Set<Flow> now = new LinkedHashSet<>(after.flows());
        List<Flow> added = after.flows().stream().filter(f -> !old.contains(f)).toList();
        List<Flow> removed =
                before.flows().stream().filter(f -> !now.contains(f)).toList();
        return new FlowDiff(added, removed);
    }

    boolean isEmpty() {
        return added.isEmpty() && removed.isEmpty();
    }
}
