package com.valt.planner.export.pdf;

import com.valt.planner.catalog.Mark;
import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A table that breaks across pages (and across newspaper columns, for long narrow lists) with its
 * header repeated. Cells wrap; a row never splits; sub-heading and note rows span every column.
 */
final class PdfTable {
    static final float PAD = 3;
    static final float LEADING = 1.25f;
    static final int MAX_LINES = 40;

    record Cell(String text, boolean bold, Color color, Mark mark) {
        static Cell of(String text) {
            return new Cell(text, false, Style.INK, null);
        }
    }

    private enum Kind {
        DATA,
        SUB,
        NOTE
    }

    /** @param detail text spanning the row's width under its cells (from the second column on), or null */
    private record Row(Kind kind, List<Cell> cells, String detail) {
        Row(Kind kind, List<Cell> cells) {
            this(kind, cells, null);
        }
    }

    private final List<String> headers;
    private final float[] widths;
    private final float size;
    private final List<Row> rows = new ArrayList<>();
    private float pad = PAD;
    private float leading = LEADING;

    /** @param widths column widths as fractions of the table's width */
    PdfTable(List<String> headers, float[] widths, float size) {
        this.headers = headers;
        this.widths = widths;
        this.size = size;
    }

    /** Tighter rows for long lists (flows, inventory). */
    PdfTable compact() {
        pad = 1.8f;
        leading = 1.18f;
        return this;
    }

    /** Tighter still, for reference lists of thousands of rows (the inventory), where the bands guide the eye. */
    PdfTable dense() {
        pad = 1.2f;
        leading = 1.16f;
        return this;
    }

    PdfTable row(List<Cell> cells) {
        rows.add(new Row(Kind.DATA, cells));
        return this;
    }

    /**
     * A row with a long text (an address list) under its cells, spanning every column but the first, in
     * muted ink: it takes full lines instead of a narrow column's many. Kept on one page with its row.
     */
    PdfTable row(List<Cell> cells, String detail) {
        rows.add(new Row(Kind.DATA, cells, detail == null || detail.isEmpty() ? null : detail));
        return this;
    }

    PdfTable rowOf(String... texts) {
        List<Cell> cells = new ArrayList<>();
        for (String t : texts) {
            cells.add(Cell.of(t));
        }
        return row(cells);
    }

    PdfTable sub(String text) {
        rows.add(new Row(Kind.SUB, List.of(new Cell(text, true, Style.INK, null))));
        return this;
    }

    PdfTable note(String text) {
        rows.add(new Row(Kind.NOTE, List.of(new Cell(text, false, Style.NOTE_INK, null))));
        return this;
    }

    boolean isEmpty() {
        return rows.isEmpty();
    }

    /** Draws the table at the cursor in {@code columns} newspaper columns per page (1 for a normal table). */
    void draw(PdfCanvas c, int columns) throws IOException {
        float gap = 14;
        float total = (c.contentWidth() - gap * (columns - 1)) / columns;
        float[] w = new float[widths.length];
        for (int i = 0; i < w.length; i++) {
            w[i] = widths[i] * total;
        }
        float lineH = size * leading;
        List<List<String>> headLines = wrapAll(
                c,
                headers.stream().map(h -> new Cell(h, true, Color.WHITE, null)).toList(),
                w);
        float headH = height(headLines, lineH);
        int col = 0;
        c.ensure(headH + lineH * 2 + 2 * pad);
        float top = c.y;
        c.y = header(c, headLines, w, PdfCanvas.MARGIN_X, top, headH, lineH);
        boolean band = false;
        // The lowest point any column of this page reached: a table that ends in a shorter column must not
        // leave the cursor there, or what follows is drawn over the longer columns to its left.
        float lowest = c.y;
        for (Row row : rows) {
            float[] rw = row.kind == Kind.DATA ? w : new float[] {total};
            List<List<String>> lines = wrapAll(c, row.cells, rw);
            float h = height(lines, lineH);
            List<String> detail = List.of();
            float indent = rw.length > 1 ? rw[0] : 0;
            if (row.detail != null) {
                detail = c.wrap(row.detail, total - indent - 2 * pad, false, size, MAX_LINES);
                h += detail.size() * lineH;
            }
            if (!c.fits(h)) {
                col++;
                if (col >= columns) {
                    c.newPage(c.pageWidth() > c.pageHeight());
                    col = 0;
                    top = c.y;
                    lowest = c.y;
                }
                c.y = header(c, headLines, w, x0(col, total, gap), top, headH, lineH);
                band = false;
            }
            float x = x0(col, total, gap);
            Color bg = switch (row.kind) {
                case SUB -> Style.SUB;
                case NOTE -> Style.NOTE_BG;
                case DATA -> band ? Style.BAND : null;
            };
            if (bg != null) {
                c.fill(x, c.y, total, h, bg);
            }
            band = row.kind == Kind.DATA && !band;
            cells(c, row.cells, lines, rw, x, c.y, lineH);
            float base = c.y + h - pad - detail.size() * lineH + size;
            for (String line : detail) {
                c.text(line, x + indent + pad, base, false, size, Style.MUTED);
                base += lineH;
            }
            c.line(x, c.y + h, x + total, c.y + h, Style.RULE, 0.5f);
            c.y += h;
            lowest = Math.max(lowest, c.y);
        }
        c.y = lowest + 8;
    }

    private static float x0(int col, float total, float gap) {
        return PdfCanvas.MARGIN_X + col * (total + gap);
    }

    private float header(PdfCanvas c, List<List<String>> lines, float[] w, float x, float top, float h, float lineH)
            throws IOException {
        float sum = 0;
        for (float v : w) {
            sum += v;
        }
        c.fill(x, top, sum, h, Style.ACCENT);
        List<Cell> cells =
                headers.stream().map(t -> new Cell(t, true, Color.WHITE, null)).toList();
        cells(c, cells, lines, w, x, top, lineH);
        return top + h;
    }

    private void cells(
            PdfCanvas c, List<Cell> cells, List<List<String>> lines, float[] w, float x, float top, float lineH)
            throws IOException {
        float cx = x;
        for (int i = 0; i < cells.size() && i < w.length; i++) {
            Cell cell = cells.get(i);
            float tx = cx + pad;
            if (cell.mark() != null) {
                MarkIcon.draw(c, cell.mark(), tx, top + pad + (lineH - MarkIcon.SIZE) / 2);
                tx += MarkIcon.SIZE + 3;
            }
            float base = top + pad + size;
            for (String line : lines.get(i)) {
                c.text(line, tx, base, cell.bold(), size, cell.color());
                base += lineH;
            }
            cx += w[i];
        }
    }

    private List<List<String>> wrapAll(PdfCanvas c, List<Cell> cells, float[] w) throws IOException {
        List<List<String>> out = new ArrayList<>();
        for (int i = 0; i < cells.size() && i < w.length; i++) {
            Cell cell = cells.get(i);
            float inner = w[i] - 2 * pad - (cell.mark() != null ? MarkIcon.SIZE + 3 : 0);
            out.add(c.wrap(cell.text(), inner, cell.bold(), size, MAX_LINES));
        }
        return out;
    }

    private float height(List<List<String>> lines, float lineH) {
        int n = 1;
        for (List<String> l : lines) {
            n = Math.max(n, l.size());
        }
        return n * lineH + 2 * pad;
    }
}
