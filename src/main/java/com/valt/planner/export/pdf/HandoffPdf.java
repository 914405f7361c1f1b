package com.valt.planner.export.pdf;

import com.valt.planner.domain.SiteInfo;
import com.valt.planner.export.ExportInput;
import com.valt.planner.export.Exporter;
import com.valt.planner.export.text.SafeText;
import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * {@code handoff.pdf}: the document the consultant signs and the customer's network team acts on.
 * Cover, contents, the change request (with {@code --since}), summary, topology, port matrices, flows for the firewall
 * (on a site with zones and filtering firewalls: each firewall's rules instead), device inventory, sign-off; PDF/A-2b with embedded fonts. Reads the engine's result; computes no flows.
 */
public final class HandoffPdf implements Exporter {
    @Override
    public String fileName() {
        return "handoff.pdf";
    }

    @Override
    public void write(ExportInput input, OutputStream out) throws IOException {
        SiteInfo info = input.result().site().info();
        try (PDDocument doc = new PDDocument();
                PdfCanvas c = new PdfCanvas(doc)) {
            List<String> warnings = new ArrayList<>();
            PDImageXObject logo =
                    Logo.load(doc, input.result().site().settings().logo(), input.siteFile(), warnings);
            warnings.forEach(input::warn);
            CoverPage.draw(c, input, logo);
            Blocks b = new Blocks(c);
            c.newPage();
            int contentsPage = c.pageIndex();
            c.text("Contents", PdfCanvas.MARGIN_X, c.y + Style.H1, true, Style.H1, Style.ACCENT);
            ChangesChapter.write(b, c, input.changes(), input.since());
            SummaryChapter.write(b, c, input.result(), warnings);
            TopologyChapter.write(b, c, input.diagram());
            MatrixChapter.write(b, c, input.result());
            if (!FirewallChapter.replacesFlows(input.result().site(), input.ruleSets())) {
                FlowChapter.write(b, c, input.result(), input.flowGroups());
            }
            FirewallChapter.write(b, c, input);
            InventoryChapter.write(b, c, input.result().site());
            if (!input.probes().isEmpty()) {
                CommissioningChapter.write(b, c, info, input.probes());
            }
            SignOff.write(b, c, input);
            c.close();
            Furniture.contents(c, contentsPage, b.chapters);
            Furniture.outline(doc, b.chapters);
            Furniture.headersAndFooters(c, info);
            String title = "Network handoff \u2013 " + SafeText.shown(CoverPage.orUntitled(info.name()));
            PdfA.apply(doc, title, SafeText.shown(info.author()), calendar(input));
            doc.save(out);
        }
    }

    private static Calendar calendar(ExportInput input) {
        GregorianCalendar cal = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC));
        cal.clear();
        cal.set(
                input.date().getYear(),
                input.date().getMonthValue() - 1,
                input.date().getDayOfMonth(),
                12,
                0,
                0);
        return cal;
    }
}
