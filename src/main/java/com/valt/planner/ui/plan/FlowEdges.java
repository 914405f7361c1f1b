package com.valt.planner.ui.plan;

import com.valt.planner.diagram.Rect;
import com.valt.planner.domain.Point;
import com.valt.planner.engine.Flow;
import com.valt.planner.engine.Link;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The arrows for "flows on the plan", drawn between the boxes where the canvas draws the devices
 * (never the exported topology's layout, which places nodes differently). One arrow per linked pair;
 * the two arrows of a two-way pair sit side by side; an arrow that would cross another labelled box
 * takes an elbow around it when one of the two elbows is free.
 */
public final class FlowEdges {
    /** Arrows end this far outside a box, so the head touches the edge and never covers text. */
    public static final double GAP = 3;

    static final double PARALLEL_OFFSET = 7;
    static final double LABEL_OFFSET = 10;
    /** Above this many arrow-box tests, arrows stay straight: routing would cost more than a frame. */
    static final long ROUTING_BUDGET = 3_000_000;

    private FlowEdges() {}

    /**
     * @param boxOf     the drawn box of a device or outside host, or null when it is not drawn
     * @param focus     device ids whose arrows to show; null for every arrow
     * @param obstacles labelled boxes an arrow should go around
     */
    static List<PlanState.Edge> of(
            List<Link> links, Function<String, Rect> boxOf, Set<String> focus, List<Rect> obstacles) {
        List<Link> shown = new ArrayList<>();
        Set<List<String>> pairs = new HashSet<>();
        for (Link l : links) {
            String a = l.source().id();
            String b = l.destination().id();
            if (!a.equals(b) && (focus == null || focus.contains(a) || focus.contains(b))) {
                shown.add(l);
                pairs.add(List.of(a, b));
            }
        }
        boolean route = (long) shown.size() * obstacles.size() <= ROUTING_BUDGET;
        List<PlanState.Edge> out = new ArrayList<>(shown.size());
        for (Link l : shown) {
            String from = l.source().id();
            String to = l.destination().id();
            Rect a = boxOf.apply(from);
            Rect b = boxOf.apply(to);
            if (a == null || b == null) {
                continue;
            }
            boolean twoWay = pairs.contains(List.of(to, from));
            PlanState.Edge e = edge(from, to, label(l), a, b, twoWay, route ? obstacles : List.of());
            if (e != null) {
                out.add(e);
            }
        }
        return out;
    }

    /** "TCP 80, 554; UDP 5353": each port once, by transport. */
    static String label(Link l) {
        Map<String, TreeSet<Integer>> ports = new TreeMap<>();
        for (Flow f : l.flows()) {
            ports.computeIfAbsent(f.transport(), k -> new TreeSet<>()).add(f.port());
        }
        StringBuilder sb = new StringBuilder();
        ports.forEach((t, ps) -> {
            sb.append(sb.isEmpty() ? "" : "; ").append(t).append(' ');
            StringBuilder list = new StringBuilder();
            ps.forEach(p -> list.append(list.isEmpty() ? "" : ", ").append(p));
            sb.append(list);
        });
        return sb.toString();
    }

    static PlanState.Edge edge(
            String from, String to, String label, Rect a, Rect b, boolean twoWay, List<Rect> obstacles) {
        Rect ga = a.grow(GAP);
        Rect gb = b.grow(GAP);
        if (overlap(ga, gb)) {
            return null; // boxes drawn on top of each other: no room for an arrow between them
        }
        double ax = a.center().x();
        double ay = a.center().y();
        double bx = b.center().x();
        double by = b.center().y();
        double len = Math.max(1e-9, Math.hypot(bx - ax, by - ay));
        // Unit normal to the right of travel: the two arrows of a pair sit on either side.
        double nx = -(by - ay) / len;
        double ny = (bx - ax) / len;
        double off = twoWay ? Math.min(PARALLEL_OFFSET, Math.min(a.height(), b.height()) / 2 - 2) : 0;
        List<Point> straight = straight(ga, gb, ax + nx * off, ay + ny * off, bx + nx * off, by + ny * off);
        if (straight == null) {
            straight = straight(ga, gb, ax, ay, bx, by);
            nx = 0;
            ny = 0;
        }
        List<Point> path = straight;
        if (!obstacles.isEmpty() && crossesAny(path, a, b, obstacles)) {
            List<Point> around = null;
            for (List<Point> elbow : elbows(ga, gb, off)) {
                if (elbow != null && !crossesAny(elbow, a, b, obstacles)) {
                    around = elbow;
                    break;
                }
            }
            if (around == null) {
                around = zigzag(ga, gb, off, straight, a, b, obstacles);
            }
            if (around != null) {
                path = around;
            }
        }
        return new PlanState.Edge(from, to, label, path, labelAt(path, twoWay));
    }

    /** Centre to centre (both moved sideways), cut at the two grown boxes. */
    private static List<Point> straight(Rect ga, Rect gb, double ax, double ay, double bx, double by) {
        Point s = exit(ga, ax, ay, bx, by);
        Point t = exit(gb, bx, by, ax, ay);
        return s == null || t == null ? null : List.of(s, t);
    }

    /** Horizontal then vertical, or vertical then horizontal, from side centres; null where the corner is in a box. */
    private static List<List<Point>> elbows(Rect ga, Rect gb, double off) {
        Point ca = new Point(ga.center().x(), ga.center().y());
        Point cb = new Point(gb.center().x(), gb.center().y());
        List<List<Point>> out = new ArrayList<>(2);
        Point c1 = new Point(cb.x() + off, ca.y() + off);
        out.add(elbow(ga, gb, ca, cb, c1, true));
        Point c2 = new Point(ca.x() + off, cb.y() + off);
        out.add(elbow(ga, gb, ca, cb, c2, false));
        return out;
    }

    /** How far a detour keeps from the box it goes around. */
    static final double CLEARANCE = 12;

    /**
     * A three-leg route when neither elbow is free: out of one box, along a channel beside the boxes
     * in the way (or halfway between the two ends), and into the other box. Channels are tried
     * shortest detour first; null when none is free.
     */
    private static List<Point> zigzag(
            Rect ga, Rect gb, double off, List<Point> straight, Rect a, Rect b, List<Rect> obstacles) {
        Point ca = ga.center();
        Point cb = gb.center();
        List<Double> ys = new ArrayList<>(List.of((ca.y() + cb.y()) / 2));
        List<Double> xs = new ArrayList<>(List.of((ca.x() + cb.x()) / 2));
        for (Rect r : obstacles) {
            if (!r.equals(a) && !r.equals(b) && crosses(straight.get(0), straight.get(1), r)) {
                ys.add(r.y() - CLEARANCE);
                ys.add(r.maxY() + CLEARANCE);
                xs.add(r.x() - CLEARANCE);
                xs.add(r.maxX() + CLEARANCE);
            }
        }
        List<List<Point>> candidates = new ArrayList<>();
        for (double y : ys) {
            // vertical out of A to the channel, across, vertical into B: the channel must be clear of both
            if (!within(y, ga.y(), ga.maxY()) && !within(y, gb.y(), gb.maxY())) {
                double ax = ca.x() + off;
                double bx = cb.x() + off;
                Point s = exit(ga, ax, ca.y(), ax, y);
                Point t = exit(gb, bx, cb.y(), bx, y);
                if (s != null && t != null) {
                    candidates.add(List.of(s, new Point(ax, y), new Point(bx, y), t));
                }
            }
        }
        for (double x : xs) {
            if (!within(x, ga.x(), ga.maxX()) && !within(x, gb.x(), gb.maxX())) {
                double ay = ca.y() + off;
                double by = cb.y() + off;
                Point s = exit(ga, ca.x(), ay, x, ay);
                Point t = exit(gb, cb.x(), by, x, by);
                if (s != null && t != null) {
                    candidates.add(List.of(s, new Point(x, ay), new Point(x, by), t));
                }
            }
        }
        candidates.sort(java.util.Comparator.comparingDouble(Point::length));
        for (List<Point> c : candidates) {
            if (!crossesAny(c, a, b, obstacles)) {
                return c;
            }
        }
        return null;
    }

    private static boolean within(double v, double lo, double hi) {
        return v >= lo && v <= hi;
    }

    private static List<Point> elbow(Rect ga, Rect gb, Point ca, Point cb, Point corner, boolean firstHorizontal) {
        if (inside(ga, corner) || inside(gb, corner)) {
            return null;
        }
        Point start = firstHorizontal
                ? exit(ga, ca.x(), corner.y(), corner.x(), corner.y())
                : exit(ga, corner.x(), ca.y(), corner.x(), corner.y());
        Point end = firstHorizontal
                ? exit(gb, corner.x(), cb.y(), corner.x(), corner.y())
                : exit(gb, cb.x(), corner.y(), corner.x(), corner.y());
        if (start == null || end == null) {
            return null;
        }
        return List.of(start, corner, end);
    }

    /** Where the ray from (x0, y0), inside the box, toward (x1, y1) leaves it; null if it starts outside. */
    static Point exit(Rect r, double x0, double y0, double x1, double y1) {
        if (x0 < r.x() || x0 > r.maxX() || y0 < r.y() || y0 > r.maxY()) {
            return null;
        }
        double dx = x1 - x0;
        double dy = y1 - y0;
        double t = Double.POSITIVE_INFINITY;
        if (dx > 0) {
            t = Math.min(t, (r.maxX() - x0) / dx);
        } else if (dx < 0) {
            t = Math.min(t, (r.x() - x0) / dx);
        }
        if (dy > 0) {
            t = Math.min(t, (r.maxY() - y0) / dy);
        } else if (dy < 0) {
            t = Math.min(t, (r.y() - y0) / dy);
        }
        if (Double.isInfinite(t) || t >= 1) {
            return null; // no direction, or the target itself is inside the box
        }
        return new Point(x0 + dx * t, y0 + dy * t);
    }

    /** The label's spot: the middle of the longest leg, beside it for a two-way pair. */
    private static Point labelAt(List<Point> path, boolean twoWay) {
        int best = 1;
        double bestLen = -1;
        for (int i = 1; i < path.size(); i++) {
            double l = Math.hypot(
                    path.get(i).x() - path.get(i - 1).x(),
                    path.get(i).y() - path.get(i - 1).y());
            if (l > bestLen) {
                bestLen = l;
                best = i;
            }
        }
        Point p = path.get(best - 1);
        Point q = path.get(best);
        double mx = (p.x() + q.x()) / 2;
        double my = (p.y() + q.y()) / 2;
        if (!twoWay || bestLen <= 0) {
            return new Point(mx, my);
        }
        double nx = -(q.y() - p.y()) / bestLen;
        double ny = (q.x() - p.x()) / bestLen;
        return new Point(mx + nx * (LABEL_OFFSET + PARALLEL_OFFSET), my + ny * (LABEL_OFFSET + PARALLEL_OFFSET));
    }

    private static boolean crossesAny(List<Point> path, Rect a, Rect b, List<Rect> obstacles) {
        for (Rect r : obstacles) {
            if (r.equals(a) || r.equals(b)) {
                continue;
            }
            for (int i = 1; i < path.size(); i++) {
                if (crosses(path.get(i - 1), path.get(i), r)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the segment p-q passes through the box. */
    static boolean crosses(Point p, Point q, Rect r) {
        return r.crossedBy(p, q);
    }

    private static boolean inside(Rect r, Point p) {
        return p.x() >= r.x() && p.x() <= r.maxX() && p.y() >= r.y() && p.y() <= r.maxY();
    }

    private static boolean overlap(Rect a, Rect b) {
        return a.x() < b.maxX() && b.x() < a.maxX() && a.y() < b.maxY() && b.y() < a.maxY();
    }
}
