package com.valt.planner.export;

import com.valt.planner.diagram.Diagram;
import com.valt.planner.diagram.DiagramEdge;
import com.valt.planner.diagram.DiagramGroup;
import com.valt.planner.diagram.DiagramNode;
import com.valt.planner.diagram.Rect;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * {@code topology.dot}: the diagram for Graphviz. Nodes carry their label, the full device names as a
 * tooltip (SVG title) and the planner's position ({@code pos}, used by {@code neato -n}; {@code dot} lays
 * the graph out itself). The Internet frame is a cluster; an arrow to the frame ends at its border
 * ({@code lhead}). Every string is quoted and escaped, so a name is never DOT syntax.
 */
public final class TopologyDot implements Exporter {
    /** Points per diagram unit: Graphviz positions are in points, the diagram in canvas pixels. */
    private static final double PT = 0.75;

    @Override
    public String fileName() {
        return "topology.dot";
    }

    @Override
    public void write(ExportInput input, OutputStream out) throws IOException {
        out.write(dot(new DiagramText(input)).getBytes(StandardCharsets.UTF_8));
    }

    static String dot(DiagramText text) {
        Diagram d = text.diagram();
        StringBuilder sb = new StringBuilder(4096);
        sb.append("digraph topology {\n");
        sb.append("  graph [charset=\"UTF-8\", compound=true, rankdir=TB, labelloc=t, fontname=\"Noto Sans\", label=")
                .append(quote(com.valt.planner.export.text.SafeText.shown(d.title())))
                .append("];\n");
        sb.append("  node [shape=box, style=\"rounded,filled\", fontname=\"Noto Sans\", fontsize=10];\n");
        sb.append("  edge [fontname=\"Noto Sans\", fontsize=8, color=\"#52606D\"];\n");
        Map<String, DiagramGroup> frameOf = text.frameOf();
        for (DiagramGroup g : d.groups()) {
            sb.append("  subgraph ").append(quote("cluster_" + text.id(g.id()))).append(" {\n");
            sb.append("    label=")
                    .append(quote(DiagramText.label(g)))
                    .append("; style=\"dashed,filled\"; fillcolor=\"#F5F7FA\"; color=\"#9AA5B1\";\n");
            for (DiagramNode n : DiagramText.inFrame(d, g)) {
                node(sb.append("  "), text, n, d.bounds());
            }
            sb.append("  }\n");
        }
        for (DiagramNode n : d.nodes()) {
            if (!frameOf.containsKey(n.id())) {
                node(sb, text, n, d.bounds());
            }
        }
        for (DiagramEdge e : d.edges()) {
            String from = endpoint(text, d, e.from());
            String to = endpoint(text, d, e.to());
            if (from == null || to == null) {
                continue;
            }
            if (!e.via().isEmpty()) {
                // Through the firewalls of its route: the ports on the first leg, the head on the last only.
                List<String> stops = new java.util.ArrayList<>();
                stops.add(from);
                e.via().forEach(v -> stops.add(endpoint(text, d, v)));
                stops.add(to);
                for (int i = 0; i + 1 < stops.size(); i++) {
                    sb.append("  ")
                            .append(quote(stops.get(i)))
                            .append(" -> ")
                            .append(quote(stops.get(i + 1)))
                            .append(" [label=")
                            .append(quote(i == 0 ? e.label() : ""));
                    if (i + 2 < stops.size()) {
                        sb.append(", arrowhead=none");
                    }
                    if (i + 2 == stops.size() && text.id(e.to()).startsWith("g")) {
                        sb.append(", lhead=").append(quote("cluster_" + text.id(e.to())));
                    }
                    sb.append("];\n");
                }
                continue;
            }
            sb.append("  ")
                    .append(quote(from))
                    .append(" -> ")
                    .append(quote(to))
                    .append(" [label=")
                    .append(quote(e.label()));
            if (text.id(e.from()).startsWith("g")) {
                sb.append(", ltail=").append(quote("cluster_" + text.id(e.from())));
            }
            if (text.id(e.to()).startsWith("g")) {
                sb.append(", lhead=").append(quote("cluster_" + text.id(e.to())));
            }
            sb.append("];\n");
        }
        sb.append("}\n");
        return sb.toString();
    }

    private static void node(StringBuilder sb, DiagramText text, DiagramNode n, Rect all) {
        // Graphviz's y axis points up.
        double x = (n.bounds().center().x() - all.x()) * PT;
        double y = (all.maxY() - n.bounds().center().y()) * PT;
        sb.append("  ")
                .append(quote(text.id(n.id())))
                .append(" [label=")
                .append(quote(DiagramText.label(n)))
                .append(", tooltip=")
                .append(quote(text.members(n)))
                .append(", fillcolor=")
                .append(quote(DiagramText.fill(n)))
                .append(", color=")
                .append(quote(DiagramText.stroke(n)))
                .append(", pos=")
                .append(quote(DiagramText.num(x) + "," + DiagramText.num(y) + "!"))
                .append("];\n");
    }

    /** An arrow to a frame is drawn to the frame's first node, clipped at the frame by lhead/ltail. */
    private static String endpoint(DiagramText text, Diagram d, String diagramId) {
        String id = text.id(diagramId);
        if (id == null || !id.startsWith("g")) {
            return id;
        }
        for (DiagramGroup g : d.groups()) {
            if (g.id().equals(diagramId)) {
                List<DiagramNode> inside = DiagramText.inFrame(d, g);
                return inside.isEmpty() ? null : text.id(inside.get(0).id());
            }
        }
        return null;
    }

    /** A DOT double-quoted string: backslash and quote escaped, line breaks as \n (centred lines). */
    static String quote(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> {}
                default -> sb.append(c);
            }
        }
        return sb.append('"').toString();
    }
}
