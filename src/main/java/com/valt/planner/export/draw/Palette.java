package com.valt.planner.export.draw;

import com.valt.planner.diagram.NodeColors;
import com.valt.planner.engine.EndpointType;
import java.awt.Color;
import java.util.Set;

/** Colours of node kinds and arrow kinds, shared by the painter and its legend. */
public final class Palette {
    static final Color INK = new Color(0x1F2933);
    static final Color MUTED = new Color(0x52606D);
    static final Color FRAME = new Color(0x9AA5B1);
    static final Color FRAME_FILL = new Color(0xF5F7FA);
    /** The legend's words for the firewall nodes (their colours are {@link NodeColors}' FIREWALL kind). */
    static final String FIREWALL_LEGEND = "Firewall or router the arrows pass through";

    /** Arrow colours by what the flow is for. */
    enum EdgeKind {
        CLIENTS("Clients to servers", new Color(0x1F6FB2)),
        CAMERAS("Servers to cameras", new Color(0xC05621)),
        BEAM("BEAM to servers", new Color(0x7B3FA0)),
        SERVERS("Between servers", new Color(0x0F7B6C)),
        OUTSIDE("Updates, licensing, DNS", new Color(0x6B7280));

        final String label;
        final Color color;

        EdgeKind(String label, Color color) {
            this.label = label;
            this.color = color;
        }

        static EdgeKind of(Set<String> sections) {
            if (sections.contains("client-to-servers")) {
                return CLIENTS;
            }
            if (sections.contains("servers-to-cameras")) {
                return CAMERAS;
            }
            if (sections.contains("beam-to-servers")) {
                return BEAM;
            }
            if (sections.contains("app-to-media") || sections.contains("media-to-app")) {
                return SERVERS;
            }
            return OUTSIDE;
        }
    }

    private Palette() {}

    public static Color stroke(EndpointType k) {
        return new Color(NodeColors.stroke(k));
    }

    public static Color fill(EndpointType k) {
        return new Color(NodeColors.fill(k));
    }
}
