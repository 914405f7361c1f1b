package com.valt.planner.edit;

/** A position on the plan, in the site file's x/y units. */
public record Point(double x, double y) {
}
