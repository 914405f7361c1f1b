package com.valt.planner.export;

import static com.valt.planner.export.ExportFixtures.export;
import static com.valt.planner.export.ExportFixtures.input;
import static com.valt.planner.export.ExportFixtures.sample;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.valt.planner.domain.Device;
import com.valt.planner.domain.DeviceType;
import com.valt.planner.domain.Site;
import com.valt.planner.export.html.MatricesHtml;
import com.valt.planner.export.pdf.HandoffPdf;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Issue 5, item 8: names that try to break the outputs produce valid files, and injections stay data. */
class HostileNamesTest {
    static final String CONTROL = "Cam\u0000\u0007\u001b[31mred\u0008\u007f\u0085end";
    static final String EMOJI = "Sim room \uD83D\uDCF9\uD83C\uDFA5 \uD83D\uDC69\u200D\u2695\uFE0F";
    static final String RTL = "\u05E9\u05E8\u05EA \u05DE\u05D3\u05D9\u05D4 \u0633\u064A\u0631\u0641\u0631 1";
    static final String OVERRIDE = "PC \u202Egnp.exe\u202C";
    static final String LONG = "L".repeat(5_000) + " " + "\u00C5".repeat(4_999);
    static final String FORMULA = "=HYPERLINK(\"http://evil.example\",\"x\")";
    static final String SCRIPT = "<script>alert('x')</script>";
    static Site site;

    @BeforeAll
    static void hostileSite() throws Exception {
        site = hostile();
    }

    static Site hostile() throws Exception {
        Site s = sample("clinic");
        s = s.withInfo(
                s.info().withName(SCRIPT + " " + CONTROL).withCustomer(LONG).withAuthor(RTL));
        s = s.updateDevice("cam1", d -> d.withName(CONTROL))
                .updateDevice("cam2", d -> d.withName(EMOJI))
                .updateDevice("cam3", d -> d.withName(RTL))
                .updateDevice("cam4", d -> d.withName(LONG))
                .updateDevice("pc-front", d -> d.withName(SCRIPT))
                .updateDevice("pc-obs", d -> d.withName(OVERRIDE))
                .plusDevice(
                        Device.of(FORMULA, DeviceType.CLIENT).withName(FORMULA).withAddress("192.168.10.66"))
                .plusDevice(Device.of("+1-2", DeviceType.CAMERA)
                        .withName("@SUM(A1:A9)")
                        .withAddress("192.168.10.67"));
        return s;
    }

    @Test
    void pdfIsValidPdfA() throws Exception {
        byte[] pdf = export(new HandoffPdf(), input(site));
        assertThat(PdfChecks.veraPdfFailures(pdf)).isEmpty();
        assertThat(PdfChecks.qpdfCheck(pdf)).startsWith("exit 0");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            // The 10,000-character name is shortened, not spread over pages.
            assertThat(doc.getNumberOfPages()).isLessThanOrEqualTo(12);
        }
        String text = PdfChecks.text(pdf);
        assertThat(text).contains(SCRIPT, "Cam[31mred", "@SUM(A1:A9)").doesNotContain("\u0000", "\u001b", "\u202E");
    }

    @Test
    void svgIsWellFormedXmlWithTheNamesAsText() throws Exception {
        byte[] svg = export(new TopologySvg(), input(site));
        org.w3c.dom.Document doc = ExportFixtures.parseXml(svg);
        String titles = String.join("\n", TopologyExportTest.texts(doc, "title"));
        assertThat(titles).contains(SCRIPT, "Cam[31mred", RTL, "Sim room");
        assertThat(doc.getElementsByTagNameNS("*", "script").getLength()).isZero();
        assertThat(new String(svg, StandardCharsets.UTF_8)).doesNotContain("\u0000", "\u001b", "\u202E");
    }

    @Test
    void pngIsDrawn() throws Exception {
        byte[] png = export(new TopologyPng(), input(site));
        assertThat(javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(png)))
                .isNotNull();
    }

    @Test
    void htmlKeepsNamesAsTextAndHasNoScript() throws Exception {
        String html = new String(export(new MatricesHtml(), input(site)), StandardCharsets.UTF_8);
        Document doc = Jsoup.parse(html);
        assertThat(doc.select("script")).isEmpty();
        assertThat(doc.body().text()).contains(SCRIPT, FORMULA, "Cam[31mred");
        assertThat(html).doesNotContain("\u0000", "\u001b", "\u202E");
        assertThat(doc.title()).contains(SCRIPT);
    }

    @Test
    void csvParsesAndFormulaCellsAreNeutralised() throws Exception {
        byte[] csv = export(new FlowsCsv(), input(site));
        CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
        List<List<String>> rows;
        try (MappingIterator<List<String>> it =
                mapper.readerForListOf(String.class).readValues(csv)) {
            rows = it.readAll();
        }
        assertThat(rows.get(0)).containsExactly(FlowsCsv.COLUMNS);
        rows.forEach(r -> assertThat(r).hasSize(FlowsCsv.COLUMNS.length));
        List<String> cells = rows.stream().flatMap(List::stream).toList();
        assertThat(cells).contains("'" + FORMULA, "'+1-2").doesNotContain(FORMULA, "+1-2");
        assertThat(cells).noneMatch(c -> !c.isEmpty() && "=+-@\t\r".indexOf(c.charAt(0)) >= 0);
    }
}
