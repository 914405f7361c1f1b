package com.valt.planner.diagram;

import com.valt.planner.domain.Device;
import com.valt.planner.domain.Point;
import com.valt.planner.domain.Site;
import com.valt.planner.engine.EndpointType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where devices go when the site file gives no canvas position: clients, then the application
 * server, then the media servers, with the cameras and BEAM devices each server serves underneath.
 * Points are node centres in canvas units.
 */
public final class AutoLayout {
    private AutoLayout() {}

    /**
     * A position for every device: devices with x/y keep theirs; the others are laid out in layers
     * below the placed ones, so nothing lands on top of what the user arranged.
     */
    public static Map<String, Point> positions(Site site) {
        Map<String, Point> out = new LinkedHashMap<>();
        double maxY = Double.NEGATIVE_INFINITY;
        double minX = Double.POSITIVE_INFINITY;
        for (Device d : site.devices()) {
            if (d.hasPosition() && !out.containsKey(d.id())) {
                out.put(d.id(), new Point(d.x(), d.y()));
                maxY = Math.max(maxY, d.y());
                minX = Math.min(minX, d.x());
            }
        }
        if (out.size() == site.devices().size()) {
            return out; // every device has its place (ids are unique): no layout to work out, on every edit
        }
        Map<String, Point> auto = layered(site);
        if (out.isEmpty()) {
            return auto;
        }
        List<String> missing = new ArrayList<>();
        double autoMinY = Double.POSITIVE_INFINITY;
        double autoMinX = Double.POSITIVE_INFINITY;
        for (Map.Entry<String, Point> e : auto.entrySet()) {
            if (!out.containsKey(e.getKey())) {
                missing.add(e.getKey());
                autoMinY = Math.min(autoMinY, e.getValue().y());
                autoMinX = Math.min(autoMinX, e.getValue().x());
            }
        }
        double dx = minX - autoMinX;
        double dy = maxY + Layered.ROW - autoMinY;
        for (String id : missing) {
            out.put(id, auto.get(id).plus(dx, dy));
        }
        return out;
    }

    /** The layered layout of every device, ignoring canvas positions. */
    public static Map<String, Point> layered(Site site) {
        return Layered.place(units(site));
    }

    static List<Layered.Unit> units(Site site) {
        List<Layered.Unit> units = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Device d : site.devices()) {
            if (seen.add(d.id())) {
                String server = d.type().isServed()
                        ? site.servingServer(d).map(Device::id).orElse(null)
                        : null;
                units.add(new Layered.Unit(d.id(), EndpointType.of(d.type()), server));
            }
        }
        return units;
    }
}
