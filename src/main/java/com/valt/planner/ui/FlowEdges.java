package com.valt.planner.ui;

import com.valt.planner.diagram.Diagram;
import com.valt.planner.diagram.DiagramEdge;
import com.valt.planner.diagram.DiagramNode;
import com.valt.planner.diagram.Rect;
import com.valt.planner.domain.DeviceType;
import com.valt.planner.domain.Point;
import com.valt.planner.engine.EndpointType;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The arrows to draw for "flows on the plan", taken from the shared diagram description (the one the
 * SVG, PNG and PDF draw), so the plan and the exports show the same arrows with the same port labels.
 * Only the ends are adjusted to the plan's own device shapes (icons for cameras, wider server boxes).
 */
final class FlowEdges {
    private FlowEdges() {
    }

    /** @param focus device ids whose arrows to show; null for every arrow */
    static List<PlanState.Edge> of(Diagram diagram, Set<String> focus) {
        List<PlanState.Edge> out = new ArrayList<>();
        if (diagram == null) {
            return out;
        }
        Map<String, DiagramNode> nodes = new HashMap<>();
        diagram.nodes().forEach(n -> nodes.put(n.id(), n));
        for (DiagramEdge e : diagram.edges()) {
            if (focus != null && !focus.contains(e.from()) && !focus.contains(e.to())) {
                continue;
            }
            List<Point> path = e.path();
            if (path.size() < 2) {
                continue;
            }
            Point a = path.get(0);
            Point b = path.get(path.size() - 1);
            Point from = clip(a, b, nodes.get(e.from()), true);
            Point to = clip(a, b, nodes.get(e.to()), false);
            // Keep the label where the diagram puts it relative to the arrow's middle.
            double mx = (a.x() + b.x()) / 2;
            double my = (a.y() + b.y()) / 2;
            Point label = new Point((from.x() + to.x()) / 2 + e.labelAt().x() - mx,
                    (from.y() + to.y()) / 2 + e.labelAt().y() - my);
            out.add(new PlanState.Edge(e.from(), e.to(), e.label(), List.of(from, to), label));
        }
        return out;
    }

    /**
     * The diagram ends its arrows on its own box borders; where the plan draws the device smaller,
     * move the end along the same line to the plan's border.
     */
    private static Point clip(Point a, Point b, DiagramNode node, boolean start) {
        Point end = start ? a : b;
        DeviceType type = node == null ? null : node.kind().deviceType().orElse(null);
        if (type == null) {
            return end; // an outside host: drawn exactly as the diagram places it
        }
        Rect box = node.bounds();
        double dx = b.x() - a.x();
        double dy = b.y() - a.y();
        double len = Math.max(1e-9, Math.hypot(dx, dy));
        double ux = dx / len;
        double uy = dy / len;
        // The centre projected onto the arrow's line (the line may be shifted sideways for two-way pairs).
        double cx = box.center().x();
        double cy = box.center().y();
        double t = (cx - a.x()) * ux + (cy - a.y()) * uy;
        double px = a.x() + t * ux;
        double py = a.y() + t * uy;
        double hw = NodeShape.width(type) / 2 + 3;
        double hh = NodeShape.height(type) / 2 + 3;
        double s = Math.min(ux == 0 ? Double.MAX_VALUE : hw / Math.abs(ux), uy == 0 ? Double.MAX_VALUE : hh / Math.abs(uy));
        return start ? new Point(px + ux * s, py + uy * s) : new Point(px - ux * s, py - uy * s);
    }

}
