package com.valt.planner.diagram;

import com.valt.planner.domain.Point;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Moves a shown label along its arrow when it would sit on a box it does not belong to (a BEAM
 * arrow passing over its server's camera group, say): tries a few places, keeps the first clear one.
 * Label sizes are estimated (the painter measures the real text), generously.
 */
final class LabelDodge {
    /** Above this many boxes the check costs more than it helps; the labels stay where they are. */
    static final int MAX_BOXES = 600;

    static final double CHAR_W = 5.8;
    static final double LABEL_H = 13;
    private static final double[] TRIES = {0.5, 0.35, 0.65, 0.22, 0.78, 0.12, 0.88};
    private static final double[] MORE_TRIES = {0.5, 0.3, 0.7, 0.15, 0.85, 0.05, 0.95};

    private LabelDodge() {}

    static List<DiagramEdge> apply(List<DiagramEdge> edges, Map<String, Rect> boxes) {
        List<DiagramEdge> out = new ArrayList<>(edges.size());
        List<Rect> placed = new ArrayList<>();
        for (DiagramEdge e : edges) {
            DiagramEdge d = e.labelShown() ? dodge(e, boxes, placed) : e;
            if (d.labelShown()) {
                placed.add(box(d.labelAt(), d.label()));
            }
            out.add(d);
        }
        return out;
    }

    private static DiagramEdge dodge(DiagramEdge e, Map<String, Rect> boxes, List<Rect> placed) {
        Collection<Rect> others = boxes.entrySet().stream()
                .filter(b -> !b.getKey().equals(e.from()) && !b.getKey().equals(e.to()))
                // Frames (the Internet group) contain their nodes; a label may sit in a frame's margin.
                .filter(b -> !b.getKey().equals(DiagramBuilder.INTERNET_GROUP))
                .map(Map.Entry::getValue)
                .toList();
        // Group nodes are drawn as a stack of cards reaching 8 units above and right of their box.
        List<Rect> avoid = new ArrayList<>();
        others.forEach(r -> avoid.add(new Rect(r.x() - 2, r.y() - 10, r.width() + 12, r.height() + 12)));
        placed.forEach(r -> avoid.add(r.grow(1)));
        if (clear(e.labelAt(), e.label(), avoid)) {
            return e;
        }
        // The first leg: the whole arrow, or up to the first firewall it passes through.
        Point a = e.path().get(0);
        Point b = e.path().get(1);
        double dx = b.x() - a.x();
        double dy = b.y() - a.y();
        double len = Math.max(1e-9, Math.hypot(dx, dy));
        double nx = -dy / len;
        double ny = dx / len;
        // Keep the label's sideways offset (two-way pairs put their labels on either side).
        double side = (e.labelAt().x() - a.x()) * nx + (e.labelAt().y() - a.y()) * ny;
        double half = box(e.labelAt(), e.label()).width() / 2 + 4;
        // Along the arrow first; then beside it (the label still touches its line).
        for (double shift : new double[] {0, half, -half}) {
            for (double t : TRIES) {
                Point at = new Point(a.x() + dx * t + nx * side + shift, a.y() + dy * t + ny * side);
                if (clear(at, e.label(), avoid)) {
                    return e.withLabel(at, true);
                }
            }
        }
        // Crowded: further along the line and further beside it, before giving up.
        for (double shift : new double[] {2 * half, -2 * half, 3 * half, -3 * half}) {
            for (double t : MORE_TRIES) {
                for (double up : new double[] {0, -LABEL_H - 2, LABEL_H + 2}) {
                    Point at = new Point(a.x() + dx * t + nx * side + shift, a.y() + dy * t + ny * side + up);
                    if (clear(at, e.label(), avoid)) {
                        return e.withLabel(at, true);
                    }
                }
            }
        }
        // No clear place: the label is left out rather than printed over a box or another label (the
        // port matrices list every port of every arrow).
        return e.withLabel(e.labelAt(), false);
    }

    static Rect box(Point at, String label) {
        return Rect.centeredAt(at, label.length() * CHAR_W + 8, LABEL_H);
    }

    private static boolean clear(Point at, String label, Collection<Rect> boxes) {
        Rect r = box(at, label);
        for (Rect b : boxes) {
            if (r.x() < b.maxX() && b.x() < r.maxX() && r.y() < b.maxY() && b.y() < r.maxY()) {
                return false;
            }
        }
        return true;
    }
}
