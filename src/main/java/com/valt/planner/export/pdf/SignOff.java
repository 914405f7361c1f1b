package com.valt.planner.export.pdf;

import com.valt.planner.domain.SiteInfo;
import com.valt.planner.export.ExportInput;
import com.valt.planner.export.text.SafeText;
import java.io.IOException;

/** The block consultants and the customer sign: prepared by / approved by, with name, signature and date lines. */
final class SignOff {
    static final float HEIGHT = 190;

    private SignOff() {}

    static void write(Blocks b, PdfCanvas c, ExportInput input) throws IOException {
        b.chapter("Sign-off");
        SiteInfo info = input.result().site().info();
        b.para(
                "By signing, the preparer confirms that this document lists the network flows VALT needs for the site"
                        + " as planned (revision " + CoverPage.dash(info.revision())
                        + "), and the approver confirms that the"
                        + " customer's network team has received it.",
                Style.BODY,
                Style.INK,
                false,
                0);
        c.y += 10;
        c.ensure(HEIGHT);
        float w = (c.contentWidth() - 24) / 2;
        // the preparer is the site's author: their name is printed on the name line, ready to sign
        box(
                c,
                PdfCanvas.MARGIN_X,
                w,
                "Prepared by",
                "",
                info.author().isBlank() ? "" : SafeText.shown(info.author()),
                input.date().format(CoverPage.DATE));
        box(
                c,
                PdfCanvas.MARGIN_X + w + 24,
                w,
                "Approved by (customer)",
                info.customer().isBlank() ? "" : SafeText.shown(info.customer()),
                "",
                "");
        c.y += HEIGHT;
    }

    /**
     * @param name printed above the name line, or "" to leave it for the signer
     * @param date printed above the date line, or "" to leave it for the signer
     */
    private static void box(PdfCanvas c, float x, float w, String title, String org, String name, String date)
            throws IOException {
        float top = c.y;
        c.line(x, top, x + w, top, Style.ACCENT, 1.2f);
        c.text(title, x, top + 16, true, 11, Style.ACCENT);
        float y = top + 32;
        for (String line : c.wrap(org, w, false, 9, 2)) {
            c.text(line, x, y, false, 9, Style.MUTED);
            y += 12;
        }
        y = top + 80;
        for (String label : new String[] {"Name", "Signature", "Date"}) {
            if (label.equals("Date") && !date.isEmpty()) {
                c.text(date, x + 2, y - 4, false, 9.5f, Style.INK);
            }
            if (label.equals("Name") && !name.isEmpty()) {
                c.text(c.wrap(name, w - 4, false, 9.5f, 1).get(0), x + 2, y - 4, false, 9.5f, Style.INK);
            }
            c.line(x, y, x + w, y, Style.RULE, 0.7f);
            c.text(label, x, y + 10, false, 7.5f, Style.MUTED);
            y += 36;
        }
    }
}
