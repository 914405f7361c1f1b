package com.valt.planner.export.pdf;

import com.valt.planner.diagram.Diagram;
import com.valt.planner.diagram.DiagramEdge;
import com.valt.planner.diagram.DiagramNode;
import com.valt.planner.export.draw.DiagramPainter;
import com.valt.planner.export.text.FontSet;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.util.Matrix;

/** The topology diagram as a vector figure with real text, drawn by the same painter as the PNG and SVG. */
final class TopologyChapter {
    private TopologyChapter() {}

    static void write(Blocks b, PdfCanvas c, Diagram d) throws IOException {
        float w = (float) DiagramPainter.width(d);
        float h = (float) DiagramPainter.height(d);
        b.chapter("Topology", w > h * 1.15f);
        boolean zoned = d.nodes().stream().anyMatch(n -> n.kind() == com.valt.planner.engine.EndpointType.FIREWALL);
        b.para(
                "Every arrow is one or more required flows, labelled with its ports; arrows with the same ports"
                        + " show their label once. Group nodes stand for several devices of one kind; the concrete flows and"
                        + " the inventory list each of them."
                        + (zoned
                                ? " Each zone is a frame with its VLAN and networks; an arrow between zones passes through"
                                        + " the firewalls (red, cut corners) its flows cross, in order."
                                : ""),
                8.5f,
                Style.MUTED,
                false,
                0);
        PdfBoxGraphics2D g = new PdfBoxGraphics2D(c.doc, w, h);
        PdfBoxGraphics2DFontTextDrawer drawer = new PdfBoxGraphics2DFontTextDrawer();
        for (Map.Entry<String, PDFont> e : fonts(c, d).entrySet()) {
            drawer.registerFont(e.getKey(), e.getValue());
        }
        g.setFontTextDrawer(drawer);
        try {
            new DiagramPainter().paint(d, g);
        } finally {
            g.dispose();
        }
        PDFormXObject form = g.getXFormObject();
        float availW = c.contentWidth();
        float availH = c.bottom() - c.y;
        float scale = Math.min(1f, Math.min(availW / w, availH / h));
        float x = PdfCanvas.MARGIN_X + (availW - w * scale) / 2;
        float bottom = c.pageHeight() - c.y - h * scale;
        c.stream().saveGraphicsState();
        c.stream().transform(new Matrix(scale, 0, 0, scale, x, bottom));
        c.stream().drawForm(form);
        c.stream().restoreGraphicsState();
        c.y += h * scale + 6;
    }

    /** The embedded fonts the diagram's text needs; the CJK fallback only when some text uses it. */
    private static Map<String, PDFont> fonts(PdfCanvas c, Diagram d) throws IOException {
        Map<String, PDFont> all = c.fonts.loadedByAwtName(needsFallback(d));
        return all;
    }

    private static boolean needsFallback(Diagram d) {
        List<String> texts = new ArrayList<>();
        texts.add(d.title());
        for (DiagramNode n : d.nodes()) {
            texts.add(n.title());
            texts.add(n.subtitle());
        }
        for (DiagramEdge e : d.edges()) {
            texts.add(e.label());
        }
        FontSet fs = FontSet.get();
        return texts.stream()
                .anyMatch(t -> fs.runs(t, false).stream().anyMatch(r -> r.face() == FontSet.Face.FALLBACK)
                        || fs.runs(t, true).stream().anyMatch(r -> r.face() == FontSet.Face.FALLBACK));
    }
}
