package com.valt.planner.diagram;

/** A point in diagram units (canvas pixels at 100 %). */
public record Point(double x, double y) {
    public Point plus(double dx, double dy) {
        return new Point(x + dx, y + dy);
    }

    public double distance(Point o) {
        return Math.hypot(x - o.x, y - o.y);
    }
}
