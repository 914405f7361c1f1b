package com.valt.planner.ui;

import com.valt.planner.domain.Device;
import com.valt.planner.domain.DeviceType;
import com.valt.planner.domain.Site;
import com.valt.planner.edit.Point;

import java.util.HashMap;
import java.util.Map;

/**
 * Where each device is drawn. STOP-GAP until the shared diagram.AutoLayout is merged: devices
 * without x/y go in one row per kind below the placed ones. Replaced by AutoLayout on merge.
 */
final class PlanLayout {
    private PlanLayout() {
    }

    static Map<String, Point> positions(Site site) {
        Map<String, Point> out = new HashMap<>();
        double maxY = 0;
        for (Device d : site.devices()) {
            if (d.hasPosition()) {
                out.putIfAbsent(d.id(), new Point(d.x(), d.y()));
                maxY = Math.max(maxY, d.y());
            }
        }
        Map<DeviceType, Integer> column = new HashMap<>();
        for (Device d : site.devices()) {
            if (!out.containsKey(d.id())) {
                int i = column.merge(d.type(), 1, Integer::sum) - 1;
                out.put(d.id(), new Point(i * 150.0, maxY + 100 + d.type().ordinal() * 80));
            }
        }
        return out;
    }
}
