package com.valt.planner.diagram;

import com.valt.planner.engine.EndpointType;

/**
 * The one colour table of device kinds, as 0xRRGGBB, for the canvas and every export: a BEAM device is
 * the same purple on the plan, in the SVG, the PNG and the PDF. Plain numbers, so that neither JavaFX
 * nor AWT is needed here; each side makes its own colour object from them.
 */
public final class NodeColors {
    private NodeColors() {}

    /** The kind's own colour: outlines, icons, the canvas's device tiles. */
    public static int stroke(EndpointType k) {
        return switch (k) {
            case CLIENT -> 0x1F6FB2;
            case APPLICATION_SERVER -> 0x0B3C5D;
            case MEDIA_SERVER -> 0x0F7B6C;
            case CAMERA -> 0xC05621;
            case BEAM -> 0x7B3FA0;
            case INTERNET, DNS -> 0x6B7280;
            case FIREWALL -> 0xB42318;
        };
    }

    /** A light tint of the kind's colour, behind a node's text. */
    public static int fill(EndpointType k) {
        return switch (k) {
            case CLIENT -> 0xE8F1FA;
            case APPLICATION_SERVER -> 0xDCE8F2;
            case MEDIA_SERVER -> 0xE0F4F1;
            case CAMERA -> 0xFDF0E6;
            case BEAM -> 0xF3EAF8;
            case INTERNET, DNS -> 0xFFFFFF;
            case FIREWALL -> 0xFDECEA;
        };
    }
}
