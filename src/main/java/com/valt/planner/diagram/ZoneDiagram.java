package com.valt.planner.diagram;

import com.valt.planner.domain.Device;
import com.valt.planner.domain.Firewall;
import com.valt.planner.domain.FirewallInterface;
import com.valt.planner.domain.Point;
import com.valt.planner.domain.Site;
import com.valt.planner.domain.Zone;
import com.valt.planner.engine.Endpoint;
import com.valt.planner.engine.EndpointType;
import com.valt.planner.engine.FlowResult;
import com.valt.planner.engine.Hop;
import com.valt.planner.engine.Link;
import com.valt.planner.engine.Route;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The diagram of a site with zones (zones.md "Outputs"): each zone a labelled frame holding its devices,
 * the outside hosts in the "Internet" frame, each firewall a node between the frames it joins, and every
 * arrow between zones drawn through the firewalls of its route. Frames are stacked in bands, outward from
 * the internet: a zone band, the firewalls that lead on, the zones behind them, and so on. Canvas positions
 * are not used: this is the logical picture. Reads the engine's routes; computes none.
 */
final class ZoneDiagram {
    static final String ZONE_PREFIX = "zone:";
    static final String FIREWALL_PREFIX = "firewall:";
    private static final String TITLE_PREFIX = "title:";
    /** The frame of devices that are in no zone (their flows are unroutable). */
    static final String NO_ZONE = ZONE_PREFIX + "-";

    static final double CELL_W = 200;
    static final double CELL_H = 80;
    static final double HOST_CELL_W = 270;
    static final double HOST_CELL_H = 44;
    static final double FW_W = 170;
    static final double FW_H = 46;
    static final double PAD = 10;
    static final double TITLE = 26;
    static final double GAP_X = 60;
    static final double BAND_GAP = 90;
    /** How much wider than tall each frame's grid is made; the one closest to a page's shape overall wins. */
    private static final double[] SHAPES = {0.25, 0.4, 0.6, 0.9, 1.3, 1.9, 2.8, 4, 6};

    private ZoneDiagram() {}

    static Diagram build(FlowResult result, DiagramOptions options) {
        Site site = result.site();
        Map<String, List<Grouping.Group>> byZone = groupsByZone(result, options);
        // Outside hosts in the internet frame; a DNS server inside one of the site's networks in that zone's.
        Map<String, List<Endpoint>> hostsByZone = new LinkedHashMap<>();
        for (Endpoint e : result.endpoints()) {
            if (!e.type().isDevice()) {
                String z = result.zoneOf(e);
                boolean inSite =
                        z != null && !z.equals(Zone.INTERNET) && site.zone(z).isPresent();
                hostsByZone
                        .computeIfAbsent(ZONE_PREFIX + (inSite ? z : Zone.INTERNET), k -> new ArrayList<>())
                        .add(e);
            }
        }
        List<Endpoint> outside = hostsByZone.getOrDefault(ZONE_PREFIX + Zone.INTERNET, List.of());
        List<List<String>> bands = bands(site, byZone, !outside.isEmpty());

        Placed best = null;
        for (double shape : SHAPES) {
            Placed p = place(site, bands, byZone, hostsByZone, shape);
            if (best == null || p.score() < best.score()) {
                best = p;
            }
        }

        Map<String, String> nodeOf = new HashMap<>();
        best.nodes.forEach(n -> n.memberIds().forEach(m -> nodeOf.put(m, n.id())));
        if (!outside.isEmpty()
                && options.collapse() != DiagramOptions.Collapse.NEVER
                && site.servers().size() > DiagramBuilder.OUTSIDE_ARROWS_PER_HOST) {
            outside.forEach(e -> nodeOf.put(e.id(), DiagramBuilder.INTERNET_GROUP));
        }
        Map<String, Rect> boxes = new LinkedHashMap<>();
        best.frames.stream()
                .filter(f -> f.id().equals(DiagramBuilder.INTERNET_GROUP))
                .forEach(f -> boxes.put(f.id(), f.bounds()));
        best.nodes.forEach(n -> boxes.put(n.id(), n.bounds()));
        // Frame titles are boxes too, so that no port label is printed over a zone's name.
        best.frames.forEach(f -> boxes.put(
                TITLE_PREFIX + f.id(),
                new Rect(
                        f.bounds().x(),
                        f.bounds().y(),
                        Math.min(f.bounds().width(), f.title().length() * 6.2 + 20),
                        TITLE - 4)));
        Map<String, Rect> nodeBoxes = new LinkedHashMap<>();
        best.nodes.forEach(n -> nodeBoxes.put(n.id(), n.bounds()));
        List<DiagramEdge> edges = EdgeRouter.dodged(
                Detours.apply(
                        EdgeRouter.undodged(result.links(), nodeOf::get, link -> via(result, link), boxes),
                        nodeBoxes,
                        boxes.containsKey(DiagramBuilder.INTERNET_GROUP)
                                ? Map.of(DiagramBuilder.INTERNET_GROUP, boxes.get(DiagramBuilder.INTERNET_GROUP))
                                : Map.of()),
                boxes);

        Rect all = null;
        for (DiagramGroup f : best.frames) {
            all = all == null ? f.bounds() : all.union(f.bounds());
        }
        for (DiagramNode n : best.nodes) {
            all = all == null ? n.bounds() : all.union(n.bounds());
        }
        if (all == null) {
            all = new Rect(0, 0, 0, 0);
        }
        return new Diagram(site.info().name(), best.nodes, edges, best.frames, all.grow(DiagramBuilder.MARGIN));
    }

