package com.valt.planner.ui;

import com.valt.planner.domain.DeviceType;
import com.valt.planner.edit.Point;
import com.valt.planner.engine.EndpointType;
import com.valt.planner.engine.FlowResult;
import com.valt.planner.engine.Link;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The arrows to draw for "show flows": the engine's links (all flows between two devices, with
 * their ports label) whose source or destination is in focus. Reads the result; computes no flows.
 */
final class FlowEdges {
    private FlowEdges() {
    }

    /** @param focus device ids whose links to show; null for every link */
    static List<PlanState.Edge> of(FlowResult result, Map<String, Point> positions, Set<String> focus) {
        List<PlanState.Edge> out = new ArrayList<>();
        if (result == null) {
            return out;
        }
        for (Link l : result.links()) {
            String a = l.source().id();
            String b = l.destination().id();
            if (focus != null && !focus.contains(a) && !focus.contains(b)) {
                continue;
            }
            Point pa = positions.get(a);
            Point pb = positions.get(b);
            if (pa == null || pb == null || !l.source().type().isDevice() || !l.destination().type().isDevice()) {
                continue;
            }
            // Two-way pairs sit side by side: shift each direction to its own right.
            double len = Math.max(1, Math.hypot(pb.x() - pa.x(), pb.y() - pa.y()));
            double nx = -(pb.y() - pa.y()) / len * 7;
            double ny = (pb.x() - pa.x()) / len * 7;
            Point from = border(pa, pb, l.source().type()).plusOf(nx, ny);
            Point to = border(pb, pa, l.destination().type()).plusOf(nx, ny);
            Point mid = new Point((from.x() + to.x()) / 2 + nx * 1.6, (from.y() + to.y()) / 2 + ny * 1.6);
            out.add(new PlanState.Edge(a, b, l.portsLabel(), List.of(from, to), mid));
        }
        return out;
    }

    /** Where the line from box centre c towards t leaves the device box. */
    private static PointOps border(Point c, Point t, EndpointType type) {
        DeviceType dt = DeviceType.fromId(type.id()).orElse(DeviceType.CAMERA);
        double dx = t.x() - c.x();
        double dy = t.y() - c.y();
        double sx = dx == 0 ? Double.MAX_VALUE : (NodeShape.width(dt) / 2 + 2) / Math.abs(dx);
        double sy = dy == 0 ? Double.MAX_VALUE : (NodeShape.height(dt) / 2 + 2) / Math.abs(dy);
        double s = Math.min(1, Math.min(sx, sy));
        return new PointOps(c.x() + dx * s, c.y() + dy * s);
    }

    private record PointOps(double x, double y) {
        Point plusOf(double dx, double dy) {
            return new Point(x + dx, y + dy);
        }
    }
}
