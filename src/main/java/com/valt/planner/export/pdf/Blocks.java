package com.valt.planner.export.pdf;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Headings and paragraphs, and where each chapter starts (for the contents page and the bookmarks). */
final class Blocks {
    /** A chapter: its title and where it starts. */
    record Chapter(String title, int pageIndex, float y) {}

    private final PdfCanvas c;
    final List<Chapter> chapters = new ArrayList<>();

    Blocks(PdfCanvas c) {
        this.c = c;
    }

    /** Starts a chapter on a new page. */
    void chapter(String title) throws IOException {
        chapter(title, false);
    }

    void chapter(String title, boolean landscape) throws IOException {
        c.newPage(landscape);
        chapters.add(new Chapter(title, c.pageIndex(), c.y));
        c.text(title, PdfCanvas.MARGIN_X, c.y + Style.H1, true, Style.H1, Style.ACCENT);
        c.y += Style.H1 + 6;
        c.line(PdfCanvas.MARGIN_X, c.y, PdfCanvas.MARGIN_X + c.contentWidth(), c.y, Style.ACCENT, 1.2f);
        c.y += 12;
    }

    /** Room kept under a heading for the start of what follows it. */
    static final float KEEP_WITH_HEADING = 90;

    void heading(String text) throws IOException {
        heading(text, KEEP_WITH_HEADING);
    }

    /** A heading kept with {@code keep} points of what follows (less than the default for a few short lines). */
    void heading(String text, float keep) throws IOException {
        // Keep a heading with what follows: a table's header row, a "served by" line and its first rows.
        c.ensure(Style.H2 * 1.3f + 7 + keep);
        c.y += 4;
        for (String line : c.wrap(text, c.contentWidth(), true, Style.H2, 3)) {
            c.text(line, PdfCanvas.MARGIN_X, c.y + Style.H2, true, Style.H2, Style.INK);
            c.y += Style.H2 * 1.3f;
        }
        c.y += 3;
    }

    void subheading(String text) throws IOException {
        c.ensure(10.5f + 50);
        c.text(text, PdfCanvas.MARGIN_X, c.y + 10.5f, true, 10.5f, Style.ACCENT);
        c.y += 15;
    }

    void para(String text) throws IOException {
        para(text, Style.BODY, Style.INK, false, 0);
    }

    void para(String text, float size, Color color, boolean bold, float indent) throws IOException {
        float lh = size * 1.35f;
        for (String line : c.wrap(text, c.contentWidth() - indent, bold, size, 60)) {
            c.ensure(lh);
            c.text(line, PdfCanvas.MARGIN_X + indent, c.y + size, bold, size, color);
            c.y += lh;
        }
        c.y += 4;
    }

    /** A label in bold, then its value, wrapped under the value column. */
    void field(String label, String value) throws IOException {
        float lw = 120;
        float lh = Style.BODY * 1.4f;
        List<String> lines = c.wrap(value, c.contentWidth() - lw, false, Style.BODY, 8);
        c.ensure(lh * lines.size());
        c.text(label, PdfCanvas.MARGIN_X, c.y + Style.BODY, true, Style.BODY, Style.MUTED);
        for (String line : lines) {
            c.text(line, PdfCanvas.MARGIN_X + lw, c.y + Style.BODY, false, Style.BODY, Style.INK);
            c.y += lh;
        }
    }

    /** A bulleted line: "•" then the wrapped text, optionally with a coloured tag such as WARNING. */
    void bullet(String tag, Color tagColor, String text) throws IOException {
        float size = Style.BODY;
        float lh = size * 1.35f;
        float indent = 12;
        float tagW = tag == null ? 0 : c.width(tag, true, size) + 5;
        List<String> lines = c.wrap(text, c.contentWidth() - indent - tagW, false, size, 20);
        c.ensure(lh * Math.min(lines.size(), 3));
        c.text("\u2022", PdfCanvas.MARGIN_X + 2, c.y + size, false, size, Style.MUTED);
        if (tag != null) {
            c.text(tag, PdfCanvas.MARGIN_X + indent, c.y + size, true, size, tagColor);
        }
        for (String line : lines) {
            c.ensure(lh);
            c.text(line, PdfCanvas.MARGIN_X + indent + tagW, c.y + size, false, size, Style.INK);
            c.y += lh;
        }
        c.y += 2;
    }
}
