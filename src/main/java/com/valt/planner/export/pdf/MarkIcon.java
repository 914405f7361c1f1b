package com.valt.planner.export.pdf;

import com.valt.planner.catalog.Mark;
import java.awt.Color;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/** The page's marks drawn as small vector icons: open padlock, closed padlock, wrench. */
final class MarkIcon {
    static final float SIZE = 8;

    private MarkIcon() {}

    /** Draws the icon in an 8×8 box whose top-left corner is (x, top) in top-down page units. */
    static void draw(PdfCanvas c, Mark m, float x, float top) throws IOException {
        PDPageContentStream cs = c.stream();
        float by = c.pageHeight() - top - SIZE; // bottom of the box in PDF units
        switch (m) {
            case SSL_OFF, SSL_ON -> {
                Color col = m == Mark.SSL_ON ? new Color(0x2F855A) : new Color(0xC05621);
                cs.setNonStrokingColor(col);
                cs.addRect(x + 1, by, 6, 4.4f);
                cs.fill();
                cs.setStrokingColor(col);
                cs.setLineWidth(1f);
                // The shackle: closed comes back down into the body, open stops short on the right.
                cs.moveTo(x + 2.2f, by + 4.4f);
                cs.lineTo(x + 2.2f, by + 6);
                cs.curveTo(x + 2.2f, by + 8.2f, x + 5.8f, by + 8.2f, x + 5.8f, by + 6);
                if (m == Mark.SSL_ON) {
                    cs.lineTo(x + 5.8f, by + 4.4f);
                } else {
                    cs.moveTo(x + 5.8f, by + 6);
                }
                cs.stroke();
            }
            case ADMIN -> {
                Color col = new Color(0x3E4C59);
                cs.setStrokingColor(col);
                cs.setLineWidth(1.6f);
                cs.moveTo(x + 1.2f, by + 1.2f);
                cs.lineTo(x + 5f, by + 5f);
                cs.stroke();
                cs.setLineWidth(1.1f);
                // The jaw: an open ring at the top right.
                cs.moveTo(x + 7.6f, by + 5.8f);
                cs.curveTo(x + 7.6f, by + 8.4f, x + 4.2f, by + 8.4f, x + 4.6f, by + 5.6f);
                cs.curveTo(x + 5.2f, by + 4.2f, x + 7.6f, by + 4.2f, x + 7.6f, by + 5.8f);
                cs.stroke();
            }
        }
    }
}
