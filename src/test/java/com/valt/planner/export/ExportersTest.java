package com.valt.planner.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.valt.planner.export.all.Exporters;
import com.valt.planner.io.SaveException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportersTest {
    @Test
    void everyOutputOfTheExportCommandInOrder() {
        assertThat(Exporters.all())
                .extracting(Exporter::fileName)
                .containsExactly(
                        "flows.csv",
                        "matrices.html",
                        "topology.svg",
                        "topology.graphml",
                        "topology.dot",
                        "topology.png",
                        "handoff.pdf");
    }

    @Test
    void theFirewallFilesAreThoseOfTheRuleSetsAndStartBeforeThePdf() throws Exception {
        for (String sample : List.of("hospital-zones", "university-zones")) {
            ExportInput input = ExportFixtures.input(ExportFixtures.sample(sample));
            List<Exporter> all = Exporters.all(input);
            // all(input) names the firewalls from the site, so that the rule sets are made later, in parallel:
            // the same files as one per rule set, in the rule sets' order
            List<String> fromRuleSets = new ArrayList<>();
            for (var set : input.ruleSets().sets()) {
                String id = set.firewall().id();
                fromRuleSets.add(new FirewallCsv(id).fileName());
                com.valt.planner.syntax.Syntaxes.forPlatform(set.firewall().platform())
                        .ifPresent(syntax -> fromRuleSets.add(new FirewallSyntaxFile(id, syntax).fileName()));
            }
            assertThat(fromRuleSets).as(sample).isNotEmpty();
            assertThat(all.subList(7, all.size()))
                    .extracting(Exporter::fileName)
                    .containsExactlyElementsOf(fromRuleSets);

            List<String> started = Exporters.startOrder(all).stream()
                    .map(i -> all.get(i).fileName())
                    .toList();
            List<String> expected = new ArrayList<>(List.of("topology.png", "flows.csv"));
            expected.addAll(fromRuleSets);
            expected.addAll(
                    List.of("handoff.pdf", "matrices.html", "topology.svg", "topology.graphml", "topology.dot"));
            assertThat(started).as(sample).containsExactlyElementsOf(expected);
        }
    }

    @Test
    void writeAllWritesEveryFileAndLeavesNoTemporaryFiles(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("export");
        List<String> told = new ArrayList<>();
        List<Path> written = Exporters.writeAll(
                ExportFixtures.input(ExportFixtures.sample("clinic")),
                out,
                (file, done, total) ->
                        told.add(file.getFileName() + " " + done + "/" + total + " " + Files.exists(file)));
        // The window's progress: one call per file, after the file is in place.
        assertThat(told)
                .containsExactly(
                        "flows.csv 1/7 true",
                        "matrices.html 2/7 true",
                        "topology.svg 3/7 true",
                        "topology.graphml 4/7 true",
                        "topology.dot 5/7 true",
                        "topology.png 6/7 true",
                        "handoff.pdf 7/7 true");
        assertThat(written)
                .extracting(p -> p.getFileName().toString())
                .containsExactly(
                        "flows.csv",
                        "matrices.html",
                        "topology.svg",
                        "topology.graphml",
                        "topology.dot",
                        "topology.png",
                        "handoff.pdf");
        for (Path p : written) {
            assertThat(Files.size(p)).as(p.toString()).isPositive();
        }
        try (var files = Files.list(out)) {
            assertThat(files.count()).isEqualTo(7);
        }
        assertThat(Files.readAllBytes(out.resolve("handoff.pdf"))).startsWith("%PDF-".getBytes());
    }

    @Test
    void aFolderThatCannotBeCreatedIsAClearError(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("not-a-folder"), "x");
        assertThatThrownBy(() ->
                        Exporters.writeAll(ExportFixtures.input(ExportFixtures.sample("clinic")), file.resolve("out")))
                .isInstanceOf(SaveException.class)
                .hasMessageContaining("not-a-folder");
    }
}
