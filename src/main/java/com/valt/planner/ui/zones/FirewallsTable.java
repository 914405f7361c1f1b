package com.valt.planner.ui.zones;

import com.valt.planner.domain.Firewall;
import com.valt.planner.domain.FirewallInterface;
import com.valt.planner.domain.Platform;
import com.valt.planner.domain.Site;
import com.valt.planner.edit.Command;
import com.valt.planner.edit.ZoneEdits;
import com.valt.planner.ui.PlannerModel;
import com.valt.planner.ui.common.Styles;
import com.valt.planner.ui.common.Tables;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javafx.collections.FXCollections;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The firewalls of the site, and a form for one: id, name, platform and its interfaces, one a line. */
final class FirewallsTable extends VBox {
    private final PlannerModel model;
    private final TableView<Firewall> table = new TableView<>();
    private final TextField id = new TextField();
    private final TextField name = new TextField();
    private final ComboBox<Platform> platform = new ComboBox<>(FXCollections.observableArrayList(Platform.values()));
    private final TextArea interfaces = new TextArea();
    private final Label problems = new Label();
    private final Button add = new Button("Add firewall");
    private final Button apply = new Button("Apply");
    private final Button remove = new Button("Remove");
    private String editing;
    /** The firewall the form was last filled from: a refresh that brings the same one keeps what is typed. */
    private Firewall shown;

    FirewallsTable(PlannerModel model) {
        this.model = model;
        setSpacing(6);
        table.setId("firewalls-table");
        id.setId("firewall-id");
        name.setId("firewall-name");
        platform.setId("firewall-platform");
        interfaces.setId("firewall-interfaces");
        problems.setId("firewall-problems");
        add.setId("firewall-add");
        apply.setId("firewall-apply");
        remove.setId("firewall-remove");
        problems.getStyleClass().add(Styles.ERROR_TEXT);
        problems.setWrapText(true);
        interfaces.setPrefRowCount(4);
        interfaces.setPromptText("one interface a line: name zone [vendor zone]\nwan1 internet untrust\nport2 servers");
        platform.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Platform p) {
                return p == null ? "" : p.id();
            }

            @Override
            public Platform fromString(String s) {
                return Platform.fromId(s).orElse(null);
            }
        });
        table.setPrefHeight(130);
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY); // scrolls: the side panel is narrow
        table.getColumns().add(column("Id", Firewall::id));
        table.getColumns().add(column("Name", Firewall::displayName));
        table.getColumns().add(column("Platform", f -> f.platform().id()));
        table.getColumns()
                .add(column(
                        "Interfaces",
                        f -> f.interfaces().stream()
                                .map(i -> i.name() + "→" + i.zone())
                                .collect(Collectors.joining(" "))));
        table.getSelectionModel().selectedItemProperty().addListener((o, a, f) -> show(f));

        GridPane form = Tables.form(6, 4);
        form.addRow(0, new Label("Id"), id);
        form.addRow(1, new Label("Name"), name);
        form.addRow(2, new Label("Platform"), platform);
        form.addRow(3, new Label("Interfaces"), interfaces);
        GridPane.setHgrow(interfaces, Priority.ALWAYS);
        add.setOnAction(e -> startNew());
        apply.setOnAction(e -> apply());
        remove.setOnAction(e -> remove());
        Label title = new Label("Firewalls");
        title.getStyleClass().add(Styles.PANEL_TITLE);
        getChildren().addAll(title, table, new HBox(6, add, apply, remove), form, problems);
        model.siteProperty().addListener((o, a, b) -> refresh());
        // a firewall clicked on the plan opens in this form
        model.selection().addListener((javafx.collections.SetChangeListener<String>) c -> {
            if (model.selection().size() == 1) {
                String sel = model.selection().iterator().next();
                table.getItems().stream()
                        .filter(f -> f.id().equals(sel))
                        .findFirst()
                        .ifPresent(f -> table.getSelectionModel().select(f));
            }
        });
        refresh();
        startNew();
    }

    private static TableColumn<Firewall, String> column(String title, java.util.function.Function<Firewall, String> f) {
        return Tables.textColumn(title, f, ZonesTable.width(title));
    }

    private void refresh() {
        String selected = editing;
        table.getItems().setAll(model.site().firewalls());
        if (selected != null) {
            table.getItems().stream()
                    .filter(f -> f.id().equals(selected))
                    .findFirst()
                    .ifPresentOrElse(f -> table.getSelectionModel().select(f), this::startNew);
        }
    }

    private void startNew() {
        editing = null;
        shown = null;
        table.getSelectionModel().clearSelection();
        Site site = model.site();
        String fresh = site.freeId("fw");
        for (int i = 1; site.firewall(fresh).isPresent(); i++) {
            fresh = "fw" + i;
        }
        id.setText(fresh);
        name.setText("");
        platform.setValue(Platform.GENERIC);
        interfaces.setText("");
        problems.setText("");
        apply.setText("Create");
        remove.setDisable(true);
    }

    private void show(Firewall f) {
        if (f == null || f.equals(shown) && f.id().equals(editing)) {
            return;
        }
        shown = f;
        editing = f.id();
        id.setText(f.id());
        name.setText(f.name() == null ? "" : f.name());
        platform.setValue(f.platform());
        interfaces.setText(f.interfaces().stream()
                .map(i -> i.name() + " " + i.zone() + (i.vendorZone() == null ? "" : " " + i.vendorZone()))
                .collect(Collectors.joining("\n")));
        problems.setText("");
        apply.setText("Apply");
        remove.setDisable(false);
    }

    void apply() {
        List<FirewallInterface> ins = new ArrayList<>();
        String[] lines = interfaces.getText().split("\n");
        for (int k = 0; k < lines.length; k++) {
            List<String> w = ZoneForm.words(lines[k]);
            if (w.isEmpty()) {
                continue;
            }
            if (w.size() < 2 || w.size() > 3) {
                problems.setText("interfaces, line " + (k + 1) + ": write the interface name, the zone it faces"
                        + " and, if the platform names zones, its zone name");
                return;
            }
            ins.add(new FirewallInterface(w.get(0), w.get(1), w.size() == 3 ? w.get(2) : null));
        }
        Site site = model.site();
        Firewall old = editing == null ? null : site.firewall(editing).orElse(null);
        String n = name.getText().isBlank() ? null : name.getText().strip();
        Firewall f = new Firewall(
                id.getText().strip(),
                n,
                platform.getValue(),
                ins,
                old == null ? null : old.x(),
                old == null ? null : old.y(),
                old == null ? null : old.extras());
        Command c = old == null ? ZoneEdits.addFirewall(site, f) : ZoneEdits.changeFirewall(site, editing, f);
        ZoneForm.apply(model, site, c, problems, () -> editing = f.id());
    }

    private void remove() {
        if (editing != null) {
            Command c = ZoneEdits.removeFirewall(model.site(), editing);
            editing = null;
            model.execute(c);
        }
    }
}
