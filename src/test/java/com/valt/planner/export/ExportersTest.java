package com.valt.planner.export;

import com.valt.planner.io.SaveException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ExportersTest {
    @Test
    void everyOutputOfTheExportCommandInOrder() {
        assertThat(Exporters.all()).extracting(Exporter::fileName)
                .containsExactly("flows.csv", "matrices.html", "topology.svg", "topology.graphml", "topology.dot",
                        "topology.png", "handoff.pdf");
    }

    @Test
    void writeAllWritesEveryFileAndLeavesNoTemporaryFiles(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("export");
        List<Path> written = Exporters.writeAll(ExportFixtures.input(ExportFixtures.sample("clinic")), out);
        assertThat(written).extracting(p -> p.getFileName().toString())
                .containsExactly("flows.csv", "matrices.html", "topology.svg", "topology.graphml", "topology.dot",
                        "topology.png", "handoff.pdf");
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
        assertThatThrownBy(() -> Exporters.writeAll(ExportFixtures.input(ExportFixtures.sample("clinic")), file.resolve("out")))
                .isInstanceOf(SaveException.class).hasMessageContaining("not-a-folder");
    }
}