    /** The firewall nodes a link's flows pass through: the first of its shortest paths (they all share one route). */
    private static List<String> via(FlowResult result, Link link) {
        Route r = result.route(link.flows().get(0));
        if (r.paths().isEmpty()) {
            return List.of();
        }
        return r.paths().get(0).stream()
                .map(Hop::firewall)
                .map(id -> FIREWALL_PREFIX + id)
                .toList();
    }

    /** The diagram's nodes-to-be per zone frame id, a group split where its devices sit in different zones. */
    private static Map<String, List<Grouping.Group>> groupsByZone(FlowResult result, DiagramOptions options) {
        Map<String, List<Grouping.Group>> out = new LinkedHashMap<>();
        for (Grouping.Group g : Grouping.of(result.site(), options)) {
            Map<String, List<Device>> parts = new LinkedHashMap<>();
            for (Device d : g.devices()) {
                String zone = result.zoneOf(Endpoint.of(d));
                parts.computeIfAbsent(zone == null ? NO_ZONE : ZONE_PREFIX + zone, k -> new ArrayList<>())
                        .add(d);
            }
            for (Map.Entry<String, List<Device>> e : parts.entrySet()) {
                Grouping.Group part = parts.size() == 1
                        ? g
                        : new Grouping.Group(
                                g.id() + "@" + e.getKey().substring(ZONE_PREFIX.length()),
                                g.kind(),
                                e.getValue(),
                                g.serverId());
                out.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(part);
            }
        }
        return out;
    }

    /**
     * Frames and firewalls in bands, breadth first from the internet across the firewalls: zones, then the
     * firewalls facing them not yet placed, then the zones those face, ... Zones and firewalls no path
     * reaches come last, as does the frame of devices in no zone.
     */
    private static List<List<String>> bands(Site site, Map<String, List<Grouping.Group>> byZone, boolean hosts) {
        List<String> zones = new ArrayList<>();
        zones.add(Zone.INTERNET);
        site.zones().forEach(z -> zones.add(z.id()));
        Set<String> seenZones = new LinkedHashSet<>();
        Set<String> seenWalls = new LinkedHashSet<>();
        List<List<String>> bands = new ArrayList<>();
        List<String> frontier = new ArrayList<>(List.of(Zone.INTERNET));
        while (!frontier.isEmpty()) {
            seenZones.addAll(frontier);
            bands.add(frontier.stream()
                    .filter(z -> shown(z, hosts))
                    .map(z -> ZONE_PREFIX + z)
                    .toList());
            List<Firewall> walls = site.firewalls().stream()
                    .filter(f -> !seenWalls.contains(f.id()))
                    .filter(f -> f.interfaces().stream().anyMatch(i -> seenZones.contains(i.zone())))
                    .toList();
            walls.forEach(f -> seenWalls.add(f.id()));
            bands.add(walls.stream().map(f -> FIREWALL_PREFIX + f.id()).toList());
            List<String> next = new ArrayList<>();
            for (String z : zones) {
                boolean faced = walls.stream().anyMatch(f -> f.interfaceTo(z).isPresent());
                if (faced && !seenZones.contains(z)) {
                    next.add(z);
                }
            }
            frontier = next;
        }
        List<String> rest = new ArrayList<>();
        zones.stream().filter(z -> !seenZones.contains(z) && shown(z, hosts)).forEach(z -> rest.add(ZONE_PREFIX + z));
        site.firewalls().stream()
                .filter(f -> !seenWalls.contains(f.id()))
                .forEach(f -> rest.add(FIREWALL_PREFIX + f.id()));
        if (byZone.containsKey(NO_ZONE)) {
            rest.add(NO_ZONE);
        }
        bands.add(rest);
        return bands.stream().filter(b -> !b.isEmpty()).toList();
    }

