package com.valt.planner.ui.commission;

import com.valt.planner.engine.Flow;
import com.valt.planner.engine.FlowResult;
import com.valt.planner.io.AtomicFiles;
import com.valt.planner.io.SaveException;
import com.valt.planner.probe.Connector;
import com.valt.planner.probe.ProbeException;
import com.valt.planner.probe.ProbeLine;
import com.valt.planner.probe.ProbePlan;
import com.valt.planner.probe.ProbeReport;
import com.valt.planner.probe.Prober;
import com.valt.planner.probe.Resolver;
import com.valt.planner.probe.ResultFile;
import com.valt.planner.probe.SocketConnector;
import com.valt.planner.probe.Verdict;
import com.valt.planner.ui.common.Styles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.stage.FileChooser;

/**
 * The Commission panel: choose the device this computer stands in for, run the probe, watch each flow
 * turn green or red as its attempt returns, stop, save the result file, or open a saved one.
 */
public final class CommissionPanel extends BorderPane {
    static final int TIMEOUT_MS = 2000;
    static final int PARALLEL = 16;

    private final ObservableValue<FlowResult> result;
    private final Connector connector;
    private final Resolver resolver;
    private final ComboBox<String> device = new ComboBox<>();
    private final Button run = new Button("Run");
    private final Button stop = new Button("Stop");
    private final Button save = new Button("Save result\u2026");
    private final Button open = new Button("Open result\u2026");
    private final Label status = new Label("Choose the device this computer stands in for, then Run.");
    private final ObservableList<CommissionRow> rows = FXCollections.observableArrayList();
    private volatile Prober prober;
    private ProbeReport report;

    /** The real panel: attempts through this computer's sockets and resolver. */
    public CommissionPanel(ObservableValue<FlowResult> result) {
        this(result, new SocketConnector(), Resolver.system());
    }

