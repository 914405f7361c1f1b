package com.valt.planner.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;

import com.valt.planner.export.html.MatricesHtml;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code matrices.html} and {@code topology.svg} of the three samples, byte for byte against
 * {@code src/test/resources/golden/} (the SVG with a line break between elements), so that any change
 * to an output shows up in review. After an
 * intended change, regenerate them and review the diff of the golden files:
 *
 * <pre>mvn -o test -Dtest=GoldenOutputsTest -Dgolden.update=true</pre>
 *
 * (or {@code scripts/update-goldens.sh}). The export date is fixed, so the files do not change by day.
 */
class GoldenOutputsTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden");
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"clinic", "police-interview", "university"})
    void matricesHtml(String sample) throws Exception {
        compare(sample + ".matrices.html", ExportFixtures.export(new MatricesHtml(), input(sample)));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"clinic", "police-interview", "university"})
    void topologySvg(String sample) throws Exception {
        compare(sample + ".topology.svg", oneElementALine(ExportFixtures.export(new TopologySvg(), input(sample))));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"clinic", "university"})
    void sameInputSameBytes(String sample) throws Exception {
        // Without this, a golden file could only ever be matched by luck (a time, a hash order, an id).
        assertThat(ExportFixtures.export(new TopologySvg(), input(sample)))
                .isEqualTo(ExportFixtures.export(new TopologySvg(), input(sample)));
        assertThat(ExportFixtures.export(new MatricesHtml(), input(sample)))
                .isEqualTo(ExportFixtures.export(new MatricesHtml(), input(sample)));
    }

    /**
     * The SVG is written as a few very long lines; its golden copy has a line break between elements, so
     * that a change shows in review as the elements that changed. Nothing else is altered.
     */
    private static byte[] oneElementALine(byte[] svg) {
        return new String(svg, StandardCharsets.UTF_8).replace("><", ">\n<").getBytes(StandardCharsets.UTF_8);
    }

    private static ExportInput input(String sample) throws Exception {
        return new ExportInput(ExportFixtures.result(sample), ExportFixtures.samplePath(sample), ExportFixtures.DATE);
    }

    private static void compare(String name, byte[] actual) throws Exception {
        Path file = GOLDEN.resolve(name);
        if (UPDATE) {
            Files.createDirectories(GOLDEN);
            Files.write(file, actual);
            abort("golden file " + file + " rewritten (-Dgolden.update=true): review its diff");
        }
        assertThat(file).as("golden file; make it with -Dgolden.update=true").exists();
        byte[] expected = Files.readAllBytes(file);
        if (!java.util.Arrays.equals(expected, actual)) {
            fail(name + " differs from " + file + " " + firstDifference(expected, actual)
                    + "\nIf the change is intended: mvn -o test -Dtest=GoldenOutputsTest -Dgolden.update=true,"
                    + " then review the diff of the golden file.");
        }
    }

    /** The first line that differs, both ways, short enough to read in a test report. */
    private static String firstDifference(byte[] expected, byte[] actual) {
        List<String> e = new String(expected, StandardCharsets.UTF_8).lines().toList();
        List<String> a = new String(actual, StandardCharsets.UTF_8).lines().toList();
        for (int i = 0; i < Math.max(e.size(), a.size()); i++) {
            String x = i < e.size() ? e.get(i) : "<end of file>";
            String y = i < a.size() ? a.get(i) : "<end of file>";
            if (!x.equals(y)) {
                int at = 0;
                while (at < Math.min(x.length(), y.length()) && x.charAt(at) == y.charAt(at)) {
                    at++;
                }
                int from = Math.max(0, at - 60);
                return "at line " + (i + 1) + ", column " + (at + 1) + ":\n  expected ..."
                        + x.substring(from, Math.min(x.length(), at + 100)) + "\n  actual   ..."
                        + y.substring(from, Math.min(y.length(), at + 100));
            }
        }
        return "(line ends differ)";
    }
}
