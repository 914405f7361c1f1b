package com.valt.planner.export;

import com.valt.planner.diagram.Diagram;
import com.valt.planner.diagram.DiagramGroup;
import com.valt.planner.diagram.DiagramNode;
import com.valt.planner.export.draw.Palette;
import com.valt.planner.export.text.SafeText;
import java.awt.Color;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What the diagram files (GraphML, DOT, draw.io) say about each node, from the one Diagram the SVG and PNG
 * draw: labels cleaned of control characters and shortened, the full names of a group node's devices, and
 * short ids ({@code n0}, {@code g0}) because device ids are free text and these formats want plain ids.
 */
final class DiagramText {
    private final Diagram diagram;
    private final Map<String, String> names = new HashMap<>();
    private final Map<String, String> ids = new LinkedHashMap<>();

    DiagramText(ExportInput input) {
        this.diagram = input.diagram();
        input.result().endpoints().forEach(e -> names.putIfAbsent(e.id(), SafeText.shown(e.label())));
        for (int i = 0; i < diagram.groups().size(); i++) {
            ids.put(diagram.groups().get(i).id(), "g" + i);
        }
        for (int i = 0; i < diagram.nodes().size(); i++) {
            ids.put(diagram.nodes().get(i).id(), "n" + i);
        }
    }

    Diagram diagram() {
        return diagram;
    }

    /** The file's id of a node or frame; null for an id the diagram does not have. */
    String id(String diagramId) {
        return ids.get(diagramId);
    }

    /** Title, then the address (or range) on a second line. */
    static String label(DiagramNode n) {
        String title = SafeText.shown(n.title());
        String sub = SafeText.shown(n.subtitle());
        return sub.isEmpty() ? title : title + "\n" + sub;
    }

    static String label(DiagramGroup g) {
        return SafeText.shown(g.title());
    }

    /** The names of the devices a node stands for, one a line (one name for a single node). */
    String members(DiagramNode n) {
        return n.memberIds().stream()
                .map(id -> names.getOrDefault(id, SafeText.shown(id)))
                .collect(Collectors.joining("\n"));
    }

    /** The frame each node sits in, if any. */
    Map<String, DiagramGroup> frameOf() {
        Map<String, DiagramGroup> m = new HashMap<>();
        for (DiagramGroup g : diagram.groups()) {
            g.nodeIds().forEach(id -> m.putIfAbsent(id, g));
        }
        return m;
    }

    static List<DiagramNode> inFrame(Diagram d, DiagramGroup g) {
        return d.nodes().stream().filter(n -> g.nodeIds().contains(n.id())).toList();
    }

    static String fill(DiagramNode n) {
        return hex(Palette.fill(n.kind()));
    }

    static String stroke(DiagramNode n) {
        return hex(Palette.stroke(n.kind()));
    }

    private static String hex(Color c) {
        return String.format("#%06X", c.getRGB() & 0xFFFFFF);
    }

    /** Coordinates as short decimals: "120" or "120.5". */
    static String num(double v) {
        double r = Math.round(v * 10) / 10.0;
        return r == Math.rint(r) ? Long.toString((long) r) : Double.toString(r);
    }
}
