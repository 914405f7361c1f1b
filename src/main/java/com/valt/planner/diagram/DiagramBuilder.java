package com.valt.planner.diagram;

import com.valt.planner.domain.Device;
import com.valt.planner.domain.Point;
import com.valt.planner.domain.Site;
import com.valt.planner.engine.Endpoint;
import com.valt.planner.engine.EndpointType;
import com.valt.planner.engine.FlowResult;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the one diagram description of a site from the engine's result: nodes placed (canvas
 * positions kept, the rest laid out in layers), one arrow per linked pair of nodes with all its
 * ports, and the outside hosts in an "Internet" frame. Reads the result; computes no flows.
 */
public final class DiagramBuilder {
    /** Ids of group nodes start with this, e.g. {@code group:cameras:ms1}. */
    public static final String GROUP_PREFIX = "group:";

    public static final String INTERNET_GROUP = "internet";
    static final double NODE_W = 150;
    static final double NODE_H = 46;
    static final double GROUP_W = 170;
    static final double GROUP_H = 52;
    static final double HOST_W = 250;
    static final double HOST_H = 34;
    static final double HOST_STEP = 42;
    static final double MARGIN = 40;
    /** Up to this many servers, each draws its own arrow to each outside host; above, one to the frame. */
    static final int OUTSIDE_ARROWS_PER_HOST = 2;

    private DiagramBuilder() {}

    public static Diagram build(FlowResult result) {
        return build(result, DiagramOptions.DEFAULT);
    }

    public static Diagram build(FlowResult result, DiagramOptions options) {
        if (result.site().hasZones()) {
            return ZoneDiagram.build(result, options);
        }
        Site site = result.site();
        List<Grouping.Group> groups = Grouping.of(site, options);
        Map<String, Point> centres = centres(site, groups);

        List<DiagramNode> nodes = new ArrayList<>();
        Map<String, String> nodeOf = new HashMap<>();
        Rect deviceBounds = null;
        for (Grouping.Group g : groups) {
            DiagramNode n = node(g, centres.get(g.id()));
            nodes.add(n);
            g.devices().forEach(d -> nodeOf.put(d.id(), n.id()));
            deviceBounds = deviceBounds == null ? n.bounds() : deviceBounds.union(n.bounds());
        }
        if (deviceBounds == null) {
            deviceBounds = new Rect(0, 0, 0, 0);
        }

        List<DiagramGroup> frames = new ArrayList<>();
        List<Endpoint> outside =
                result.endpoints().stream().filter(e -> !e.type().isDevice()).toList();
        if (!outside.isEmpty()) {
            frames.add(outsideHosts(outside, deviceBounds, nodes, nodeOf));
            if (options.collapse() != DiagramOptions.Collapse.NEVER
                    && site.servers().size() > OUTSIDE_ARROWS_PER_HOST) {
                // Many servers: one arrow per server to the frame, not one per server and host.
                outside.forEach(e -> nodeOf.put(e.id(), INTERNET_GROUP));
            }
        }

        Map<String, Rect> boxes = new LinkedHashMap<>();
        frames.forEach(f -> boxes.put(f.id(), f.bounds()));
        nodes.forEach(n -> boxes.put(n.id(), n.bounds()));
        List<DiagramEdge> edges = EdgeRouter.route(result.links(), nodeOf::get, boxes);

        Rect all = deviceBounds;
        for (Rect r : boxes.values()) {
            all = all.union(r);
        }
        return new Diagram(site.info().name(), nodes, edges, frames, all.grow(MARGIN));
    }

    /**
     * Canvas positions when the site has any (a group sits at its members' mean), spread apart evenly
     * if boxes would overlap (the canvas draws smaller icons); otherwise layers shaped like a page. The
     * layers also replace canvas positions that, spread to the cap, still put boxes on each other (cameras
     * added 64 units apart), or that make a strip far wider than any page (forty servers in one row).
     */
    private static Map<String, Point> centres(Site site, List<Grouping.Group> groups) {
        boolean anyPlaced = site.devices().stream().anyMatch(Device::hasPosition);
        if (!anyPlaced) {
            return layers(groups);
        }
        Map<String, Point> spread = spread(site, groups);
        if (overlaps(spread) || stripAspect(spread) > MAX_ASPECT) {
            return layers(groups);
        }
        return spread;
    }

