package com.valt.planner.export.pdf;

import com.valt.planner.domain.SiteInfo;
import com.valt.planner.export.text.SafeText;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDBorderStyleDictionary;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;

/**
 * What is added once every page exists: the contents page (with links), the bookmarks, and on every
 * page but the cover a header (site, revision) and a footer ("Page X of Y").
 */
final class Furniture {
    private Furniture() {}

    static void contents(PdfCanvas c, int contentsPage, List<Blocks.Chapter> chapters) throws IOException {
        PDDocument doc = c.doc;
        PDPage page = doc.getPage(contentsPage);
        float h = page.getMediaBox().getHeight();
        try (PDPageContentStream cs =
                new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
            PdfCanvasOn on = new PdfCanvasOn(c, cs, h);
            float y = PdfCanvas.TOP + 50;
            float right = PdfCanvas.MARGIN_X + c.contentWidth();
            for (Blocks.Chapter ch : chapters) {
                String num = Integer.toString(ch.pageIndex() + 1);
                on.text(ch.title(), PdfCanvas.MARGIN_X, y, 11);
                float nw = c.width(num, false, 11);
                on.text(num, right - nw, y, 11);
                float tw = c.width(ch.title(), false, 11);
                cs.setStrokingColor(Style.RULE);
                cs.setLineWidth(0.6f);
                cs.setLineDashPattern(new float[] {1, 2.5f}, 0);
                cs.moveTo(PdfCanvas.MARGIN_X + tw + 6, h - y);
                cs.lineTo(right - nw - 6, h - y);
                cs.stroke();
                cs.setLineDashPattern(new float[] {}, 0);
                link(page, doc.getPage(ch.pageIndex()), PdfCanvas.MARGIN_X, h - y - 4, right, h - y + 12);
                y += 24;
            }
        }
    }

    private static void link(PDPage from, PDPage to, float x1, float y1, float x2, float y2) throws IOException {
        PDAnnotationLink link = new PDAnnotationLink();
        link.setRectangle(new PDRectangle(x1, y1, x2 - x1, y2 - y1));
        PDBorderStyleDictionary border = new PDBorderStyleDictionary();
        border.setWidth(0);
        link.setBorderStyle(border);
        link.setPrinted(true); // PDF/A: annotations must be printable
        PDPageXYZDestination dest = new PDPageXYZDestination();
        dest.setPage(to);
        dest.setTop((int) to.getMediaBox().getHeight());
        PDActionGoTo action = new PDActionGoTo();
        action.setDestination(dest);
        link.setAction(action);
        from.getAnnotations().add(link);
    }

    static void outline(PDDocument doc, List<Blocks.Chapter> chapters) {
        PDDocumentOutline outline = new PDDocumentOutline();
        for (Blocks.Chapter ch : chapters) {
            PDOutlineItem item = new PDOutlineItem();
            item.setTitle(ch.title());
            PDPage page = doc.getPage(ch.pageIndex());
            PDPageXYZDestination dest = new PDPageXYZDestination();
            dest.setPage(page);
            dest.setTop((int) (page.getMediaBox().getHeight() - ch.y() + 4));
            item.setDestination(dest);
            outline.addLast(item);
        }
        outline.openNode();
        doc.getDocumentCatalog().setDocumentOutline(outline);
    }

    static void headersAndFooters(PdfCanvas c, SiteInfo info) throws IOException {
        PDDocument doc = c.doc;
        int total = doc.getNumberOfPages();
        String site = SafeText.shorten(SafeText.clean(CoverPage.orUntitled(info.name())), 90);
        String rev =
                info.revision().isBlank() ? "" : "Revision " + SafeText.shorten(SafeText.clean(info.revision()), 30);
        for (int i = 1; i < total; i++) {
            PDPage page = doc.getPage(i);
            float w = page.getMediaBox().getWidth();
            float h = page.getMediaBox().getHeight();
            try (PDPageContentStream cs =
                    new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
                PdfCanvasOn on = new PdfCanvasOn(c, cs, h);
                float right = w - PdfCanvas.MARGIN_X;
                float rw = c.width(rev, false, 8);
                String siteShown = fit(c, site, right - PdfCanvas.MARGIN_X - rw - 20);
                on.color(Style.MUTED);
                on.text(siteShown, PdfCanvas.MARGIN_X, 36, 8);
                on.text(rev, right - rw, 36, 8);
                cs.setStrokingColor(Style.RULE);
                cs.setLineWidth(0.6f);
                cs.moveTo(PdfCanvas.MARGIN_X, h - 42);
                cs.lineTo(right, h - 42);
                cs.moveTo(PdfCanvas.MARGIN_X, 42);
                cs.lineTo(right, 42);
                cs.stroke();
                String pageOf = "Page " + (i + 1) + " of " + total;
                on.text("Network handoff \u00b7 VALT Site Planner", PdfCanvas.MARGIN_X, h - 30, 8);
                on.text(pageOf, right - c.width(pageOf, false, 8), h - 30, 8);
            }
        }
    }

    private static String fit(PdfCanvas c, String s, float max) throws IOException {
        String t = s;
        while (!t.isEmpty() && c.width(t, false, 8) > max) {
            t = SafeText.shorten(t, t.codePointCount(0, t.length()) - 1);
        }
        return t;
    }
}