    /** Every zone of the site gets a frame, even an empty one (it still has rules); the internet only with hosts. */
    private static boolean shown(String zone, boolean hosts) {
        return !zone.equals(Zone.INTERNET) || hosts;
    }

    private record Placed(List<DiagramNode> nodes, List<DiagramGroup> frames, Rect bounds) {
        double score() {
            return Math.abs(Math.log(bounds.width() / Math.max(1, bounds.height()) / Layered.PAGE_ASPECT));
        }
    }

    private static final double[] WIDER = {16, 8, 4, 2.5, 1.6};

    private static double width(List<Box> band) {
        return band.stream().mapToDouble(b -> b.w).sum() + GAP_X * Math.max(0, band.size() - 1);
    }

    private static Placed place(
            Site site,
            List<List<String>> bands,
            Map<String, List<Grouping.Group>> byZone,
            Map<String, List<Endpoint>> hosts,
            double shape) {
        List<DiagramNode> nodes = new ArrayList<>();
        List<DiagramGroup> frames = new ArrayList<>();
        List<List<Box>> rows = new ArrayList<>();
        for (List<String> band : bands) {
            rows.add(band.stream()
                    .map(item -> box(site, item, byZone, hosts, shape))
                    .toList());
        }
        // A band narrower than the widest (the internet above one server frame, say) spreads its frames
        // into more columns, up to that width: fewer rows, so a picture nearer a page's shape.
        double widest = rows.stream().mapToDouble(ZoneDiagram::width).max().orElse(0);
        for (int i = 0; i < rows.size(); i++) {
            if (width(rows.get(i)) >= widest) {
                continue;
            }
            for (double wider : WIDER) {
                List<Box> tried = bands.get(i).stream()
                        .map(item -> box(site, item, byZone, hosts, shape * wider))
                        .toList();
                if (width(tried) <= widest) {
                    rows.set(i, tried);
                    break;
                }
            }
        }
        double top = 0;
        Rect all = null;
        for (List<Box> boxes : rows) {
            double width = boxes.stream().mapToDouble(b -> b.w).sum() + GAP_X * (boxes.size() - 1);
            double height = boxes.stream().mapToDouble(b -> b.h).max().orElse(0);
            double x = -width / 2;
            for (Box b : boxes) {
                // Firewalls sit in the middle of their band; frames hang from its top.
                double y = b.firewall != null ? top + (height - b.h) / 2 : top;
                b.emit(x, y, nodes, frames);
                Rect r = new Rect(x, y, b.w, b.h);
                all = all == null ? r : all.union(r);
                x += b.w + GAP_X;
            }
            top += height + BAND_GAP;
        }
        return new Placed(nodes, frames, all == null ? new Rect(0, 0, 1, 1) : all);
    }

    /** One item of a band, sized, placed later. */
    private static final class Box {
        final String id;
        final Firewall firewall;
        final String title;
        final List<List<Cell>> rows;
        final double cellW;
        final double cellH;
        final double w;
        final double h;

        Box(String id, Firewall firewall, String title, List<List<Cell>> rows, double cellW, double cellH) {
            this.id = id;
            this.firewall = firewall;
            this.title = title;
            this.rows = rows;
            this.cellW = cellW;
            this.cellH = cellH;
            if (firewall != null) {
                w = FW_W;
                h = FW_H;
            } else {
                int cols = rows.stream().mapToInt(List::size).max().orElse(0);
                double titleW = title.length() * 6.2 + 30;
                w = Math.max(Math.max(cols * cellW, 180) + 2 * PAD, titleW);
                h = TITLE + Math.max(rows.size(), 1) * cellH + PAD - (rows.isEmpty() ? cellH / 2 : 0);
            }
        }

        void emit(double x, double y, List<DiagramNode> nodes, List<DiagramGroup> frames) {
            if (firewall != null) {
                nodes.add(new DiagramNode(
                        id,
                        EndpointType.FIREWALL,
                        firewall.displayName(),
                        subtitle(firewall),
                        new Rect(x, y, w, h),
                        List.of()));
                return;
            }
            List<String> ids = new ArrayList<>();
            int cols = rows.stream().mapToInt(List::size).max().orElse(0);
            double x0 = x + (w - cols * cellW) / 2;
            for (int r = 0; r < rows.size(); r++) {
                List<Cell> row = rows.get(r);
                for (int c = 0; c < row.size(); c++) {
                    Point centre = new Point(x0 + c * cellW + cellW / 2, y + TITLE + r * cellH + cellH / 2);
                    DiagramNode n = row.get(c).node(centre);
                    nodes.add(n);
                    ids.add(n.id());
                }
            }
            frames.add(new DiagramGroup(
                    id.equals(ZONE_PREFIX + Zone.INTERNET) ? DiagramBuilder.INTERNET_GROUP : id,
                    title,
                    new Rect(x, y, w, h),
                    ids));
        }
    }