    /** Wider than this (width over height), a canvas arrangement is replaced by page-shaped layers. */
    static final double MAX_ASPECT = 6;

    private static Map<String, Point> layers(List<Grouping.Group> groups) {
        List<Layered.Unit> units = groups.stream()
                .map(g -> new Layered.Unit(g.id(), g.kind(), g.serverId()))
                .toList();
        return Layered.placePageShaped(units);
    }

    private static double w(String id) {
        return id.startsWith(GROUP_PREFIX) ? GROUP_W : NODE_W;
    }

    private static double h(String id) {
        return id.startsWith(GROUP_PREFIX) ? GROUP_H : NODE_H;
    }

    private static boolean overlaps(Map<String, Point> centres) {
        List<Map.Entry<String, Point>> byX = new ArrayList<>(centres.entrySet());
        byX.sort(java.util.Comparator.comparingDouble(e -> e.getValue().x()));
        for (int i = 0; i < byX.size(); i++) {
            Point a = byX.get(i).getValue();
            String ida = byX.get(i).getKey();
            for (int j = i + 1; j < byX.size() && byX.get(j).getValue().x() - a.x() < GROUP_W; j++) {
                Point b = byX.get(j).getValue();
                String idb = byX.get(j).getKey();
                if (Math.abs(b.x() - a.x()) < (w(ida) + w(idb)) / 2
                        && Math.abs(b.y() - a.y()) < (h(ida) + h(idb)) / 2) {
                    return true;
                }
            }
        }
        return false;
    }

    private static double stripAspect(Map<String, Point> centres) {
        double minX = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (Point p : centres.values()) {
            minX = Math.min(minX, p.x());
            maxX = Math.max(maxX, p.x());
            minY = Math.min(minY, p.y());
            maxY = Math.max(maxY, p.y());
        }
        return (maxX - minX + NODE_W) / (maxY - minY + NODE_H);
    }

    private static Map<String, Point> spread(Site site, List<Grouping.Group> groups) {
        Map<String, Point> perDevice = AutoLayout.positions(site);
        Map<String, Point> out = new HashMap<>();
        for (Grouping.Group g : groups) {
            double x = 0;
            double y = 0;
            for (Device d : g.devices()) {
                Point p = perDevice.get(d.id());
                x += p.x();
                y += p.y();
            }
            out.put(g.id(), new Point(x / g.devices().size(), y / g.devices().size()));
        }
        return Spread.apart(out, DiagramBuilder::w, DiagramBuilder::h);
    }

    static DiagramNode node(Grouping.Group g, Point centre) {
        List<String> ids = g.devices().stream().map(Device::id).toList();
        if (g.single()) {
            Device d = g.devices().get(0);
            String address = d.address() == null ? "" : d.address();
            return new DiagramNode(
                    d.id(), g.kind(), d.displayName(), address, Rect.centeredAt(centre, NODE_W, NODE_H), ids);
        }
        String range = AddressRange.of(g.devices().stream().map(Device::address).toList());
        return new DiagramNode(
                g.id(), g.kind(), Grouping.title(g), range, Rect.centeredAt(centre, GROUP_W, GROUP_H), ids);
    }

    /** The outside hosts in a column to the right of the devices, framed as "Internet". */
    static DiagramGroup outsideHosts(
            List<Endpoint> outside, Rect devices, List<DiagramNode> nodes, Map<String, String> nodeOf) {
        double x = devices.maxX() + 120 + HOST_W / 2;
        double y = devices.y() + 30 + HOST_H / 2;
        List<String> ids = new ArrayList<>();
        Rect frame = null;
        for (Endpoint e : outside) {
            EndpointType kind = e.type();
            String subtitle = kind == EndpointType.DNS ? "DNS server" : "";
            Rect box = Rect.centeredAt(new Point(x, y), HOST_W, HOST_H);
            nodes.add(new DiagramNode(e.id(), kind, e.name(), subtitle, box, List.of(e.id())));
            nodeOf.put(e.id(), e.id());
            ids.add(e.id());
            frame = frame == null ? box : frame.union(box);
            y += HOST_STEP;
        }
        Rect b = frame.grow(14);
        // Room above the hosts for the frame's title.
        return new DiagramGroup(
                INTERNET_GROUP, "Internet", new Rect(b.x(), b.y() - 18, b.width(), b.height() + 18), ids);
    }
}
