package com.valt.planner.diagram;

/**
 * How to draw a site.
 *
 * @param collapse  whether devices of one kind under one server (and clients) become one group node
 * @param threshold in {@link Collapse#AUTO} mode, more than this many cameras on one server (or BEAM
 *                  devices, or clients) are collapsed. With collapsing on (AUTO or ALWAYS), a site
 *                  with more than two servers draws one arrow per server to the "Internet" frame
 *                  instead of one to each outside host.
 */
public record DiagramOptions(Collapse collapse, int threshold) {
    public static final int DEFAULT_THRESHOLD = 12;
    public static final DiagramOptions DEFAULT = new DiagramOptions(Collapse.AUTO, DEFAULT_THRESHOLD);

    public enum Collapse {
        /** Collapse only above the threshold. */
        AUTO,
        /** Every set of two or more. */
        ALWAYS,
        /** Every device its own node. */
        NEVER
    }

    public DiagramOptions {
        if (collapse == null) {
            collapse = Collapse.AUTO;
        }
        threshold = Math.max(1, threshold);
    }

    public DiagramOptions withCollapse(Collapse c) {
        return new DiagramOptions(c, threshold);
    }

    boolean collapses(int count) {
        return switch (collapse) {
            case NEVER -> false;
            case ALWAYS -> count >= 2;
            case AUTO -> count > threshold;
        };
    }
}
