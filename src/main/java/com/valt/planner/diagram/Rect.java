package com.valt.planner.diagram;

import com.valt.planner.domain.Point;

/** An axis-aligned box in diagram units: top-left corner, width and height. */
public record Rect(double x, double y, double width, double height) {

    public static Rect centeredAt(Point c, double width, double height) {
        return new Rect(c.x() - width / 2, c.y() - height / 2, width, height);
    }

    public Point center() {
        return new Point(x + width / 2, y + height / 2);
    }

    public double maxX() {
        return x + width;
    }

    public double maxY() {
        return y + height;
    }

    /** True when the point lies inside or on the border. */
    public boolean contains(Point p) {
        return p.x() >= x && p.x() <= x + width && p.y() >= y && p.y() <= y + height;
    }

    /** Whether the segment p-q passes through this box, border included (Liang-Barsky clipping). */
    public boolean crossedBy(Point p, Point q) {
        // Most boxes lie nowhere near the segment: its bounding box tells without the clipping's arithmetic.
        if (Math.max(p.x(), q.x()) < x
                || Math.min(p.x(), q.x()) > x + width
                || Math.max(p.y(), q.y()) < y
                || Math.min(p.y(), q.y()) > y + height) {
            return false;
        }
        double t0 = 0;
        double t1 = 1;
        double dx = q.x() - p.x();
        double dy = q.y() - p.y();
        double[] pp = {-dx, dx, -dy, dy};
        double[] qq = {p.x() - x, x + width - p.x(), p.y() - y, y + height - p.y()};
        for (int i = 0; i < 4; i++) {
            if (pp[i] == 0) {
                if (qq[i] < 0) {
                    return false;
                }
            } else {
                double t = qq[i] / pp[i];
                if (pp[i] < 0) {
                    t0 = Math.max(t0, t);
                } else {
                    t1 = Math.min(t1, t);
                }
                if (t0 > t1) {
                    return false;
                }
            }
        }
        return true;
    }

    public Rect union(Rect o) {
        double nx = Math.min(x, o.x);
        double ny = Math.min(y, o.y);
        return new Rect(nx, ny, Math.max(maxX(), o.maxX()) - nx, Math.max(maxY(), o.maxY()) - ny);
    }

    public Rect grow(double margin) {
        return new Rect(x - margin, y - margin, width + 2 * margin, height + 2 * margin);
    }

    /** Where the ray from the centre towards {@code target} leaves this box: edges start and end on borders. */
    public Point borderToward(Point target) {
        Point c = center();
        double dx = target.x() - c.x();
        double dy = target.y() - c.y();
        if (dx == 0 && dy == 0) {
            return c;
        }
        double sx = dx == 0 ? Double.POSITIVE_INFINITY : (width / 2) / Math.abs(dx);
        double sy = dy == 0 ? Double.POSITIVE_INFINITY : (height / 2) / Math.abs(dy);
        double s = Math.min(1, Math.min(sx, sy));
        return new Point(c.x() + dx * s, c.y() + dy * s);
    }
}
