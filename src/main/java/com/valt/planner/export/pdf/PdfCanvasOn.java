package com.valt.planner.export.pdf;

import java.awt.Color;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/** Text on a page written earlier (header, footer, contents), with the canvas's fonts. */
final class PdfCanvasOn {
    private final PdfCanvas canvas;
    private final PDPageContentStream cs;
    private final float pageHeight;
    private Color color = Style.INK;

    PdfCanvasOn(PdfCanvas canvas, PDPageContentStream cs, float pageHeight) {
        this.canvas = canvas;
        this.cs = cs;
        this.pageHeight = pageHeight;
    }

    void color(Color c) {
        color = c;
    }

    void text(String s, float x, float baseline, float size) throws IOException {
        PdfCanvas.showText(canvas.fonts, cs, pageHeight, s, x, baseline, false, size, color);
    }
}
