package com.valt.planner.diagram;

import com.valt.planner.domain.Point;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Takes an arrow's end legs around the boxes in their way. In a zoned diagram a firewall's arrows fan
 * out to every member of a zone, and a straight leg to a box in a zone's back row runs over the boxes
 * in front of it: such a leg comes down the gap beside its box instead and enters it from the side.
 * Legs with nothing in their way stay straight.
 */
final class Detours {
    /** How far a detour keeps from the boxes beside it. */
    static final double CLEAR = 12;

    private Detours() {}

    /**
     * @param nodes the node boxes: what a leg must not cross
     * @param ends  where an arrow may end besides a node (the Internet frame), never an obstacle
     */
    static List<DiagramEdge> apply(List<DiagramEdge> edges, Map<String, Rect> nodes, Map<String, Rect> ends) {
        List<Rect> obstacles = List.copyOf(nodes.values());
        List<DiagramEdge> out = new ArrayList<>(edges.size());
        for (DiagramEdge e : edges) {
            out.add(around(
                    e,
                    nodes.getOrDefault(e.from(), ends.get(e.from())),
                    nodes.getOrDefault(e.to(), ends.get(e.to())),
                    obstacles));
        }
        return out;
    }

    private static DiagramEdge around(DiagramEdge e, Rect src, Rect dst, List<Rect> obstacles) {
        List<Point> path = e.path();
        if (src == null || dst == null || path.size() < 2) {
            return e;
        }
        int n = path.size();
        List<Point> head = n > 2 ? detour(path.get(n - 2), dst, obstacles) : null;
        List<Point> tail = n > 2 ? detour(path.get(1), src, obstacles) : null;
        boolean middle = false;
        for (int i = 1; i < n - 2 && !middle; i++) {
            middle = between(path.get(i), path.get(i + 1), obstacles) != null;
        }
        if (head == null && tail == null && !middle) {
            return e;
        }
        List<Point> p = new ArrayList<>();
        if (tail != null) {
            List<Point> reversed = new ArrayList<>(tail);
            java.util.Collections.reverse(reversed);
            p.addAll(reversed.subList(0, reversed.size() - 1)); // up to, not including, path[1]
        } else {
            p.add(path.get(0));
        }
        for (int i = 1; i < n - 1; i++) {
            p.add(path.get(i));
            if (i < n - 2) {
                // between two firewalls: around whatever box sits on the straight line
                List<Point> between = between(path.get(i), path.get(i + 1), obstacles);
                if (between != null) {
                    p.addAll(between.subList(1, between.size() - 1));
                }
            }
        }
        if (head != null) {
            p.addAll(head.subList(1, head.size()));
        } else {
            p.add(path.get(n - 1));
        }
        // the label stays on the source's leg: on its longest segment when that leg moved
        Point labelAt = e.labelAt();
        if (tail != null) {
            double best = -1;
            for (int i = 1; i < tail.size(); i++) {
                Point from = p.get(i - 1);
                Point to = p.get(i);
                double l = Math.hypot(to.x() - from.x(), to.y() - from.y());
                if (l > best) {
                    best = l;
                    labelAt = new Point((from.x() + to.x()) / 2, (from.y() + to.y()) / 2);
                }
            }
        }
        return new DiagramEdge(
                e.from(), e.to(), e.label(), p, labelAt, e.labelShown(), e.flowCount(), e.sections(), e.via());
    }

    /**
     * From {@code from} (a firewall's centre) into {@code box}: null when the straight leg is free,
     * else the shortest free route down a gap beside the box, as [from, corner, corner, end on the box].
     */
    static List<Point> detour(Point from, Rect box, List<Rect> obstacles) {
        Point end = box.borderToward(from);
        if (!blocked(from, end, box, obstacles)) {
            return null;
        }
        Point c = box.center();
        boolean above = from.y() < c.y();
        List<Double> channels = new ArrayList<>();
        channels.add(above ? box.y() - CLEAR : box.maxY() + CLEAR);
        for (Rect r : obstacles) {
            if (!r.equals(box) && !r.contains(from) && r.crossedBy(from, end)) {
                channels.add(above ? r.y() - CLEAR : r.maxY() + CLEAR);
            }
        }
        List<List<Point>> candidates = new ArrayList<>();
        for (double gx : new double[] {box.x() - CLEAR, box.maxX() + CLEAR}) {
            Point side = new Point(gx < c.x() ? box.x() : box.maxX(), c.y());
            for (double y0 : channels) {
                candidates.add(List.of(from, new Point(gx, y0), new Point(gx, c.y()), side));
            }
        }
        candidates.sort(Comparator.comparingDouble(Point::length));
        for (List<Point> route : candidates) {
            if (free(route, box, obstacles)) {
                return route;
            }
        }
        return null;
    }

    /**
     * From one firewall's centre to the next: null when the straight line is free, else the shortest
     * free right-angled route (one corner, or two beside the box in the way).
     */
    static List<Point> between(Point a, Point b, List<Rect> obstacles) {
        if (!blocked(a, b, null, obstacles)) {
            return null;
        }
        List<List<Point>> candidates = new ArrayList<>();
        candidates.add(List.of(a, new Point(a.x(), b.y()), b));
        candidates.add(List.of(a, new Point(b.x(), a.y()), b));
        for (Rect r : obstacles) {
            if (!r.contains(a) && !r.contains(b) && r.crossedBy(a, b)) {
                for (double gx : new double[] {r.x() - CLEAR, r.maxX() + CLEAR}) {
                    candidates.add(List.of(a, new Point(gx, a.y()), new Point(gx, b.y()), b));
                }
                for (double gy : new double[] {r.y() - CLEAR, r.maxY() + CLEAR}) {
                    candidates.add(List.of(a, new Point(a.x(), gy), new Point(b.x(), gy), b));
                }
            }
        }
        candidates.sort(Comparator.comparingDouble(Point::length));
        for (List<Point> route : candidates) {
            if (free(route, null, obstacles)) {
                return route;
            }
        }
        return null;
    }

    private static boolean free(List<Point> route, Rect box, List<Rect> obstacles) {
        for (int i = 1; i < route.size(); i++) {
            if (blocked(route.get(i - 1), route.get(i), box, obstacles)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the segment runs through a box other than its own box and the one it starts in. */
    private static boolean blocked(Point a, Point b, Rect box, List<Rect> obstacles) {
        for (Rect r : obstacles) {
            // r.crossedBy first: the cheap test that rules out most boxes (the inner box lies within r)
            if (r.crossedBy(a, b)
                    && !r.equals(box)
                    && !r.contains(a)
                    && !r.contains(b)
                    && r.grow(-1).crossedBy(a, b)) {
                return true;
            }
        }
        return false;
    }
}
