package com.valt.planner.export;

import com.valt.planner.diagram.Diagram;
import com.valt.planner.diagram.DiagramEdge;
import com.valt.planner.diagram.DiagramGroup;
import com.valt.planner.diagram.DiagramNode;
import com.valt.planner.diagram.Rect;
import com.valt.planner.domain.Point;
import com.valt.planner.export.text.SafeText;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * {@code topology.drawio}: the diagram for diagrams.net (draw.io), as uncompressed mxGraph XML. Every node at
 * its planner position (absolute coordinates: all cells hang off the default layer), the frames behind them,
 * arrows with their bends and ports. Labels are plain text ({@code html=0}), so a name is never markup.
 * Offered by the window's Export menu; not one of the files {@code export} writes.
 *
 * <p>Written by hand rather than with StAX: draw.io keeps labels in attributes, and a label's line break
 * must be written {@code &#10;} there (a raw one becomes a space), which StAX writers do not do.
 */
public final class TopologyDrawio implements Exporter {
    @Override
    public String fileName() {
        return "topology.drawio";
    }

    @Override
    public void write(ExportInput input, OutputStream out) throws IOException {
        out.write(xml(new DiagramText(input)).getBytes(StandardCharsets.UTF_8));
    }

    static String xml(DiagramText text) {
        Diagram d = text.diagram();
        String title = SafeText.shown(d.title());
        StringBuilder sb = new StringBuilder(8192);
        sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        sb.append("<mxfile host=\"VALT Site Planner\" type=\"device\">\n");
        sb.append("  <diagram id=\"topology\" name=\"")
                .append(attr(title.isEmpty() ? "Topology" : title))
                .append("\">\n");
        sb.append("    <mxGraphModel grid=\"1\" gridSize=\"10\" arrows=\"1\" page=\"0\">\n      <root>\n");
        sb.append("        <mxCell id=\"0\"/>\n        <mxCell id=\"1\" parent=\"0\"/>\n");
        for (DiagramGroup g : d.groups()) {
            vertex(
                    sb,
                    text.id(g.id()),
                    DiagramText.label(g),
                    "rounded=0;whiteSpace=wrap;html=0;dashed=1;"
                            + "fillColor=#F5F7FA;strokeColor=#9AA5B1;verticalAlign=top;align=left;spacingLeft=8;",
                    g.bounds());
        }
        for (DiagramNode n : d.nodes()) {
            vertex(
                    sb,
                    text.id(n.id()),
                    DiagramText.label(n),
                    "rounded=1;whiteSpace=wrap;html=0;fillColor=" + DiagramText.fill(n) + ";strokeColor="
                            + DiagramText.stroke(n) + ";",
                    n.bounds());
        }
        int i = 0;
        for (DiagramEdge e : d.edges()) {
            String from = text.id(e.from());
            String to = text.id(e.to());
            if (from == null || to == null) {
                continue;
            }
            sb.append("        <mxCell id=\"e")
                    .append(i++)
                    .append("\" value=\"")
                    .append(attr(e.label()))
                    .append("\" style=\"endArrow=classic;html=0;rounded=0;fontSize=9;strokeColor=#52606D;"
                            + "labelBackgroundColor=#FFFFFF;\" edge=\"1\" parent=\"1\" source=\"")
                    .append(from)
                    .append("\" target=\"")
                    .append(to)
                    .append("\">\n");
            sb.append("          <mxGeometry relative=\"1\" as=\"geometry\">");
            if (e.path().size() > 2) {
                sb.append("<Array as=\"points\">");
                for (int p = 1; p < e.path().size() - 1; p++) {
                    Point pt = e.path().get(p);
                    sb.append("<mxPoint x=\"")
                            .append(DiagramText.num(pt.x()))
                            .append("\" y=\"")
                            .append(DiagramText.num(pt.y()))
                            .append("\"/>");
                }
                sb.append("</Array>");
            }
            sb.append("</mxGeometry>\n        </mxCell>\n");
        }
        sb.append("      </root>\n    </mxGraphModel>\n  </diagram>\n</mxfile>\n");
        return sb.toString();
    }

    private static void vertex(StringBuilder sb, String id, String label, String style, Rect r) {
        sb.append("        <mxCell id=\"")
                .append(id)
                .append("\" value=\"")
                .append(attr(label))
                .append("\" style=\"")
                .append(style)
                .append("\" vertex=\"1\" parent=\"1\">\n");
        sb.append("          <mxGeometry x=\"")
                .append(DiagramText.num(r.x()))
                .append("\" y=\"")
                .append(DiagramText.num(r.y()))
                .append("\" width=\"")
                .append(DiagramText.num(r.width()))
                .append("\" height=\"")
                .append(DiagramText.num(r.height()))
                .append("\" as=\"geometry\"/>\n");
        sb.append("        </mxCell>\n");
    }

    /** An attribute value: markup characters and line breaks as references (the text is already SafeText-clean). */
    static String attr(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\n' -> sb.append("&#10;");
                case '\r' -> sb.append("&#13;");
                case '\t' -> sb.append("&#9;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
