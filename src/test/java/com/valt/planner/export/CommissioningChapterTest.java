package com.valt.planner.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.valt.planner.probe.ProbeLine;
import com.valt.planner.probe.ProbeReport;
import com.valt.planner.probe.ResultFile;
import com.valt.planner.probe.Verdict;
import com.valt.planner.testing.LabSites;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The handoff's commissioning report, read back from the PDF's text. */
class CommissioningChapterTest {
    static ProbeReport report(String device, String revision) {
        return new ProbeReport(
                "Loopback lab",
                revision,
                device,
                "127.0.0.3",
                "127.0.0.3",
                "laptop-7",
                List.of("192.0.2.9", "127.0.0.1"),
                "2026-12-01T16:40:00Z",
                2000,
                "",
                true,
                List.of(
                        new ProbeLine("R1", "app", "127.0.0.2", "TCP", 80, Verdict.CLOSED, 3, "", "Connection refused"),
                        new ProbeLine("R2", "app", "127.0.0.2", "TCP", 1935, Verdict.OPEN, 2, "", ""),
                        new ProbeLine(
                                "R3",
                                "app",
                                "127.0.0.2",
                                "TCP",
                                8000,
                                Verdict.FILTERED,
                                2000,
                                "core:staff1>srv1",
                                "no answer in 2000 ms")));
    }

    @Test
    void eachResultNamesWhoTestedFromWhereAndWhenWithFailuresFirst(@TempDir Path dir) throws Exception {
        ExportInput input = new ExportInput(
                        LabSites.flows(LabSites.loopback(dir, null, false)), null, LocalDate.of(2026, 12, 1))
                .withProbes(List.of(report("pc1", "L1"), report("pc1", "K")));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new com.valt.planner.export.pdf.HandoffPdf().write(input, out);
        String text = PdfChecks.text(out.toByteArray());
        assertThat(text)
                .contains(
                        "Commissioning report",
                        "Standing in for pc1: 1 of 3 flows fail",
                        "laptop-7, attempts from 127.0.0.3",
                        "192.0.2.9, 127.0.0.1",
                        "2026-12-01T16:40:00Z",
                        "3 flows: 1 open, 1 closed, 1 filtered");
        String chapter = text.substring(text.lastIndexOf("Commissioning report"));
        assertThat(chapter.indexOf("filtered R3"))
                .as("the failure comes first")
                .isLessThan(chapter.indexOf("closed R1"))
                .isGreaterThan(0);
        assertThat(chapter.indexOf("closed R1")).isLessThan(chapter.indexOf("open R2"));
        // the second result was made with another revision: said so
        assertThat(chapter).contains("revision K, not with this document's plan");
        assertThat(PdfChecks.veraPdfFailures(out.toByteArray())).isEmpty();
        Files.write(Path.of("target/commissioning-test.pdf"), out.toByteArray());
    }

    @Test
    void aResultFileRoundTripsAndABadOneIsNamed(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("r.json");
        try (var o = Files.newOutputStream(file)) {
            ResultFile.write(report("pc1", "L1"), o);
        }
        assertThat(ResultFile.read(file)).isEqualTo(report("pc1", "L1"));
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, Files.readString(file).replace("\"filtered\"", "\"ok\""));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ResultFile.read(bad))
                .hasMessage(bad + ": flows[2].result: expected open, closed, filtered, unresolved or error");
    }
}
