package com.valt.planner.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.valt.planner.revision.Revision;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code export --since}: the change request read back from the real PDF, HTML and CSV. */
class ChangesExportTest {
    private static final String HOSPITAL = "samples/hospital-zones.valt.json";

    private static int cli(String... args) {
        PrintStream out = System.out;
        try {
            System.setOut(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
            return com.valt.planner.cli.Cli.run(args);
        } finally {
            System.setOut(out);
        }
    }

    @Test
    void theChangeRequestLeadsThePdfAndTheHtmlAndChangesCsvIsTheDiffCsv(@TempDir Path dir) throws Exception {
        Path after = Revision.of(HOSPITAL)
                .revision("B")
                .addDevice("{\"id\":\"cam-new\",\"type\":\"camera\","
                        + "\"name\":\"New\",\"address\":\"10.30.0.25\",\"mediaServer\":\"ms1\"}")
                .edit("pc-debrief", n -> n.put("address", "10.40.1.29"))
                .write(dir.resolve("b.valt.json"));
        Path out = dir.resolve("out");
        assertThat(cli("export", after.toString(), "--out", out.toString(), "--since", HOSPITAL))
                .isZero();

        String changes = Files.readString(out.resolve("changes.csv"));
        ByteArrayOutputStream diffCsv = new ByteArrayOutputStream();
        PrintStream old = System.out;
        try {
            System.setOut(new PrintStream(diffCsv, true, StandardCharsets.UTF_8));
            assertThat(com.valt.planner.cli.Cli.run("diff", HOSPITAL, after.toString(), "--format", "csv"))
                    .isEqualTo(1);
        } finally {
            System.setOut(old);
        }
        assertThat(changes).isEqualTo(diffCsv.toString(StandardCharsets.UTF_8)).contains("added,R6r,");

        try (PDDocument pdf = Loader.loadPDF(out.resolve("handoff.pdf").toFile())) {
            // cover, contents, then the change request, before the summary
            String page3 = PdfChecks.pageText(pdf, 3);
            assertThat(page3)
                    .contains("Changes since revision A")
                    .contains("Firewall core: Core firewall")
                    .contains("change members")
                    .contains("add 10.30.0.25/32")
                    .contains("add 10.40.1.29/32");
            String all = PdfChecks.text(Files.readAllBytes(out.resolve("handoff.pdf")));
            assertThat(all.indexOf("Changes since revision A"))
                    .isLessThan(all.indexOf("Summary", all.indexOf("Changes since")));
            assertThat(all)
                    .contains("cam-new (camera, 10.30.0.25): added")
                    .contains("pc-debrief: address 10.40.1.22 -> 10.40.1.29");
            assertThat(PdfChecks.pageText(pdf, 2)).contains("Changes since revision A");
        }
        assertThat(PdfChecks.veraPdfFailures(Files.readAllBytes(out.resolve("handoff.pdf"))))
                .isEmpty();

        Document html = Jsoup.parse(out.resolve("matrices.html").toFile(), "UTF-8");
        Element section = html.selectFirst("section#changes");
        assertThat(section).isNotNull();
        assertThat(section.selectFirst("h2").text()).isEqualTo("Changes since revision A");
        assertThat(html.select("h2").first().text()).isEqualTo("Changes since revision A");
        assertThat(section.select("table.rules td.change")).isNotEmpty();
        assertThat(section.select("table.rules td").eachText()).contains("add 10.30.0.25/32");
        assertThat(section.select("table.flows td.add")).hasSizeGreaterThanOrEqualTo(2);
        assertThat(section.select("ul.causes li").eachText())
                .contains("cam-new (camera, 10.30.0.25): added", "pc-debrief: address 10.40.1.22 -> 10.40.1.29");
    }

    @Test
    void withoutARevisionNameTheChapterNamesTheOldFile(@TempDir Path dir) throws Exception {
        Path before = Revision.of("samples/university.valt.json").revision("").write(dir.resolve("rev-a.valt.json"));
        Path out = dir.resolve("out");
        assertThat(cli("export", "samples/university.valt.json", "--out", out.toString(), "--since", before.toString()))
                .isZero();
        Document html = Jsoup.parse(out.resolve("matrices.html").toFile(), "UTF-8");
        assertThat(html.selectFirst("section#changes h2").text()).isEqualTo("Changes since revision rev-a.valt.json");
        assertThat(html.selectFirst("section#changes p.verdict").text()).isEqualTo("no change for the firewall team.");
        assertThat(Files.readString(out.resolve("changes.csv")))
                .isEqualTo(String.join(",", ChangesCsv.columns(false)) + "\n");
    }

    @Test
    void aBadOldRevisionExitsTwoAndWritesNothing(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("old.valt.json");
        Files.writeString(bad, "{ not json");
        Path out = dir.resolve("out");
        assertThat(cli("export", HOSPITAL, "--out", out.toString(), "--since", bad.toString()))
                .isEqualTo(2);
        assertThat(out).doesNotExist();
    }
}
