package com.valt.planner.export.draw;

import com.valt.planner.export.text.FontSet;
import com.valt.planner.export.text.SafeText;
import java.awt.Font;
import java.awt.Graphics2D;

/** Draws one line of user text with the bundled fonts, one font per run, shortened to fit a width. */
final class TextPainter {
    private final FontSet fonts = FontSet.get();

    float width(Graphics2D g, String text, boolean bold, float size) {
        float w = 0;
        for (FontSet.Run run : fonts.runs(text, bold)) {
            Font f = fonts.font(run.face(), size);
            w += (float) f.getStringBounds(run.text(), g.getFontRenderContext()).getWidth();
        }
        return w;
    }

    /** The cleaned text, with an ellipsis if it is wider than {@code max}. */
    String fit(Graphics2D g, String raw, boolean bold, float size, float max) {
        // No glyph is narrower than a quarter of the size: cut long names before measuring.
        String text = SafeText.shorten(SafeText.clean(raw), Math.max(4, (int) (max / (size * 0.25f))));
        if (width(g, text, bold, size) <= max) {
            return text;
        }
        int n = text.codePointCount(0, text.length());
        while (n > 1) {
            n--;
            String cut = text.substring(0, text.offsetByCodePoints(0, n)).stripTrailing() + "\u2026";
            if (width(g, cut, bold, size) <= max) {
                return cut;
            }
        }
        return "\u2026";
    }

    /** Draws already fitted text with its left end at x and baseline at y. */
    void draw(Graphics2D g, String text, float x, float y, boolean bold, float size) {
        for (FontSet.Run run : fonts.runs(text, bold)) {
            Font f = fonts.font(run.face(), size);
            g.setFont(f);
            g.drawString(run.text(), x, y);
            x += (float) f.getStringBounds(run.text(), g.getFontRenderContext()).getWidth();
        }
    }

    void drawCentered(Graphics2D g, String text, float cx, float y, boolean bold, float size) {
        draw(g, text, cx - width(g, text, bold, size) / 2, y, bold, size);
    }
}
