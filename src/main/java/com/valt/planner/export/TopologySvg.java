package com.valt.planner.export;

import com.valt.planner.diagram.Diagram;
import com.valt.planner.diagram.DiagramNode;
import com.valt.planner.export.draw.DiagramPainter;
import com.valt.planner.export.text.SafeText;
import java.awt.Graphics2D;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGHints;

/** {@code topology.svg}: the same picture as the PNG, as vectors with real text (JFreeSVG). */
public final class TopologySvg implements Exporter {
    @Override
    public String fileName() {
        return "topology.svg";
    }

    @Override
    public void write(ExportInput input, OutputStream out) throws IOException {
        Diagram d = input.diagram();
        SVGGraphics2D g = new SVGGraphics2D(DiagramPainter.width(d), DiagramPainter.height(d));
        g.setRenderingHint(SVGHints.KEY_DRAW_STRING_TYPE, SVGHints.VALUE_DRAW_STRING_TYPE_STANDARD);
        // Viewers without the bundled fonts fall back to a sans-serif of their own.
        // Unquoted: JFreeSVG writes the style attribute in single quotes.
        g.setFontFunction(family -> family + ", Noto Sans, Noto Sans CJK SC, sans-serif");
        Map<String, String> names = new HashMap<>();
        input.result().endpoints().forEach(e -> names.putIfAbsent(e.id(), SafeText.clean(e.label())));
        // Each node is a <g> with a <title>: the full names, also of the devices inside a group node.
        int[] counter = {0};
        new DiagramPainter(new DiagramPainter.NodeHook() {
                    @Override
                    public void before(Graphics2D g2, DiagramNode node) {
                        g2.setRenderingHint(SVGHints.KEY_BEGIN_GROUP, "node" + ++counter[0]);
                        g2.setRenderingHint(SVGHints.KEY_ELEMENT_TITLE, title(node, names));
                    }

                    @Override
                    public void after(Graphics2D g2, DiagramNode node) {
                        g2.setRenderingHint(SVGHints.KEY_END_GROUP, "node" + counter[0]);
                    }
                })
                .paint(d, g);
        out.write(g.getSVGDocument().getBytes(StandardCharsets.UTF_8));
    }

    static String title(DiagramNode node, Map<String, String> names) {
        if (node.memberIds().isEmpty()) {
            // A firewall: it stands for no device.
            return SafeText.clean(node.title() + "\n" + node.subtitle());
        }
        String members =
                node.memberIds().stream().map(id -> names.getOrDefault(id, id)).collect(Collectors.joining("\n"));
        return node.isGroup() ? SafeText.clean(node.title()) + ":\n" + members : members;
    }
}
