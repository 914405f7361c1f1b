package com.valt.planner.ui.zones;

import com.valt.planner.domain.Site;
import com.valt.planner.domain.Zone;
import com.valt.planner.edit.Command;
import com.valt.planner.edit.ZoneEdits;
import com.valt.planner.engine.Endpoint;
import com.valt.planner.engine.FlowResult;
import com.valt.planner.ui.PlannerModel;
import com.valt.planner.ui.common.Styles;
import com.valt.planner.ui.common.Tables;
import java.util.HashMap;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The zones of the site with their device counts, and a form to add, change or remove one. */
final class ZonesTable extends VBox {
    /** One row: the zone and how many devices the engine placed in it. */
    record Row(Zone zone, Integer devices) {}

    private final PlannerModel model;
    private final TableView<Row> table = new TableView<>();
    private final TextField id = new TextField();
    private final TextField name = new TextField();
    private final TextField networks = new TextField();
    private final TextField vlan = new TextField();
    private final Label problems = new Label();
    private final Button add = new Button("Add zone");
    private final Button apply = new Button("Apply");
    private final Button remove = new Button("Remove");
    /** The zone the form edits, or null for a new one. */
    private String editing;
    /** The zone the form was last filled from: a refresh that brings the same zone keeps what is typed. */
    private Zone shown;

    ZonesTable(PlannerModel model) {
        this.model = model;
        setSpacing(6);
        table.setId("zones-table");
        id.setId("zone-id");
        name.setId("zone-name");
        networks.setId("zone-networks");
        vlan.setId("zone-vlan");
        problems.setId("zone-problems");
        add.setId("zone-add");
        apply.setId("zone-apply");
        remove.setId("zone-remove");
        problems.getStyleClass().add(Styles.ERROR_TEXT);
        problems.setWrapText(true);
        networks.setPromptText("10.20.0.0/24, fd00::/64");
        vlan.setPromptText("1-4094, or empty");
        table.setPrefHeight(170);
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY); // scrolls: the side panel is narrow
        table.getColumns().add(column("Id", r -> r.zone().id()));
        table.getColumns().add(column("Name", r -> r.zone().displayName()));
        table.getColumns().add(column("Networks", r -> String.join(" ", r.zone().networks())));
        table.getColumns()
                .add(column(
                        "VLAN",
                        r -> r.zone().vlan() == null ? "" : r.zone().vlan().toString()));
        table.getColumns()
                .add(column(
                        "Devices", r -> r.devices() == null ? "…" : r.devices().toString()));
        table.getSelectionModel().selectedItemProperty().addListener((o, a, r) -> show(r == null ? null : r.zone()));

