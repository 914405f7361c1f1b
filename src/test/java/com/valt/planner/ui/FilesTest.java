package com.valt.planner.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.valt.planner.domain.Site;
import com.valt.planner.edit.Edits;
import com.valt.planner.io.SiteFileReader;
import com.valt.planner.io.SiteFileWriter;
import com.valt.planner.ui.actions.Recovery;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextArea;
import org.junit.jupiter.api.Test;

/** Save, reopen, broken files, a file changed on disk, crash drafts. */
class FilesTest extends WindowTest {

    private void rename(String name) throws Exception {
        fx(() -> model.execute(Edits.info(model.site(), model.site().info().withName(name), "Rename site")));
    }

    @Test
    void saveAndReopenGiveTheSameFileAndKeepABackup() throws Exception {
        Path file = sample("university.valt.json");
        byte[] original = Files.readAllBytes(file);
        open(file);
        fx(() -> model.execute(Edits.delete(model.site(), java.util.Set.of("ms2", "pc1"))));
        rename("Riverside after review");
        assertThat(stage.getTitle()).startsWith("*Riverside after review");
        Site edited = model.site();
        fx(() -> window.files().save());
        byte[] saved = Files.readAllBytes(file);
        assertThat(saved).isEqualTo(SiteFileWriter.toBytes(edited));
        assertThat(Files.readAllBytes(file.resolveSibling(file.getFileName() + ".bak")))
                .isEqualTo(original);
        assertThat(stage.getTitle()).doesNotStartWith("*");

        open(file);
        assertThat(model.site()).isEqualTo(edited);
        fx(() -> window.files().save());
        assertThat(Files.readAllBytes(file)).isEqualTo(saved);
        assertThat(SiteFileReader.read(file)).isEqualTo(edited);
    }

    @Test
    void aBrokenFileShowsTheErrorDialogAndKeepsTheCurrentSite() throws Exception {
        open(sample("clinic.valt.json"));
        rename("Work in progress");
        Site before = model.site();
        Path broken = temp.resolve("broken.valt.json");
        Files.writeString(
                broken,
                "{\"format\": \"valt-site-plan\", \"version\": 1, \"devices\": [{\"id\": \"a\", "
                        + "\"type\": \"router\"}]}",
                StandardCharsets.UTF_8);
        later(() -> window.files().open(broken));
        DialogPane pane = dialog("error-dialog").orElseThrow();
        String details = ((TextArea) pane.lookup("#error-details")).getText();
        assertThat(pane.getHeaderText()).isEqualTo("Cannot open broken.valt.json");
        assertThat(details)
                .contains("device 1 in the file, type")
                .contains("router")
                .doesNotContain("devices[0]");
        press(pane, "OK");
        assertThat(model.site()).isSameAs(before);
        assertThat(model.fileProperty().get().getFileName().toString()).isEqualTo("clinic.valt.json");
        assertThat(stage.getTitle()).startsWith("*Work in progress");
    }

    @Test
    void saveAsksWhenTheFileChangedOnDisk() throws Exception {
        Path file = sample("clinic.valt.json");
        open(file);
        rename("Mine");
        String theirs = Files.readString(file).replace("\"revision\"", "\"revision\"  ");
        Files.writeString(file, theirs);

        later(() -> window.files().save());
        DialogPane ask = dialog("ask-dialog").orElseThrow();
        assertThat(ask.getHeaderText()).isEqualTo("clinic.valt.json changed on disk");
        press(ask, "Cancel");
        assertThat(Files.readString(file)).isEqualTo(theirs);
        assertThat(stage.getTitle()).startsWith("*");

        later(() -> window.files().save());
        press(dialog("ask-dialog").orElseThrow(), "Overwrite");
        waitForResult();
        assertThat(SiteFileReader.read(file).info().name()).isEqualTo("Mine");
        // Saved now: the next save has nothing to ask about.
        rename("Mine again");
        fx(() -> window.files().save());
        assertThat(SiteFileReader.read(file).info().name()).isEqualTo("Mine again");
    }

    @Test
    void aDraftIsOfferedAfterACrashForItsOwnFileOnlyAndRemovedBySaving() throws Exception {
        Path recovery = temp.resolve("recovery");
        Path clinic = sample("clinic.valt.json");
        Path university = sample("university.valt.json");
        open(clinic);
        rename("Unsaved clinic edit");
        Site edited = model.site();
        fx(() -> window.autosave());
        Path draft = new Recovery(recovery).draftPath(clinic.toAbsolutePath().normalize());
        assertThat(draft).exists();

        // The first window is never closed: as after a kill. A second start opens another file first.
        window = newWindow(recovery);
        model = window.model();
        open(university);
        assertThat(dialog("ask-dialog", 1)).isEmpty(); // opened synchronously: a dialog would be up now
        assertThat(draft).exists();

        later(() -> window.files().open(clinic));
        DialogPane offer = dialog("ask-dialog").orElseThrow();
        assertThat(offer.getHeaderText()).isEqualTo("Recover unsaved changes?");
        assertThat(offer.getContentText()).contains("clinic.valt.json");
        press(offer, "Restore draft");
        waitForResult();
        assertThat(model.site()).isEqualTo(edited);
        assertThat(model.dirtyProperty().get()).isTrue();

        fx(() -> window.files().save());
        assertThat(draft).doesNotExist();
        assertThat(SiteFileReader.read(clinic)).isEqualTo(edited);
    }
}
