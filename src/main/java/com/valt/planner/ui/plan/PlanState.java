package com.valt.planner.ui.plan;

import com.valt.planner.domain.Device;
import com.valt.planner.domain.DeviceType;
import com.valt.planner.domain.Point;
import com.valt.planner.domain.Site;
import java.util.List;
import java.util.Set;
import javafx.geometry.Bounds;

/** Everything the painter needs for one frame; the canvas keeps it up to date. */
final class PlanState {
    /** One arrow to draw: a path from border to border and its ports label. */
    record Edge(String from, String to, String label, List<Point> path, Point labelAt) {}

    final Viewport viewport = new Viewport();
    /** The picture's site, kept at hand because nearly every drawing step asks for it. */
    Site site = Site.empty();

    Set<String> selection = Set.of();
    Set<String> highlight = Set.of();
    List<Edge> edges = List.of();
    /** True when only the selection's arrows are shown: few enough to draw over the devices. */
    boolean edgesOnTop;

    boolean grid = true;
    boolean snap = true;
    /** Devices being dragged and how far, in plan units. */
    Set<String> dragged = Set.of();

    double dragDx;
    double dragDy;
    DeviceType ghostType;
    Point ghostAt;
    Bounds band;
    String dropTarget;
    /** The device under the mouse: its name and address are shown in a card. */
    String hover;

    /** The picture drawn now: positions, hosts, frames and firewalls are read from it, never worked out here. */
    PlanPicture picture = PlanPicture.EMPTY;

    void setPicture(PlanPicture p) {
        picture = p;
        site = p.site();
    }

    String servingServerId(Device d) {
        return picture.servedBy().get(d.id());
    }

    /** Where a device is drawn now, following a drag in progress. */
    Point position(String id) {
        Point p = picture.positions().get(id);
        if (p != null && !dragged.isEmpty() && dragged.contains(id)) {
            return new Point(p.x() + dragDx, p.y() + dragDy);
        }
        return p;
    }

    /** The topmost device whose box contains the plan point, or null. */
    Device deviceAt(double x, double y, Set<String> except) {
        List<Device> ds = site.devices();
        for (int i = ds.size() - 1; i >= 0; i--) {
            if (except.contains(ds.get(i).id())) {
                continue;
            }
            Point p = position(ds.get(i).id());
            DeviceType t = ds.get(i).type();
            if (p != null
                    && Math.abs(x - p.x()) <= NodeShape.width(t) / 2 + 1
                    && Math.abs(y - p.y()) <= NodeShape.height(t) / 2 + 1) {
                return ds.get(i);
            }
        }
        return null;
    }

    /** The topmost firewall whose box contains the plan point, or null. */
    String firewallAt(double x, double y) {
        String hit = null;
        for (String id : picture.firewallAt().keySet()) {
            Point p = position(id);
            if (p != null
                    && Math.abs(x - p.x()) <= PlanZones.FIREWALL_W / 2 + 1
                    && Math.abs(y - p.y()) <= PlanZones.FIREWALL_H / 2 + 1) {
                hit = id;
            }
        }
        return hit;
    }

    /** The box a device is drawn in now, or an outside host's box; null when it is not on the plan. */
    com.valt.planner.diagram.Rect box(String id) {
        Point p = position(id);
        if (p != null) {
            Device d = site.device(id).orElse(null);
            if (d != null) {
                double w = NodeShape.width(d.type());
                double h = NodeShape.height(d.type());
                return new com.valt.planner.diagram.Rect(p.x() - w / 2, p.y() - h / 2, w, h);
            }
        }
        if (p != null && picture.firewallAt().containsKey(id)) {
            return com.valt.planner.diagram.Rect.centeredAt(p, PlanZones.FIREWALL_W, PlanZones.FIREWALL_H);
        }
        for (var h : picture.hosts()) {
            if (h.id().equals(id)) {
                return h.bounds();
            }
        }
        return null;
    }

    /** The drawn devices' bounds, or null for an empty plan. */
    com.valt.planner.diagram.Rect deviceBounds() {
        com.valt.planner.diagram.Rect all = null;
        for (Device d : site.devices()) {
            com.valt.planner.diagram.Rect b = box(d.id());
            if (b != null) {
                all = all == null ? b : all.union(b);
            }
        }
        return all;
    }

    double snap(double v) {
        return snap ? Math.round(v / PlanPainter.GRID) * PlanPainter.GRID : v;
    }
}
