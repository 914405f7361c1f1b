package com.valt.planner.export;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Assumptions;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** Reading a PDF back: its text, veraPDF's PDF/A-2b verdict, qpdf's structure check. */
final class PdfChecks {
    private PdfChecks() {}

    static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    /**
     * The characters exactly as the PDF maps its glyphs to text, without the ligature folding that
     * {@link PDFTextStripper} applies (and that viewers such as pdftotext do not).
     */
    static String rawText(byte[] pdf) throws IOException {
        StringBuilder sb = new StringBuilder();
        PDFTextStripper raw = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> glyphs) {
                glyphs.forEach(g -> sb.append(g.getUnicode()));
                sb.append(' ');
            }
        };
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            raw.getText(doc);
        }
        return sb.toString();
    }

    static String pageText(PDDocument doc, int page) throws IOException {
        PDFTextStripper s = new PDFTextStripper();
        s.setStartPage(page);
        s.setEndPage(page);
        return s.getText(doc);
    }

    /** The failed PDF/A-2b rules, as "clause test: message"; empty when the file is compliant. */
    static List<String> veraPdfFailures(byte[] pdf) throws Exception {
        VeraGreenfieldFoundryProvider.initialise();
        try (PDFAParser parser =
                        Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFA_2_B);
                PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_2_B, false)) {
            ValidationResult result = validator.validate(parser);
            List<String> failed = result.getTestAssertions().stream()
                    .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                    .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": " + a.getMessage())
                    .distinct()
                    .toList();
            if (!result.isCompliant() && failed.isEmpty()) {
                return List.of("not compliant (no failed assertion reported)");
            }
            return failed;
        }
    }

    /**
     * qpdf's verdict, or a skipped test when qpdf is not installed here. On CI (env CI set) a missing
     * qpdf fails: .ci/run installs it.
     */
    static String qpdfCheck(byte[] pdf) throws Exception {
        Path exe = findQpdf();
        if (exe == null) {
            if (System.getenv("CI") != null) {
                throw new AssertionError("qpdf is not installed, but CI is set: .ci/run should have installed it");
            }
            Assumptions.abort("qpdf is not installed: skipping the qpdf --check test (apt-get install qpdf)");
        }
        Path file = Files.createTempFile("handoff", ".pdf");
        try {
            Files.write(file, pdf);
            Process p = new ProcessBuilder(exe.toString(), "--check", file.toString())
                    .redirectErrorStream(true)
                    .start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("qpdf --check did not finish in 60 s");
            }
            return "exit " + p.exitValue() + "\n" + out;
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static Path findQpdf() {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(java.io.File.pathSeparator)) {
            Path p = Path.of(dir, "qpdf");
            if (Files.isExecutable(p)) {
                return p;
            }
        }
        return null;
    }
}