        GridPane form = Tables.form(6, 4);
        form.addRow(0, new Label("Id"), id);
        form.addRow(1, new Label("Name"), name);
        form.addRow(2, new Label("Networks"), networks);
        form.addRow(3, new Label("VLAN"), vlan);
        GridPane.setHgrow(networks, Priority.ALWAYS);
        add.setOnAction(e -> startNew());
        apply.setOnAction(e -> apply());
        remove.setOnAction(e -> remove());
        HBox buttons = new HBox(6, add, apply, remove);
        Label title = new Label("Zones");
        title.getStyleClass().add(Styles.PANEL_TITLE);
        getChildren().addAll(title, table, buttons, form, problems);
        setPadding(new Insets(0, 0, 8, 0));
        model.siteProperty().addListener((o, a, b) -> refresh());
        model.resultProperty().addListener((o, a, b) -> refresh());
        refresh();
        startNew();
    }

    private static TableColumn<Row, String> column(String title, java.util.function.Function<Row, String> text) {
        return Tables.textColumn(title, text, width(title));
    }

    /** Narrow columns for short values, wider ones for names and networks (the firewalls' table too). */
    static double width(String title) {
        return title.equals("VLAN") || title.equals("Devices") ? 56 : title.equals("Id") ? 70 : 110;
    }

    private void refresh() {
        Site site = model.site();
        Map<String, Integer> counts = counts(model);
        String selected = editing;
        table.getItems()
                .setAll(site.zones().stream()
                        .map(z -> new Row(z, counts == null ? null : counts.getOrDefault(z.id(), 0)))
                        .toList());
        if (selected != null) {
            table.getItems().stream()
                    .filter(r -> r.zone().id().equals(selected))
                    .findFirst()
                    .ifPresentOrElse(r -> table.getSelectionModel().select(r), this::startNew);
        }
        removeText();
    }

    /** Devices per zone as the engine placed them; null while the result is for an older site. */
    static Map<String, Integer> counts(PlannerModel model) {
        FlowResult r = model.result();
        if (!model.isResultCurrent()) {
            return null;
        }
        Map<String, Integer> out = new HashMap<>();
        r.site().devices().forEach(d -> {
            String z = r.zoneOf(Endpoint.of(d));
            if (z != null) {
                out.merge(z, 1, Integer::sum);
            }
        });
        return out;
    }

    private void startNew() {
        editing = null;
        shown = null;
        table.getSelectionModel().clearSelection();
        id.setText(freeId(model.site()));
        name.setText("");
        networks.setText("");
        vlan.setText("");
        problems.setText("");
        apply.setText("Create");
        removeText();
    }

    static String freeId(Site site) {
        for (int i = 1; ; i++) {
            String c = "zone" + i;
            if (site.zone(c).isEmpty()) {
                return c;
            }
        }
    }

    private void show(Zone z) {
        if (z == null || z.equals(shown) && z.id().equals(editing)) {
            return;
        }
        shown = z;
        editing = z.id();
        id.setText(z.id());
        name.setText(z.name() == null ? "" : z.name());
        networks.setText(String.join(", ", z.networks()));
        vlan.setText(z.vlan() == null ? "" : z.vlan().toString());
        problems.setText("");
        apply.setText("Apply");
        removeText();
    }

    /** The button says what else goes with the zone, so nothing is cleared by surprise (and it can be undone). */
    private void removeText() {
        remove.setDisable(editing == null);
        if (editing == null) {
            remove.setText("Remove");
            return;
        }
        int[] refs = ZoneEdits.references(model.site(), editing);
        StringBuilder s = new StringBuilder("Remove");
        if (refs[0] > 0 || refs[1] > 0) {
            s.append(" (");
            if (refs[0] > 0) {
                s.append("unpins ").append(refs[0]).append(refs[0] == 1 ? " device" : " devices");
            }
            if (refs[1] > 0) {
                s.append(refs[0] > 0 ? ", " : "")
                        .append("drops ")
                        .append(refs[1])
                        .append(refs[1] == 1 ? " interface" : " interfaces");
            }
            s.append(")");
        }
        remove.setText(s.toString());
    }

    void apply() {
        Integer v = null;
        if (!vlan.getText().isBlank()) {
            try {
                v = Integer.valueOf(vlan.getText().strip());
            } catch (NumberFormatException e) {
                // the reader's own words for a VLAN that is not a number
                problems.setText("vlan: expected a VLAN number 1-4094, found \""
                        + vlan.getText().strip() + "\"");
                return;
            }
        }
        String n = name.getText().isBlank() ? null : name.getText().strip();
        Zone z = new Zone(
                id.getText().strip(),
                n,
                ZoneForm.words(networks.getText()),
                v,
                editing == null
                        ? null
                        : model.site().zone(editing).map(Zone::extras).orElse(null));
        Site site = model.site();
        Command c = editing == null ? ZoneEdits.addZone(site, z) : ZoneEdits.changeZone(site, editing, z);
        ZoneForm.apply(model, site, c, problems, () -> editing = z.id());
    }

    private void remove() {
        if (editing != null) {
            Command c = ZoneEdits.removeZone(model.site(), editing);
            editing = null;
            model.execute(c);
        }
    }
}
