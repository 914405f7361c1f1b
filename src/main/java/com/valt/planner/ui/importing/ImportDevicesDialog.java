package com.valt.planner.ui.importing;

import com.valt.planner.domain.Device;
import com.valt.planner.domain.Site;
import com.valt.planner.interchange.DeviceImport;
import com.valt.planner.interchange.ImportPlan;
import com.valt.planner.interchange.Rejection;
import com.valt.planner.interchange.SheetException;
import com.valt.planner.interchange.SheetText;
import com.valt.planner.ui.PlannerModel;
import com.valt.planner.ui.common.Tables;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.animation.PauseTransition;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.Duration;

/**
 * File > Import devices…: a spreadsheet (chosen, or pasted) previewed against the current site: the devices
 * it would add and the rows it rejects with their line and reason. Import applies the good rows as one
 * undoable edit; with rejected rows it does nothing unless the user ticks "skip the rejected rows".
 */
public final class ImportDevicesDialog {
    static final ButtonType IMPORT = new ButtonType("Import", ButtonBar.ButtonData.OK_DONE);
    /** Larger files are not device lists; the same ceiling as a site file. */
    private static final long MAX_BYTES = 32L * 1024 * 1024;

    private final PlannerModel model;
    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final TextArea text = new TextArea();
    private final Label source = new Label("Paste rows from a spreadsheet (with the header line), or choose a file.");
    private final Label summary = new Label();
    private final Label notes = new Label();
    private final TableView<Row> added = new TableView<>();
    private final TableView<Rejection> rejected = new TableView<>();
    private final CheckBox skipBad = new CheckBox("Import the good rows and skip the rejected ones");
    private final PauseTransition typing = new PauseTransition(Duration.millis(250));
    private ImportPlan plan;

    /** A device to add, with the line it comes from and its server's name (for the table). */
    record Row(int line, Device device, String server) {}

    private ImportDevicesDialog(PlannerModel model, Window owner) {
        this.model = model;
        dialog.setTitle("Import devices");
        dialog.setHeaderText("Import devices from a spreadsheet (CSV, or cells copied from a spreadsheet)");
        dialog.initOwner(owner);
        dialog.setResizable(true);
        dialog.getDialogPane().setId("import-dialog");
        dialog.getDialogPane().getButtonTypes().addAll(IMPORT, ButtonType.CANCEL);
        dialog.getDialogPane().setContent(content(owner));
        dialog.getDialogPane().setPrefSize(900, 680);
        Button ok = (Button) dialog.getDialogPane().lookupButton(IMPORT);
        ok.setDisable(true);
        text.textProperty().addListener((o, a, b) -> typing.playFromStart());
        typing.setOnFinished(e -> preview());
        skipBad.selectedProperty().addListener((o, a, b) -> refreshButton());
    }

    /** Shows the dialog; on Import, the site gets the new devices as one edit. */
    public static void show(PlannerModel model, Window owner) {
        ImportDevicesDialog d = new ImportDevicesDialog(model, owner);
        d.dialog.showAndWait().filter(b -> b == IMPORT).ifPresent(b -> d.apply());
    }

    private VBox content(Window owner) {
        text.setId("import-text");
        text.setPromptText("name\ttype\taddress\tmedia server\nLobby camera\tcamera\t10.20.5.40\tMedia 1");
        text.setPrefRowCount(6);
        Button choose = new Button("Choose file…");
        choose.setId("import-choose");
        choose.setOnAction(e -> chooseFile(owner));
        source.setWrapText(true);
        HBox top = new HBox(10, choose, source);
        HBox.setHgrow(source, Priority.ALWAYS);

        added.setId("import-added");
        added.setPlaceholder(new Label("No devices to add yet"));
        added.getColumns()
                .setAll(List.of(
                        column("Line", r -> Integer.toString(r.line()), 50),
                        column("Name", r -> r.device().displayName(), 200),
                        column("Type", r -> r.device().type().label(), 120),
                        column(
                                "Address",
                                r -> r.device().address() == null
                                        ? ""
                                        : r.device().address(),
                                140),
                        column("Media server", Row::server, 150),
                        column("Id", r -> r.device().id(), 140)));
        rejected.setId("import-rejected");
        rejected.setPlaceholder(new Label("No rejected rows"));
        rejected.getColumns()
                .setAll(List.of(
                        column("Line", r -> Integer.toString(r.line()), 50),
                        column("Name", Rejection::name, 180),
                        column("Why it is rejected", Rejection::reason, 560)));
        summary.setId("import-summary");
        summary.setWrapText(true);
        notes.setId("import-notes");
        notes.setWrapText(true);
        skipBad.setId("import-skip-bad");
        added.setPrefHeight(220);
        rejected.setPrefHeight(160);
        VBox box = new VBox(
                8,
                top,
                text,
                summary,
                new Label("Devices to add"),
                added,
                new Label("Rejected rows"),
                rejected,
                notes,
                skipBad);
        VBox.setVgrow(added, Priority.ALWAYS);
        return box;
    }

