package com.valt.planner.ui.plan;

import com.valt.planner.domain.DeviceType;

/**
 * How big a device is drawn on the plan, in plan units. Servers and clients are labelled boxes;
 * cameras and BEAM devices are icons, because sites pack them tightly (the samples place cameras
 * 24 units apart); their names show on hover, in the inspector and in the tables.
 */
final class NodeShape {
    private NodeShape() {}

    static boolean isBox(DeviceType t) {
        return !t.isServed();
    }

    static double width(DeviceType t) {
        return switch (t) {
            case CLIENT -> 116;
            case APPLICATION_SERVER, MEDIA_SERVER -> 160;
            case CAMERA, BEAM -> 22;
        };
    }

    static double height(DeviceType t) {
        return switch (t) {
            // room for a name on two lines and the address under it
            case CLIENT -> 52;
            case APPLICATION_SERVER, MEDIA_SERVER -> 54;
            case CAMERA, BEAM -> 22;
        };
    }

    /** The largest half-size of any kind, for culling. */
    static final double MAX_HALF = 80;
}
