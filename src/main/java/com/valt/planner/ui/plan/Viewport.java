package com.valt.planner.ui.plan;

import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;

/** Maps plan coordinates to canvas pixels: screen = plan * scale + offset. */
final class Viewport {
    static final double MIN_SCALE = 0.05;
    static final double MAX_SCALE = 4;

    private double scale = 1;
    private double tx;
    private double ty;

    double scale() {
        return scale;
    }

    Point2D toScreen(double x, double y) {
        return new Point2D(x * scale + tx, y * scale + ty);
    }

    Point2D toPlan(double sx, double sy) {
        return new Point2D((sx - tx) / scale, (sy - ty) / scale);
    }

    double screenX(double x) {
        return x * scale + tx;
    }

    double screenY(double y) {
        return y * scale + ty;
    }

    void pan(double dx, double dy) {
        tx += dx;
        ty += dy;
    }

    /** Zooms by a factor, keeping the plan point under (sx, sy) where it is. */
    void zoomAt(double factor, double sx, double sy) {
        double next = Math.max(MIN_SCALE, Math.min(MAX_SCALE, scale * factor));
        Point2D p = toPlan(sx, sy);
        scale = next;
        tx = sx - p.getX() * scale;
        ty = sy - p.getY() * scale;
    }

    /** Shows the plan rectangle whole, centred, with a margin in pixels. */
    void fit(Bounds plan, double width, double height, double margin) {
        double w = Math.max(plan.getWidth(), 1);
        double h = Math.max(plan.getHeight(), 1);
        scale = Math.max(MIN_SCALE, Math.min(1.5, Math.min((width - 2 * margin) / w, (height - 2 * margin) / h)));
        tx = width / 2 - (plan.getMinX() + w / 2) * scale;
        ty = height / 2 - (plan.getMinY() + h / 2) * scale;
    }

    /** The plan rectangle visible in a canvas of this size. */
    Bounds visible(double width, double height) {
        Point2D a = toPlan(0, 0);
        return new BoundingBox(a.getX(), a.getY(), width / scale, height / scale);
    }
}