    /** Something to put in a frame's grid: a device node (single or group) or an outside host. */
    private interface Cell {
        DiagramNode node(Point centre);
    }

    private static Box box(
            Site site,
            String item,
            Map<String, List<Grouping.Group>> byZone,
            Map<String, List<Endpoint>> hostsByZone,
            double shape) {
        if (item.startsWith(FIREWALL_PREFIX)) {
            Firewall f = site.firewall(item.substring(FIREWALL_PREFIX.length())).orElseThrow();
            return new Box(item, f, f.displayName(), List.of(), 0, 0);
        }
        boolean internet = item.equals(ZONE_PREFIX + Zone.INTERNET);
        double hw = internet ? DiagramBuilder.HOST_W : DiagramBuilder.NODE_W;
        double hh = internet ? DiagramBuilder.HOST_H : DiagramBuilder.NODE_H;
        List<Cell> hosts = new ArrayList<>();
        for (Endpoint e : hostsByZone.getOrDefault(item, List.of())) {
            String subtitle = e.type() == EndpointType.DNS ? "DNS server" : "";
            hosts.add(c ->
                    new DiagramNode(e.id(), e.type(), e.name(), subtitle, Rect.centeredAt(c, hw, hh), List.of(e.id())));
        }
        if (internet) {
            return new Box(
                    item,
                    null,
                    "Internet",
                    grid(List.of(hosts), HOST_CELL_W, HOST_CELL_H, shape),
                    HOST_CELL_W,
                    HOST_CELL_H);
        }
        // Servers first, then clients, cameras and BEAM devices, each kind starting a row of its own.
        Map<EndpointType, List<Cell>> byKind = new java.util.TreeMap<>(ZoneDiagram::kindOrder);
        for (Grouping.Group g : byZone.getOrDefault(item, List.of())) {
            byKind.computeIfAbsent(g.kind(), k -> new ArrayList<>()).add(c -> DiagramBuilder.node(g, c));
        }
        String title = item.equals(NO_ZONE)
                ? "In no zone (no route)"
                : frameTitle(site.zone(item.substring(ZONE_PREFIX.length())).orElseThrow());
        List<List<Cell>> kinds = new ArrayList<>(byKind.values());
        if (!hosts.isEmpty()) {
            kinds.add(hosts);
        }
        return new Box(item, null, title, grid(kinds, CELL_W, CELL_H, shape), CELL_W, CELL_H);
    }

    private static int kindOrder(EndpointType a, EndpointType b) {
        return Integer.compare(rank(a), rank(b));
    }

    private static int rank(EndpointType k) {
        return switch (k) {
            case APPLICATION_SERVER -> 0;
            case MEDIA_SERVER -> 1;
            case CLIENT -> 2;
            case CAMERA -> 3;
            case BEAM -> 4;
            default -> 5;
        };
    }

    /**
     * Rows of cells, as many columns as make the grid about {@code shape} times wider than tall (every kind
     * gets the same number of columns, so the frame's columns line up).
     */
    private static List<List<Cell>> grid(List<List<Cell>> kinds, double cellW, double cellH, double shape) {
        int n = kinds.stream().mapToInt(List::size).sum();
        if (n == 0) {
            return List.of();
        }
        int cols = (int) Math.max(1, Math.min(n, Math.round(Math.sqrt(shape * n * cellH / cellW))));
        List<List<Cell>> rows = new ArrayList<>();
        for (List<Cell> kind : kinds) {
            for (int i = 0; i < kind.size(); i += cols) {
                rows.add(kind.subList(i, Math.min(kind.size(), i + cols)));
            }
        }
        return rows;
    }

    /** "Server VLAN · VLAN 50 · 10.50.0.0/24, 10.60.0.0/16". */
    static String frameTitle(Zone z) {
        StringBuilder sb = new StringBuilder(z.displayName());
        if (z.vlan() != null) {
            sb.append(" · VLAN ").append(z.vlan());
        }
        if (!z.networks().isEmpty()) {
            sb.append(" · ").append(String.join(", ", z.networks()));
        }
        return sb.toString();
    }

    /** The platform and the interfaces, "FortiGate · wan1, port2". */
    private static String subtitle(Firewall f) {
        String names = String.join(
                ", ", f.interfaces().stream().map(FirewallInterface::name).toList());
        return f.platform().id() + (names.isEmpty() ? "" : " · " + names);
    }
}
