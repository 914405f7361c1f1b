package com.valt.planner.export.html;

import com.valt.planner.catalog.SourcePage;
import com.valt.planner.domain.Settings;
import com.valt.planner.domain.Site;
import com.valt.planner.engine.FlowResult;
import com.valt.planner.export.ExportInput;
import com.valt.planner.export.Exporter;
import com.valt.planner.export.text.SafeText;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;

/**
 * {@code matrices.html}: the page's port tables for this site, then the concrete flows, as one
 * self-contained printable file (inline CSS and icons, no scripts, no network). Built as a jsoup
 * DOM, so every name and address is text, never markup.
 */
public final class MatricesHtml implements Exporter {
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    @Override
    public String fileName() {
        return "matrices.html";
    }

    @Override
    public void write(ExportInput input, OutputStream out) throws IOException {
        FlowResult r = input.result();
        Site site = r.site();
        Document doc = Document.createShell("");
        doc.outputSettings()
                .charset(StandardCharsets.UTF_8)
                .escapeMode(Entities.EscapeMode.base)
                .prettyPrint(true);
        doc.head().appendElement("meta").attr("charset", "utf-8");
        doc.head()
                .appendElement("meta")
                .attr("name", "viewport")
                .attr("content", "width=device-width, initial-scale=1");
        doc.title("Port matrices \u2013 " + SafeText.shown(site.info().name()));
        doc.head().appendElement("style").appendChild(new org.jsoup.nodes.DataNode(css()));
        doc.selectFirst("html").attr("lang", "en");
        Element body = doc.body();
        header(body, input);
        options(body, site.settings());
        if (input.changes() != null) {
            new ChangesSection(input.changes(), input.since()).appendTo(body);
        }
        new MatrixSections(r).appendTo(body);
        new FlowList(r, input.flowGroups()).appendTo(body);
        if (site.hasZones()) {
            new FirewallSections(r, input.ruleSets(), input.platformNames()).appendTo(body);
        }
        SourcePage src = r.catalog().source();
        body.appendElement("footer")
                .text("Made by VALT Site Planner from \u201c" + src.title() + "\u201d (" + src.wiki() + "), revision "
                        + src.revision() + ". " + input.date().format(DATE) + ".");
        out.write(("<!DOCTYPE html>\n" + doc.html()).getBytes(StandardCharsets.UTF_8));
    }

    private static void header(Element body, ExportInput input) {
        Site site = input.result().site();
        Element h = body.appendElement("header");
        h.appendElement("h1").text("Network port matrices");
        Element name = h.appendElement("p").addClass("site");
        name.appendElement("bdi").text(SafeText.shown(site.info().name()));
        if (!site.info().customer().isBlank()) {
            name.appendText(" \u2013 ");
            name.appendElement("bdi").text(SafeText.shown(site.info().customer()));
        }
        Element meta = h.appendElement("p").addClass("meta");
        meta.appendText("Revision " + orDash(site.info().revision()) + " \u00b7 Prepared by ");
        meta.appendElement("bdi").text(orDash(site.info().author()));
        meta.appendText(" \u00b7 " + input.date().format(DATE));
        SourcePage src = input.result().catalog().source();
        h.appendElement("p")
                .addClass("source")
                .text("Rules from \u201c" + src.title() + "\u201d (" + src.wiki() + "), revision " + src.revision()
                        + ", retrieved " + src.retrieved() + ".");
    }

    private static void options(Element body, Settings s) {
        Element box = body.appendElement("section").addClass("options");
        option(box, "SSL", s.sslEnabled() ? "enabled" : "disabled", s.ssl() == null);
        option(box, "Online OS updates", s.updatesEnabled() ? "on" : "off", s.onlineUpdates() == null);
        option(box, "Wowza key", s.effectiveWowzaKey().id(), s.wowzaKey() == null);
        option(
                box,
                "DNS servers",
                s.dnsServers().isEmpty()
                        ? "none listed"
                        : String.join(
                                ", ",
                                s.dnsServers().stream().map(SafeText::shown).toList()),
                false);
    }

    private static void option(Element box, String label, String value, boolean assumed) {
        Element span = box.appendElement("span");
        span.appendText(label + ": ");
        span.appendElement("b").text(value);
        if (assumed) {
            span.appendText(" ");
            span.appendElement("span").addClass("default").text("(not set: default assumed)");
        }
    }

    static String orDash(String s) {
        return s == null || s.isBlank() ? "\u2013" : SafeText.shown(s);
    }

    private static String css() throws IOException {
        try (InputStream in = MatricesHtml.class.getResourceAsStream("/export/matrices.css")) {
            if (in == null) {
                throw new IOException("The style sheet export/matrices.css is missing from the program.");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
