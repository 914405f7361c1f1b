package com.valt.planner.export.pdf;

import com.valt.planner.export.text.FontSet;
import com.valt.planner.export.text.SafeText;
import com.valt.planner.export.text.Visual;
import java.awt.Color;
import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * The page the document is being written on, with a cursor measured from the top. Draws text with
 * the embedded fonts (one font per run of characters, right-to-left runs in visual order), rules
 * and boxes, and starts a new page when the next block does not fit.
 */
final class PdfCanvas implements Closeable {
    static final float MARGIN_X = 50;
    static final float TOP = 66;
    static final float BOTTOM = 60;

    final PDDocument doc;
    final PdfFonts fonts;
    private PDPage page;
    private PDPageContentStream cs;
    /** Distance of the cursor from the top of the page. */
    float y;

    PdfCanvas(PDDocument doc) {
        this.doc = doc;
        this.fonts = new PdfFonts(doc);
    }

    PDPage page() {
        return page;
    }

    int pageIndex() {
        return doc.getNumberOfPages() - 1;
    }

    void newPage() throws IOException {
        newPage(false);
    }

    void newPage(boolean landscape) throws IOException {
        closeStream();
        PDRectangle a4 = PDRectangle.A4;
        page = new PDPage(landscape ? new PDRectangle(a4.getHeight(), a4.getWidth()) : a4);
        doc.addPage(page);
        cs = new PDPageContentStream(doc, page);
        y = TOP;
    }

    PDPageContentStream stream() {
        return cs;
    }

    float pageWidth() {
        return page.getMediaBox().getWidth();
    }

    float pageHeight() {
        return page.getMediaBox().getHeight();
    }

    float contentWidth() {
        return pageWidth() - 2 * MARGIN_X;
    }

    float bottom() {
        return pageHeight() - BOTTOM;
    }

    boolean fits(float height) {
        return y + height <= bottom();
    }

    void ensure(float height) throws IOException {
        if (!fits(height)) {
            newPage(pageWidth() > pageHeight());
        }
    }

    /** Draws one line of text with its baseline {@code baseline} points below the top of the page. */
    void text(String raw, float x, float baseline, boolean bold, float size, Color color) throws IOException {
        showText(fonts, cs, pageHeight(), raw, x, baseline, bold, size, color);
    }

    static void showText(
            PdfFonts fonts,
            PDPageContentStream cs,
            float pageHeight,
            String raw,
            float x,
            float baseline,
            boolean bold,
            float size,
            Color color)
            throws IOException {
        String s = Visual.order(SafeText.clean(raw));
        if (s.isEmpty()) {
            return;
        }
        cs.setNonStrokingColor(color);
        cs.beginText();
        cs.newLineAtOffset(x, pageHeight - baseline);
        for (FontSet.Run run : fonts.runs(s, bold)) {
            cs.setFont(fonts.font(run.face()), size);
            try {
                cs.showText(run.text());
            } catch (IllegalArgumentException | IllegalStateException e) {
                // A glyph the font claims but cannot encode: keep the line, mark the gap.
                cs.setFont(fonts.font(bold ? FontSet.Face.BOLD : FontSet.Face.REGULAR), size);
                cs.showText("?".repeat(run.text().codePointCount(0, run.text().length())));
            }
        }
        cs.endText();
    }

    float width(String raw, boolean bold, float size) throws IOException {
        return fonts.width(SafeText.clean(raw), bold, size);
    }

    /** Text wrapped at spaces (long words broken) to a width; at most {@code maxLines}, the last cut with an ellipsis. */
    List<String> wrap(String raw, float width, boolean bold, float size, int maxLines) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String para : (raw == null ? "" : raw).split("\n", -1)) {
            wrapParagraph(SafeText.clean(para), width, bold, size, lines);
        }
        if (lines.size() > maxLines) {
            List<String> cut = new ArrayList<>(lines.subList(0, maxLines));
            String last = cut.get(maxLines - 1);
            while (!last.isEmpty() && fonts.width(last + "\u2026", bold, size) > width) {
                last = last.substring(0, last.offsetByCodePoints(last.length(), -1));
            }
            cut.set(maxLines - 1, last + "\u2026");
            return cut;
        }
        return lines;
    }

    private void wrapParagraph(String para, float width, boolean bold, float size, List<String> out)
            throws IOException {
        if (fonts.width(para, bold, size) <= width) {
            out.add(para);
            return;
        }
        StringBuilder line = new StringBuilder();
        for (String word : para.split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (fonts.width(candidate, bold, size) <= width) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (!line.isEmpty()) {
                out.add(line.toString());
                line.setLength(0);
            }
            // A word wider than the column (an address list, a 10,000-character name): break it.
            String rest = word;
            while (fonts.width(rest, bold, size) > width) {
                int n = 1;
                while (n < rest.length()
                        && fonts.width(rest.substring(0, rest.offsetByCodePoints(0, n + 1)), bold, size) <= width) {
                    n++;
                }
                int end = rest.offsetByCodePoints(0, n);
                // A name ("valt_media_server_2_cameras_v4") breaks after one of its separators where one is in the
                // second half of the line, so each line ends on a whole part of it.
                int soft = Math.max(
                        Math.max(rest.lastIndexOf('_', end - 1), rest.lastIndexOf('-', end - 1)),
                        Math.max(rest.lastIndexOf('.', end - 1), rest.lastIndexOf('/', end - 1)));
                if (soft >= end / 2 && soft + 1 < end) {
                    end = soft + 1;
                }
                out.add(rest.substring(0, end));
                rest = rest.substring(end);
            }
            line.append(rest);
        }
        if (!line.isEmpty()) {
            out.add(line.toString());
        }
    }

    void fill(float x, float top, float w, float h, Color c) throws IOException {
        cs.setNonStrokingColor(c);
        cs.addRect(x, pageHeight() - top - h, w, h);
        cs.fill();
    }

    void line(float x1, float top1, float x2, float top2, Color c, float width) throws IOException {
        cs.setStrokingColor(c);
        cs.setLineWidth(width);
        cs.moveTo(x1, pageHeight() - top1);
        cs.lineTo(x2, pageHeight() - top2);
        cs.stroke();
    }

    private void closeStream() throws IOException {
        if (cs != null) {
            cs.close();
            cs = null;
        }
    }

    @Override
    public void close() throws IOException {
        closeStream();
    }
}
