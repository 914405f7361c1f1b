package com.valt.planner.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.valt.planner.edit.Edits;
import com.valt.planner.export.Exporter;
import com.valt.planner.export.all.Exporters;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.controlsfx.control.NotificationPane;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** The Export menu's "all files into a folder": every exporter's file, of the site as edited, and a notification. */
class ExportMenuTest extends WindowTest {
    @Test
    void exportAllWritesEveryFileOfTheEditedSiteAndOffersToOpenIt() throws Exception {
        open(sample("clinic.valt.json"));
        fx(() -> model.execute(
                Edits.settings(model.site(), model.site().settings().withSsl(true), "SSL on")));
        Path folder = temp.resolve("out/handoff");
        fx(() -> window.exports().exportAllTo(folder));
        NotificationPane note = lookup("#notifications").query();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, note::isShowing);

        for (Exporter x : Exporters.all()) {
            assertThat(folder.resolve(x.fileName())).isNotEmptyFile();
        }
        assertThat(note.getText()).isEqualTo("Exported 7 files to handoff");
        assertThat(note.getActions()).isNotEmpty();
        assertThat(note.getActions().get(0).getText()).startsWith("Open ");
        // The export is of the current (edited) site: SSL on, so web traffic is on 443, not 80.
        CsvMapper csv = new CsvMapper();
        try (MappingIterator<Map<String, String>> rows = csv.readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader())
                .readValues(folder.resolve("flows.csv").toFile())) {
            List<Map<String, String>> all = rows.readAll();
            assertThat(all).hasSize(model.result().flows().size());
            assertThat(all)
                    .anyMatch(r -> r.values().contains("R1s"))
                    .noneMatch(r -> r.values().contains("R1"));
        }
        assertThat(Files.list(folder)).noneMatch(p -> p.getFileName().toString().startsWith(".valt-tmp-"));
    }

    @Test
    void aLogoThatCannotBeReadIsNamedInTheNotification() throws Exception {
        open(sample("clinic.valt.json"));
        fx(() -> model.execute(
                Edits.settings(model.site(), model.site().settings().withLogo("no-such-logo.png"), "logo")));
        Path folder = temp.resolve("out/with-logo");
        fx(() -> window.exports().exportAllTo(folder));
        NotificationPane note = lookup("#notifications").query();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, note::isShowing);
        assertThat(note.getText()).isEqualTo("Exported 7 files to with-logo \u2013 1 warning");
        assertThat(folder.resolve("handoff.pdf")).isNotEmptyFile();
        fx(() -> note.getActions().get(0).handle(new javafx.event.ActionEvent()));
        javafx.scene.control.DialogPane dialog = lookup("#warning-dialog").query();
        assertThat(dialog.getContentText()).contains("no-such-logo.png", "does not exist", "the cover has no logo");
        fx(() -> dialog.getScene().getWindow().hide());
    }

    @Test
    void diagramAsOffersTheThreeFormatsAndWritesTheChosenOne() throws Exception {
        open(sample("clinic.valt.json"));
        javafx.scene.control.MenuBar bar = lookup(".menu-bar").query();
        javafx.scene.control.Menu export = bar.getMenus().stream()
                .filter(m -> m.getText().equals("_Export"))
                .findFirst()
                .orElseThrow();
        assertThat(export.getItems())
                .anyMatch(i -> "export-diagram".equals(i.getId()) && i.getText().equals("Diagram as…"));
        assertThat(Exporters.diagrams())
                .extracting(Exporter::fileName)
                .containsExactly("topology.graphml", "topology.dot", "topology.drawio");
        Path file = temp.resolve("out/plan.drawio");
        Files.createDirectories(file.getParent());
        fx(() -> window.exports().exportTo(Exporters.diagrams().get(2), file.toFile()));
        NotificationPane note = lookup("#notifications").query();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, note::isShowing);
        assertThat(note.getText()).isEqualTo("Exported plan.drawio");
        assertThat(Files.readString(file)).startsWith("<?xml").contains("<mxfile", "Exam Room 1");
    }
}