    public CommissionPanel(ObservableValue<FlowResult> result, Connector connector, Resolver resolver) {
        this.result = result;
        this.connector = connector;
        this.resolver = resolver;
        setId("commission");
        device.setId("commission-device");
        device.setPromptText("device");
        // Users know their devices by name; the id stays the value, as on the command line (--as ID).
        device.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(String id) {
                FlowResult r = result.getValue();
                String name = id == null || r == null
                        ? null
                        : r.site().device(id).map(d -> d.displayName()).orElse(null);
                return id == null ? "" : name == null || name.equals(id) ? id : name + " (" + id + ")";
            }

            @Override
            public String fromString(String text) {
                return text;
            }
        });
        run.setId("commission-run");
        stop.setId("commission-stop");
        save.setId("commission-save");
        open.setId("commission-open");
        status.setId("commission-status");
        stop.setDisable(true);
        save.setDisable(true);
        run.disableProperty()
                .bind(device.valueProperty().isNull().or(stop.disableProperty().not()));
        run.setOnAction(e -> run());
        stop.setOnAction(e -> stop());
        save.setOnAction(e -> chooseAndSave());
        open.setOnAction(e -> chooseAndOpen());
        Label standIn = new Label("Stand in for");
        HBox bar = new HBox(6, standIn, device, run, stop, save, open, status);
        // the controls keep their size on a narrow pane; the status line gives way (its full text is on hover)
        for (javafx.scene.layout.Region r : List.of(standIn, device, run, stop, save, open)) {
            r.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        status.setMinWidth(0);
        javafx.scene.control.Tooltip statusTip = new javafx.scene.control.Tooltip();
        statusTip.textProperty().bind(status.textProperty());
        status.setTooltip(statusTip);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4));
        setTop(bar);
        setCenter(table());
        // The device list is made when it is opened (a pass over every flow): not on every edit.
        result.addListener((o, a, r) -> keepChoice(r));
        device.setOnShowing(e -> devices(result.getValue()));
        devices(result.getValue());
    }

    private TableView<CommissionRow> table() {
        TableView<CommissionRow> t = new TableView<>(rows);
        t.setId("commission-table");
        t.setPlaceholder(new Label("No probe yet: the flows of the chosen device appear here as they are tried."));
        t.getColumns().add(column("Rule", 60, r -> new ReadOnlyStringWrapper(r.rule)));
        t.getColumns().add(column("Destination", 140, r -> new ReadOnlyStringWrapper(r.destination)));
        t.getColumns().add(column("Address", 120, r -> r.address));
        t.getColumns().add(column("Port", 80, r -> new ReadOnlyStringWrapper(r.port)));
        TableColumn<CommissionRow, String> res = column(
                "Result",
                80,
                r -> javafx.beans.binding.Bindings.createStringBinding(
                        () -> r.result.get() == null ? "\u2026" : r.result.get().id(), r.result));
        res.setId("commission-result");
        t.getColumns().add(res);
        t.getColumns().add(column("ms", 60, r -> r.ms));
        t.getColumns().add(column("Firewalls", 140, r -> new ReadOnlyStringWrapper(r.firewalls)));
        t.getColumns().add(column("Message", 320, r -> r.message));
        t.setRowFactory(v -> new TableRow<>() {
            private final javafx.beans.value.ChangeListener<Verdict> repaint = (o, a, b) -> paint();
            private CommissionRow watched;

            @Override
            protected void updateItem(CommissionRow item, boolean empty) {
                super.updateItem(item, empty);
                if (watched != null) {
                    watched.result.removeListener(repaint);
                }
                watched = empty ? null : item;
                if (watched != null) {
                    watched.result.addListener(repaint);
                }
                paint();
            }

            private void paint() {
                Verdict r = watched == null ? null : watched.result.get();
                getStyleClass().removeAll(Styles.PROBE_PASS, Styles.PROBE_FAIL);
                if (r != null) {
                    getStyleClass().add(r.passes() ? Styles.PROBE_PASS : Styles.PROBE_FAIL);
                }
            }
        });
        return t;
    }

    private static TableColumn<CommissionRow, String> column(
            String title, double width, Function<CommissionRow, ObservableValue<String>> value) {
        TableColumn<CommissionRow, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(d -> value.apply(d.getValue()));
        return c;
    }

    /** A chosen device the edit removed is no longer chosen; the list itself waits until it is opened. */
    private void keepChoice(FlowResult r) {
        String chosen = device.getValue();
        if (chosen != null && (r == null || r.site().device(chosen).isEmpty())) {
            device.setValue(null);
        }
    }

    /** The devices that open connections: only they can be stood in for. */
    private void devices(FlowResult r) {
        String chosen = device.getValue();
        Set<String> ids = new LinkedHashSet<>();
        if (r != null) {
            Set<String> sources = new java.util.HashSet<>();
            for (Flow f : r.flows()) {
                sources.add(f.source().id());
            }
            // in the site file's order, which is how the user knows them
            r.site().devices().stream()
                    .map(d -> d.id())
                    .filter(sources::contains)
                    .forEach(ids::add);
        }
        if (!device.getItems().equals(List.copyOf(ids))) {
            device.getItems().setAll(ids);
        }
        device.setValue(ids.contains(chosen) ? chosen : null);
    }

    /** Starts a probe standing in for the chosen device; results arrive on the table as they come. */
    public void run() {
        FlowResult r = result.getValue();
        if (r == null || device.getValue() == null || prober != null) {
            return;
        }
        ProbePlan plan;
        try {
            plan = ProbePlan.of(r, device.getValue(), null);
        } catch (ProbeException e) {
            problem(e.getMessage());
            return;
        }
        rows.setAll(plan.targets().stream().map(CommissionRow::waiting).toList());
        Prober p = new Prober(connector, resolver, PARALLEL, TIMEOUT_MS);
        prober = p;
        report = null;
        stop.setDisable(false);
        save.setDisable(true);
        Prober.Source source = p.source(plan);
        showStatus(null);
        status.setText("Trying " + plan.targets().size() + " flows of "
                + plan.device().id()
                + (source.warning() == null ? " from " + source.boundTo() : " (not from its address)") + "\u2026");
        Thread t = new Thread(
                () -> {
                    ProbeReport done = p.run(plan, line -> Platform.runLater(() -> show(line)));
                    Platform.runLater(() -> finished(done, source.warning()));
                },
                "commission-probe");
        t.setDaemon(true);
        t.start();
    }

    private void show(ProbeLine line) {
        rows.stream()
                .filter(row -> row.result.get() == null && row.is(line))
                .findFirst()
                .ifPresent(row -> row.fill(line));
    }

    private void finished(ProbeReport done, String warning) {
        prober = null;
        report = done;
        stop.setDisable(true);
        save.setDisable(false);
        showStatus(done.allPass());
        status.setText(done.summary() + (warning == null ? "" : ". " + warning));
    }

    /** Stops the run: flows not yet tried are left out of the result. */
    public void stop() {
        Prober p = prober;
        if (p != null) {
            p.stop();
            status.setText("Stopping\u2026");
        }
    }

    /** The last run's or opened result, or null. */
    public ProbeReport report() {
        return report;
    }

    public ObservableList<CommissionRow> rows() {
        return rows;
    }

    /** Writes the result file (atomically). */
    public void save(Path file) {
        if (report == null) {
            return;
        }
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            ResultFile.write(report, bytes);
            AtomicFiles.write(file, bytes.toByteArray(), false);
            showStatus(null);
            status.setText("Saved " + file.getFileName() + ": " + report.summary());
        } catch (IOException | SaveException e) {
            problem("Cannot save " + file + ": " + e.getMessage());
        }
    }

    /** Shows a saved result file; a file that is not one is named in the status line. */
    public void open(Path file) {
        try {
            ProbeReport r = ResultFile.read(file);
            report = r;
            rows.setAll(r.lines().stream().map(CommissionRow::of).toList());
            save.setDisable(false);
            showStatus(r.allPass());
            status.setText(file.getFileName() + ": " + r.device() + " from " + r.hostName() + ", " + r.started() + ": "
                    + r.summary());
        } catch (ProbeException e) {
            problem(e.getMessage());
        }
    }

    public String statusText() {
        return status.getText();
    }

    private void problem(String message) {
        showStatus(false);
        status.setText(message);
    }

    private FileChooser chooser(String title) {
        FileChooser c = new FileChooser();
        c.setTitle(title);
        c.getExtensionFilters().add(new FileChooser.ExtensionFilter("Probe results (*.json)", "*.json"));
        return c;
    }

    private void chooseAndSave() {
        FileChooser c = chooser("Save probe result");
        if (report != null) {
            c.setInitialFileName("probe-" + report.device() + ".json");
        }
        java.io.File f = c.showSaveDialog(getScene() == null ? null : getScene().getWindow());
        if (f != null) {
            save(f.toPath());
        }
    }

    private void chooseAndOpen() {
        java.io.File f = chooser("Open probe result")
                .showOpenDialog(getScene() == null ? null : getScene().getWindow());
        if (f != null) {
            open(f.toPath());
        }
    }

    /** Colours the status line green when everything passed, red when not, plain when null. */
    private void showStatus(Boolean passed) {
        status.getStyleClass().removeAll(Styles.STATUS_PASS, Styles.STATUS_FAIL);
        if (passed != null) {
            status.getStyleClass().add(passed ? Styles.STATUS_PASS : Styles.STATUS_FAIL);
        }
    }
}
