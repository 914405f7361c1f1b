package com.valt.planner.domain;

/** A position on the plan, in the site file's x/y units (canvas pixels at 100 %); the diagram uses the same. */
public record Point(double x, double y) {
    public Point plus(double dx, double dy) {
        return new Point(x + dx, y + dy);
    }

    public double distance(Point o) {
        return Math.hypot(x - o.x, y - o.y);
    }

    /** The length of a polyline through these points. */
    public static double length(java.util.List<Point> path) {
        double l = 0;
        for (int i = 1; i < path.size(); i++) {
            l += path.get(i - 1).distance(path.get(i));
        }
        return l;
    }
}
