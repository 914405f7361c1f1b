package com.valt.planner.interchange;

import com.valt.planner.diagram.AutoLayout;
import com.valt.planner.domain.Device;
import com.valt.planner.domain.Point;
import com.valt.planner.domain.Site;
import java.util.ArrayList;
import java.util.List;

/**
 * Where imported devices go on the plan: a grid below everything already there, so no new box lands on an
 * old one. Servers and PCs (labelled boxes) in rows of {@value #BOX_COLUMNS}, then cameras and BEAM devices
 * (small icons) in rows of {@value #ICON_COLUMNS}. Points are node centres, as in the site file.
 */
final class Placement {
    static final int BOX_COLUMNS = 6;
    static final int ICON_COLUMNS = 20;
    static final double BOX_DX = 190;
    static final double BOX_DY = 80;
    static final double ICON_DX = 40;
    static final double ICON_DY = 48;
    /** Space between the old plan and the grid: more than the tallest node. */
    static final double GAP = 120;

    private Placement() {}

    static List<Device> place(Site site, List<Device> added) {
        double left = 100;
        double top = 100;
        var existing = AutoLayout.positions(site).values();
        if (!existing.isEmpty()) {
            left = existing.stream().mapToDouble(Point::x).min().orElse(0);
            top = existing.stream().mapToDouble(Point::y).max().orElse(0) + GAP;
        }
        List<Device> out = new ArrayList<>(added);
        int boxes = 0;
        for (int i = 0; i < added.size(); i++) {
            Device d = added.get(i);
            if (!d.type().isServed()) {
                out.set(i, d.withPosition(left + (boxes % BOX_COLUMNS) * BOX_DX, top + (boxes / BOX_COLUMNS) * BOX_DY));
                boxes++;
            }
        }
        double iconTop = boxes == 0 ? top : top + ((boxes - 1) / BOX_COLUMNS + 1) * BOX_DY;
        int icons = 0;
        for (int i = 0; i < added.size(); i++) {
            Device d = added.get(i);
            if (d.type().isServed()) {
                out.set(
                        i,
                        d.withPosition(
                                left + (icons % ICON_COLUMNS) * ICON_DX, iconTop + (icons / ICON_COLUMNS) * ICON_DY));
                icons++;
            }
        }
        return out;
    }
}