    private static <T> TableColumn<T, String> column(String title, Function<T, String> value, double width) {
        return Tables.textColumn(title, value, width);
    }

    private void chooseFile(Window owner) {
        FileChooser fc = new FileChooser();
        fc.setTitle("Import devices from a spreadsheet");
        fc.getExtensionFilters()
                .addAll(
                        new FileChooser.ExtensionFilter(
                                "Spreadsheets (*.csv, *.txt, *.tsv)", "*.csv", "*.txt", "*.tsv"),
                        new FileChooser.ExtensionFilter("All files", "*.*"));
        File f = fc.showOpenDialog(owner);
        if (f != null) {
            load(f.toPath());
        }
    }

    /** Reads a file into the text box; a file that cannot be read is said so, and the box keeps its text. */
    void load(Path file) {
        try {
            if (Files.size(file) > MAX_BYTES) {
                source.setText(file.getFileName() + " is larger than 32 MB: not a device list.");
                return;
            }
            text.setText(SheetText.decode(Files.readAllBytes(file)));
            source.setText("From " + file);
            typing.stop();
            preview();
        } catch (IOException e) {
            source.setText(file + " cannot be read: " + e.getMessage());
        }
    }

    private void preview() {
        Site site = model.site();
        List<Row> rows = new ArrayList<>();
        if (text.getText().isBlank()) {
            plan = null;
            summary.setText("");
            notes.setText("");
            added.getItems().clear();
            rejected.getItems().clear();
            refreshButton();
            return;
        }
        try {
            plan = DeviceImport.plan(site, text.getText());
        } catch (SheetException e) {
            plan = null;
            summary.setText("Line " + e.line() + ": " + e.getMessage());
            notes.setText("");
            added.getItems().clear();
            rejected.getItems().clear();
            refreshButton();
            return;
        }
        for (int i = 0; i < plan.devices().size(); i++) {
            Device d = plan.devices().get(i);
            rows.add(new Row(plan.lines().get(i), d, serverName(site, plan, d)));
        }
        added.getItems().setAll(rows);
        rejected.getItems().setAll(plan.rejected());
        int total = plan.devices().size() + plan.rejected().size();
        summary.setText(plan.devices().size() + " of " + total + " rows can be imported"
                + (plan.rejected().isEmpty()
                        ? "."
                        : "; " + plan.rejected().size()
                                + " rejected (listed below): fix them in the spreadsheet, or skip them."));
        notes.setText(String.join("\n", plan.notes()));
        refreshButton();
    }

    private static String serverName(Site site, ImportPlan plan, Device d) {
        if (!d.type().isServed()) {
            return "";
        }
        if (d.mediaServer() == null) {
            return site.applicationServer().map(Device::displayName).orElse("application server");
        }
        return site.device(d.mediaServer())
                .or(() -> plan.devices().stream()
                        .filter(o -> o.id().equals(d.mediaServer()))
                        .findFirst())
                .map(Device::displayName)
                .orElse(d.mediaServer());
    }

    private void refreshButton() {
        boolean ok = plan != null && !plan.devices().isEmpty() && (plan.clean() || skipBad.isSelected());
        dialog.getDialogPane().lookupButton(IMPORT).setDisable(!ok);
        skipBad.setVisible(plan != null && !plan.clean() && !plan.devices().isEmpty());
    }

    /** Planned again against the site as it is now, then applied as one edit. */
    private void apply() {
        try {
            ImportPlan now = DeviceImport.plan(model.site(), text.getText());
            if (now.clean() || skipBad.isSelected()) {
                model.execute(now.command());
            }
        } catch (SheetException e) {
            // the preview showed this and kept Import disabled
        }
    }
}
