package com.valt.planner.ui.plan;

import com.valt.planner.diagram.DiagramGroup;
import com.valt.planner.diagram.DiagramNode;
import com.valt.planner.diagram.Rect;
import com.valt.planner.domain.Point;
import com.valt.planner.engine.Endpoint;
import com.valt.planner.engine.EndpointType;
import java.util.ArrayList;
import java.util.List;

/**
 * The outside hosts (update mirrors, licensing, DNS) in an "Internet" frame placed beside the plan's
 * devices, in the plan's own coordinates, so their arrows and Fit agree with what the canvas draws.
 */
final class PlanHosts {
    static final double HOST_W = 250;
    static final double HOST_H = 34;
    static final double HOST_STEP = 42;
    static final double GAP = 120;

    /** The hosts' boxes and the frame around them, or empty lists when there are none. */
    record Placed(List<DiagramNode> hosts, List<DiagramGroup> frames) {
        static final Placed NONE = new Placed(List.of(), List.of());
    }

    private PlanHosts() {}

    /** @param devices the drawn devices' bounds (null when the plan is empty) */
    static Placed place(List<Endpoint> endpoints, Rect devices) {
        List<Endpoint> outside =
                endpoints.stream().filter(e -> !e.type().isDevice()).toList();
        if (outside.isEmpty()) {
            return Placed.NONE;
        }
        Rect d = devices == null ? new Rect(0, 0, 0, 0) : devices;
        double x = d.maxX() + GAP + HOST_W / 2;
        double y = d.y() + 30 + HOST_H / 2;
        List<DiagramNode> hosts = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        Rect frame = null;
        for (Endpoint e : outside) {
            EndpointType kind = e.type();
            Rect box = Rect.centeredAt(new Point(x, y), HOST_W, HOST_H);
            hosts.add(new DiagramNode(
                    e.id(), kind, e.name(), kind == EndpointType.DNS ? "DNS server" : "", box, List.of(e.id())));
            ids.add(e.id());
            frame = frame == null ? box : frame.union(box);
            y += HOST_STEP;
        }
        Rect b = frame.grow(14);
        // room above the hosts for the frame's title
        Rect framed = new Rect(b.x(), b.y() - 18, b.width(), b.height() + 18);
        return new Placed(hosts, List.of(new DiagramGroup("internet", "Internet", framed, ids)));
    }
}
