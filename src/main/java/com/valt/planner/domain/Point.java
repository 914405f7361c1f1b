package com.valt.planner.domain;

/** A position on the plan, in the site file's x/y units (canvas pixels at 100 %); the diagram uses the same. */
public record Point(double x, double y) {
    public Point plus(double dx, double dy) {
        return new Point(x + dx, y + dy);
    }

    public double distance(Point o) {
        return Math.hypot(x - o.x, y - o.y);
    }
}
