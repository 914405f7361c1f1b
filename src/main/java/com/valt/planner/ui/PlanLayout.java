package com.valt.planner.ui;

import com.valt.planner.diagram.AutoLayout;
import com.valt.planner.domain.Point;
import com.valt.planner.domain.Site;
import java.util.HashMap;
import java.util.Map;

/** Where each device is drawn: its own x/y, or the shared AutoLayout's place (the same as in the exports). */
final class PlanLayout {
    private PlanLayout() {}

    static Map<String, Point> positions(Site site) {
        Map<String, Point> out = new HashMap<>();
        AutoLayout.positions(site).forEach((id, p) -> out.put(id, new Point(p.x(), p.y())));
        return out;
    }
}
