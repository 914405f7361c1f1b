package com.valt.planner.export.pdf;

import com.valt.planner.catalog.SourcePage;
import com.valt.planner.domain.SiteInfo;
import com.valt.planner.export.ExportInput;
import com.valt.planner.export.text.SafeText;
import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/** Page 1: the logo if any, the title, the site, who prepared it, revision and date. */
final class CoverPage {
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private CoverPage() {}

    static void draw(PdfCanvas c, ExportInput input, PDImageXObject logo) throws IOException {
        c.newPage();
        SiteInfo info = input.result().site().info();
        float x = PdfCanvas.MARGIN_X + 10;
        float w = c.contentWidth() - 20;
        c.fill(0, 0, c.pageWidth(), 14, Style.ACCENT);
        float top = 110;
        if (logo != null) {
            float scale = Math.min(180f / logo.getWidth(), 80f / logo.getHeight());
            float lw = logo.getWidth() * scale;
            float lh = logo.getHeight() * scale;
            c.stream().drawImage(logo, x, c.pageHeight() - 60 - lh, lw, lh);
            top = 60 + lh + 50;
        }
        c.text("Network handoff", x, top, false, 14, Style.MUTED);
        c.text("VALT port requirements for the firewall team", x, top + 18, false, 10, Style.MUTED);
        float y = top + 62;
        for (String line : c.wrap(SafeText.shown(orUntitled(info.name())), w, true, 26, 4)) {
            c.text(line, x, y, true, 26, Style.ACCENT);
            y += 32;
        }
        if (!info.customer().isBlank()) {
            for (String line : c.wrap(SafeText.shown(info.customer()), w, false, 15, 3)) {
                c.text(line, x, y + 4, false, 15, Style.INK);
                y += 20;
            }
        }
        y += 40;
        c.line(x, y, x + w, y, Style.RULE, 0.8f);
        y += 24;
        for (String[] f : List.of(
                new String[] {"Prepared by", dash(info.author())},
                new String[] {"Revision", dash(info.revision())},
                new String[] {"Date", input.date().format(DATE)})) {
            c.text(f[0], x, y, true, 10, Style.MUTED);
            List<String> lines = c.wrap(f[1], w - 110, false, 11, 3);
            for (String line : lines) {
                c.text(line, x + 110, y, false, 11, Style.INK);
                y += 16;
            }
            y += 6;
        }
        SourcePage src = input.result().catalog().source();
        float by = c.pageHeight() - 90;
        for (String line : c.wrap(
                "Port rules from \u201c" + src.title() + "\u201d (" + src.wiki() + "), revision " + src.revision()
                        + ", retrieved " + src.retrieved() + ". Made with VALT Site Planner.",
                w,
                false,
                8,
                3)) {
            c.text(line, x, by, false, 8, Style.MUTED);
            by += 11;
        }
    }

    static String dash(String s) {
        return s == null || s.isBlank() ? "\u2013" : SafeText.shown(s);
    }

    static String orUntitled(String s) {
        return s == null || s.isBlank() ? "Untitled site" : s;
    }
}
