package com.valt.planner.diagram;

import com.valt.planner.domain.Point;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * Scales canvas positions up (each axis evenly), just enough that no two boxes overlap: the arrangement the
 * user made is kept, only stretched. Capped at {@link #MAX_SCALE}; boxes at the very same point stay
 * on top of each other.
 */
final class Spread {
    static final double MAX_SCALE = 2;
    static final double GAP_X = 14;
    static final double GAP_Y = 12;

    private Spread() {}

    static Map<String, Point> apart(
            Map<String, Point> centres, ToDoubleFunction<String> width, ToDoubleFunction<String> height) {
        List<Map.Entry<String, Point>> byX = new ArrayList<>(centres.entrySet());
        byX.sort(Comparator.comparingDouble(e -> e.getValue().x()));
        double maxW = centres.keySet().stream().mapToDouble(width).max().orElse(0) + GAP_X;
        double scaleX = 1;
        double scaleY = 1;
        for (int i = 0; i < byX.size(); i++) {
            Point a = byX.get(i).getValue();
            String ida = byX.get(i).getKey();
            // Only neighbours closer than the widest box can overlap, even after scaling to the cap.
            for (int j = i + 1; j < byX.size() && byX.get(j).getValue().x() - a.x() < maxW; j++) {
                Point b = byX.get(j).getValue();
                String idb = byX.get(j).getKey();
                double dx = Math.abs(b.x() - a.x());
                double dy = Math.abs(b.y() - a.y());
                double needX = (width.applyAsDouble(ida) + width.applyAsDouble(idb)) / 2 + GAP_X;
                double needY = (height.applyAsDouble(ida) + height.applyAsDouble(idb)) / 2 + GAP_Y;
                if (dx >= needX || dy >= needY || (dx == 0 && dy == 0)) {
                    continue;
                }
                double sx = dx == 0 ? Double.POSITIVE_INFINITY : needX / dx;
                double sy = dy == 0 ? Double.POSITIVE_INFINITY : needY / dy;
                // Stretch along the axis that needs less: a row of clients only gets wider.
                if (sx <= sy) {
                    scaleX = Math.max(scaleX, sx);
                } else {
                    scaleY = Math.max(scaleY, sy);
                }
            }
        }
        double fx = Math.min(scaleX, MAX_SCALE);
        double fy = Math.min(scaleY, MAX_SCALE);
        if (fx == 1 && fy == 1) {
            return centres;
        }
        Map<String, Point> out = new LinkedHashMap<>();
        centres.forEach((id, p) -> out.put(id, new Point(p.x() * fx, p.y() * fy)));
        return out;
    }
}
