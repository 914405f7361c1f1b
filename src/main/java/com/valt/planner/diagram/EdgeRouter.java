package com.valt.planner.diagram;

import com.valt.planner.domain.Point;
import com.valt.planner.engine.Flow;
import com.valt.planner.engine.Link;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Turns the engine's links into arrows between nodes: links whose ends fall into the same two nodes
 * become one arrow with all their ports; opposite arrows between the same two nodes are drawn side
 * by side so both stay visible.
 */
final class EdgeRouter {
    static final double PARALLEL_OFFSET = 7;
    static final double LABEL_OFFSET = 10;

    private EdgeRouter() {}

    static List<DiagramEdge> route(List<Link> links, Function<String, String> nodeOf, Map<String, Rect> boxes) {
        return route(links, nodeOf, link -> List.of(), boxes);
    }

    /**
     * As above, each arrow passing through the nodes {@code via} gives for its link (the firewalls of its
     * route): links with the same ends and the same firewalls share one arrow. Keys are [from, via..., to].
     */
    static List<DiagramEdge> route(
            List<Link> links,
            Function<String, String> nodeOf,
            Function<Link, List<String>> via,
            Map<String, Rect> boxes) {
        return dodged(undodged(links, nodeOf, via, boxes), boxes);
    }

    /** As {@link #route}, with the labels where the arrows put them, for a caller that moves arrows first. */
    static List<DiagramEdge> undodged(
            List<Link> links,
            Function<String, String> nodeOf,
            Function<Link, List<String>> via,
            Map<String, Rect> boxes) {
        Map<List<String>, Acc> byPair = new LinkedHashMap<>();
        for (Link link : links) {
            String from = nodeOf.apply(link.source().id());
            String to = nodeOf.apply(link.destination().id());
            if (from == null || to == null || from.equals(to)) {
                continue;
            }
            List<String> key = new ArrayList<>();
            key.add(from);
            key.addAll(via.apply(link));
            key.add(to);
            Acc acc = byPair.computeIfAbsent(List.copyOf(key), k -> new Acc());
            for (Flow f : link.flows()) {
                acc.ports.add(f);
                acc.sections.add(f.section());
                acc.flows++;
            }
        }
        Map<List<String>, Double> labelT =
                LabelThinning.choose(byPair.keySet(), k -> byPair.get(k).ports.label(), boxes);
        List<DiagramEdge> edges = new ArrayList<>(byPair.size());
        for (Map.Entry<List<String>, Acc> e : byPair.entrySet()) {
            List<String> key = e.getKey();
            String from = key.get(0);
            String to = key.get(key.size() - 1);
            List<String> reverse = new ArrayList<>(key);
            java.util.Collections.reverse(reverse);
            boolean twoWay = byPair.containsKey(reverse);
            Double t = labelT.get(key);
            if (key.size() == 2) {
                edges.add(geometry(from, to, boxes.get(from), boxes.get(to), twoWay, e.getValue(), t));
            } else {
                edges.add(through(key, boxes, twoWay, e.getValue(), t));
            }
        }
        return edges;
    }

    /** Labels moved off the boxes and off each other (skipped on very big diagrams, where it would cost too much). */
    static List<DiagramEdge> dodged(List<DiagramEdge> edges, Map<String, Rect> boxes) {
        return boxes.size() <= LabelDodge.MAX_BOXES ? LabelDodge.apply(edges, boxes) : edges;
    }

    private static DiagramEdge geometry(String from, String to, Rect a, Rect b, boolean twoWay, Acc acc, Double t) {
        Point ca = a.center();
        Point cb = b.center();
        double dx = cb.x() - ca.x();
        double dy = cb.y() - ca.y();
        double len = Math.max(1e-9, Math.hypot(dx, dy));
        // Unit normal to the right of the direction of travel: the two arrows of a pair sit on either side.
        double nx = -dy / len;
        double ny = dx / len;
        double off = twoWay ? PARALLEL_OFFSET : 0;
        Point sa = shiftedBorder(a, ca, cb, nx * off, ny * off);
        Point sb = shiftedBorder(b, cb, ca, nx * off, ny * off);
        double along = t == null ? 0.5 : t;
        Point at = new Point(sa.x() + (sb.x() - sa.x()) * along, sa.y() + (sb.y() - sa.y()) * along);
        double lo = twoWay ? LABEL_OFFSET + PARALLEL_OFFSET : 0;
        Point labelAt = at.plus(nx * lo, ny * lo);
        return new DiagramEdge(
                from, to, acc.ports.label(), List.of(sa, sb), labelAt, t != null, acc.flows, acc.sections);
    }

    /**
     * An arrow through firewall nodes: from the source's border to each firewall's centre (the firewall is
     * drawn over the line, so the line enters one side and leaves the other) to the destination's border.
     * The label sits on the first leg, where the flows still belong to their source.
     */
    private static DiagramEdge through(List<String> key, Map<String, Rect> boxes, boolean twoWay, Acc acc, Double t) {
        List<String> via = key.subList(1, key.size() - 1);
        Rect a = boxes.get(key.get(0));
        Rect b = boxes.get(key.get(key.size() - 1));
        Rect first = boxes.get(via.get(0));
        Rect last = boxes.get(via.get(via.size() - 1));
        Point ca = a.center();
        Point cb = b.center();
        double dx = cb.x() - ca.x();
        double dy = cb.y() - ca.y();
        double len = Math.max(1e-9, Math.hypot(dx, dy));
        double off = twoWay ? PARALLEL_OFFSET : 0;
        double ox = -dy / len * off;
        double oy = dx / len * off;
        List<Point> path = new ArrayList<>();
        path.add(shiftedBorder(a, ca, first.center(), ox, oy));
        via.forEach(v -> path.add(boxes.get(v).center().plus(ox, oy)));
        path.add(shiftedBorder(b, cb, last.center(), ox, oy));
        Point sa = path.get(0);
        Point se = shiftedBorder(first, first.center(), ca, ox, oy);
        double along = t == null ? 0.5 : t;
        Point at = new Point(sa.x() + (se.x() - sa.x()) * along, sa.y() + (se.y() - sa.y()) * along);
        double lo = twoWay ? LABEL_OFFSET + PARALLEL_OFFSET : 0;
        double sl = Math.max(1e-9, Math.hypot(se.x() - sa.x(), se.y() - sa.y()));
        Point labelAt = at.plus(-(se.y() - sa.y()) / sl * lo, (se.x() - sa.x()) / sl * lo);
        return new DiagramEdge(
                key.get(0),
                key.get(key.size() - 1),
                acc.ports.label(),
                path,
                labelAt,
                t != null,
                acc.flows,
                acc.sections,
                via);
    }

    /** The border point of {@code box} on the line from {@code self} to {@code other}, both moved by (ox, oy). */
    private static Point shiftedBorder(Rect box, Point self, Point other, double ox, double oy) {
        Rect moved = new Rect(box.x() + ox, box.y() + oy, box.width(), box.height());
        return moved.borderToward(other.plus(ox, oy));
    }

    private static final class Acc {
        final PortLabel ports = new PortLabel();
        final Set<String> sections = new HashSet<>();
        int flows;
    }
}
