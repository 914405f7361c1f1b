package com.valt.planner.ui.plan;

import com.valt.planner.diagram.Rect;
import com.valt.planner.domain.Device;
import com.valt.planner.domain.Firewall;
import com.valt.planner.domain.Point;
import com.valt.planner.domain.Zone;
import com.valt.planner.engine.Endpoint;
import com.valt.planner.engine.FlowResult;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The zones' frames and the firewalls' places on the canvas. A frame is the union of the boxes the
 * canvas draws for the zone's members (membership is the engine's), grown by a margin; nothing is
 * taken from the exports' diagram.
 */
final class PlanZones {
    static final double MARGIN = 14;
    static final double TITLE = 22;
    static final double FIREWALL_W = 132;
    static final double FIREWALL_H = 44;

    /** One zone's frame: its id, the label drawn on it and its bounds in plan units. */
    record Frame(String id, String name, String label, Rect bounds, int colour) {}

    private PlanZones() {}

    /** A frame per zone with drawn members, in the site's zone order (frames later in the list are drawn on top). */
    static List<Frame> frames(FlowResult r, List<Zone> zones, Function<String, Rect> box) {
        if (r == null || zones.isEmpty()) {
            return List.of();
        }
        Map<String, Rect> union = new LinkedHashMap<>();
        for (Device d : r.site().devices()) {
            String z = r.zoneOf(Endpoint.of(d));
            Rect b = z == null ? null : box.apply(d.id());
            if (b != null) {
                union.merge(z, b, Rect::union);
            }
        }
        List<Frame> out = new ArrayList<>();
        for (int i = 0; i < zones.size(); i++) {
            Zone z = zones.get(i);
            Rect b = union.get(z.id());
            if (b != null) {
                Rect g = b.grow(MARGIN);
                out.add(new Frame(
                        z.id(),
                        z.displayName(),
                        label(z),
                        new Rect(g.x(), g.y() - TITLE, g.width(), g.height() + TITLE),
                        i));
            }
        }
        return out;
    }

    static String label(Zone z) {
        StringBuilder s = new StringBuilder(z.displayName());
        if (z.vlan() != null) {
            s.append("  ·  VLAN ").append(z.vlan());
        }
        if (!z.networks().isEmpty()) {
            s.append("  ·  ").append(String.join(", ", z.networks()));
        }
        return s.toString();
    }

    /**
     * Each firewall's centre: its own x/y, or halfway between the frames of the zones it faces
     * (the "Internet" frame for {@code internet}), stepped down when two would sit on one spot.
     */
    static Map<String, Point> firewalls(
            List<Firewall> firewalls, List<Frame> frames, Rect internet, Rect devices, List<Rect> boxes) {
        Map<String, Rect> byZone = new HashMap<>();
        frames.forEach(f -> byZone.put(f.id(), f.bounds()));
        if (internet != null) {
            byZone.put(Zone.INTERNET, internet);
        }
        Map<String, Point> out = new LinkedHashMap<>();
        List<Point> taken = new ArrayList<>();
        for (Firewall f : firewalls) {
            if (f.hasPosition()) {
                out.put(f.id(), new Point(f.x(), f.y()));
                continue;
            }
            double sx = 0;
            double sy = 0;
            int n = 0;
            for (var in : f.interfaces()) {
                Rect b = byZone.get(in.zone());
                if (b != null) {
                    sx += b.center().x();
                    sy += b.center().y();
                    n++;
                }
            }
            Point p = n > 0
                    ? new Point(sx / n, sy / n)
                    : devices == null
                            ? new Point(0, 0)
                            : new Point(devices.center().x(), devices.y() - FIREWALL_H * 2);
            p = free(p, taken, boxes);
            taken.add(p);
            out.put(f.id(), p);
        }
        return out;
    }

    /** The nearest spot to {@code p}, on a widening ring of steps, that covers no device and no other firewall. */
    private static Point free(Point p, List<Point> taken, List<Rect> boxes) {
        double sx = FIREWALL_W / 2 + 10;
        double sy = FIREWALL_H + 12;
        for (int ring = 0; ring < 40; ring++) {
            for (int dy = -ring; dy <= ring; dy++) {
                for (int dx = -ring; dx <= ring; dx++) {
                    if (Math.max(Math.abs(dx), Math.abs(dy)) != ring) {
                        continue;
                    }
                    Point c = new Point(p.x() + dx * sx, p.y() + dy * sy);
                    if (!near(c, taken) && !covers(c, boxes)) {
                        return c;
                    }
                }
            }
        }
        return p;
    }

    private static boolean covers(Point c, List<Rect> boxes) {
        Rect me = Rect.centeredAt(c, FIREWALL_W, FIREWALL_H).grow(6);
        for (Rect b : boxes) {
            if (b.x() < me.maxX() && me.x() < b.maxX() && b.y() < me.maxY() && me.y() < b.maxY()) {
                return true;
            }
        }
        return false;
    }

    private static boolean near(Point p, List<Point> taken) {
        return taken.stream()
                .anyMatch(t -> Math.abs(t.x() - p.x()) < FIREWALL_W && Math.abs(t.y() - p.y()) < FIREWALL_H + 8);
    }
}
