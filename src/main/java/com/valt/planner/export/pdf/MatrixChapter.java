package com.valt.planner.export.pdf;

import com.valt.planner.catalog.Mark;
import com.valt.planner.engine.FlowResult;
import com.valt.planner.engine.MatrixRow;
import com.valt.planner.engine.SectionResult;
import com.valt.planner.export.text.NoteText;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** The page's tables for this site, by role, with the marks and their legend, and what was left out. */
final class MatrixChapter {
    static final float[] WIDTHS = {0.15f, 0.14f, 0.25f, 0.18f, 0.28f};

    private MatrixChapter() {}

    static void write(Blocks b, PdfCanvas c, FlowResult r) throws IOException {
        b.chapter("Port matrices");
        b.para(
                "The rows of \u201c" + r.catalog().source().title() + "\u201d that this site needs, in the page's own"
                        + " tables. Rows and tables the site does not need are named under each table, with the reason.",
                8.5f,
                Style.MUTED,
                false,
                0);
        String group = null;
        for (SectionResult s : r.sections()) {
            if (!Objects.equals(group, s.section().group())) {
                group = s.section().group();
                b.subheading(group);
            }
            b.heading(s.section().title());
            for (String n : s.section().notes()) {
                b.para(n, 8.5f, Style.MUTED, false, 0);
            }
            if (s.applies()) {
                table(c, s);
                legend(b, c, r, s);
            }
            omissions(b, s);
        }
    }

    private static void table(PdfCanvas c, SectionResult s) throws IOException {
        PdfTable t = new PdfTable(List.of("Port", "Protocol", "Service", "Source", "Destination"), WIDTHS, Style.TABLE);
        String sub = null;
        for (MatrixRow row : s.rows()) {
            if (row.subheading() != null && !row.subheading().equals(sub)) {
                t.sub(row.subheading());
            }
            sub = row.subheading();
            t.row(List.of(
                    new PdfTable.Cell(row.portLabel(), false, Style.INK, row.mark()),
                    PdfTable.Cell.of(row.protocol()),
                    PdfTable.Cell.of(row.service() == null ? "" : row.service()),
                    PdfTable.Cell.of(row.source()),
                    PdfTable.Cell.of(row.destination())));
            if (row.note() != null) {
                t.note(NoteText.prefixed(row.note()));
            }
        }
        t.draw(c, 1);
    }

    private static void legend(Blocks b, PdfCanvas c, FlowResult r, SectionResult s) throws IOException {
        Set<Mark> marks = new LinkedHashSet<>();
        s.rows().stream().map(MatrixRow::mark).filter(Objects::nonNull).forEach(marks::add);
        if (marks.isEmpty()) {
            return;
        }
        c.ensure(14);
        float x = PdfCanvas.MARGIN_X;
        c.y -= 4;
        for (Mark m : marks) {
            String text = r.catalog().legend().getOrDefault(m, m.id());
            MarkIcon.draw(c, m, x, c.y + 1);
            c.text(text, x + MarkIcon.SIZE + 3, c.y + 8, false, 8, Style.MUTED);
            x += MarkIcon.SIZE + 3 + c.width(text, false, 8) + 16;
        }
        c.y += 16;
    }

    private static void omissions(Blocks b, SectionResult s) throws IOException {
        for (String summary : s.omissionSummaries()) {
            b.para((s.applies() ? "Left out: " : "Not needed for this site: ") + summary, 8, Style.MUTED, false, 0);
        }
    }
}
