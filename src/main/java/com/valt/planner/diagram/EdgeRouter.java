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

    private EdgeRouter() {
    }

    static List<DiagramEdge> route(List<Link> links, Function<String, String> nodeOf, Map<String, Rect> boxes) {
        Map<List<String>, Acc> byPair = new LinkedHashMap<>();
        for (Link link : links) {
            String from = nodeOf.apply(link.source().id());
            String to = nodeOf.apply(link.destination().id());
            if (from == null || to == null || from.equals(to)) {
                continue;
            }
            Acc acc = byPair.computeIfAbsent(List.of(from, to), k -> new Acc());
            for (Flow f : link.flows()) {
                acc.ports.add(f);
                acc.sections.add(f.section());
                acc.flows++;
            }
        }
        Map<List<String>, Double> labelT = LabelThinning.choose(byPair.keySet(), k -> byPair.get(k).ports.label(),
                boxes);
        List<DiagramEdge> edges = new ArrayList<>(byPair.size());
        for (Map.Entry<List<String>, Acc> e : byPair.entrySet()) {
            String from = e.getKey().get(0);
            String to = e.getKey().get(1);
            boolean twoWay = byPair.containsKey(List.of(to, from));
            Double t = labelT.get(e.getKey());
            edges.add(geometry(from, to, boxes.get(from), boxes.get(to), twoWay, e.getValue(), t));
        }
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
        return new DiagramEdge(from, to, acc.ports.label(), List.of(sa, sb), labelAt, t != null, acc.flows,
                acc.sections);
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
