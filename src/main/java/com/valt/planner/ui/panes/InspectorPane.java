package com.valt.planner.ui.panes;

import com.valt.planner.domain.Addresses;
import com.valt.planner.domain.Device;
import com.valt.planner.domain.DeviceType;
import com.valt.planner.domain.Site;
import com.valt.planner.domain.WowzaKey;
import com.valt.planner.edit.Edits;
import com.valt.planner.ui.PlannerModel;
import com.valt.planner.ui.common.CommitField;
import com.valt.planner.ui.common.DeviceIcons;
import com.valt.planner.ui.common.Styles;
import java.util.List;
import java.util.Set;
import javafx.collections.FXCollections;
import javafx.collections.SetChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** The selected device's fields: name, address (checked as you type), serving server, admin, Wowza key. */
public final class InspectorPane extends VBox {
    private static final String SITE_KEY = "Site setting";
    private static final String BY_ADDRESS = "By address";
    private final PlannerModel model;
    private final Label heading = new Label();
    private final Label idLabel = new Label();
    private final CommitField name = new CommitField();
    private final CommitField address = new CommitField(InspectorPane::addressProblem);
    private final Label addressProblem = new Label();
    private final ComboBox<Device> server = new ComboBox<>();
    private final CheckBox admin = new CheckBox("Administers the servers (SSH, Wowza admin)");
    private final ComboBox<String> wowza =
            new ComboBox<>(FXCollections.observableArrayList(SITE_KEY, "digital", "physical"));
    private final ComboBox<String> zone = new ComboBox<>();
    private final GridPane form = new GridPane();
    private boolean updating;

    public InspectorPane(PlannerModel model) {
        this.model = model;
        setPadding(new Insets(10));
        setSpacing(8);
        heading.getStyleClass().add(Styles.PANEL_TITLE);
        heading.setWrapText(true);
        idLabel.getStyleClass().add(Styles.HINT);
        idLabel.setWrapText(true);
        addressProblem.getStyleClass().add(Styles.ERROR_TEXT);
        addressProblem.setWrapText(true);
        name.setId("inspector-name");
        address.setId("inspector-address");
        server.setId("inspector-server");
        admin.setId("inspector-admin");
        wowza.setId("inspector-wowza");
        zone.setId("inspector-zone");
        zone.setMaxWidth(Double.MAX_VALUE);
        zone.setConverter(new StringConverter<>() {
            @Override
            public String toString(String id) {
                // a pinned zone by its name; the "By address" choice as it is
                return id == null || id.startsWith(BY_ADDRESS)
                        ? id
                        : model.site()
                                .zone(id)
                                .map(z -> z.displayName() + " (pinned)")
                                .orElse(id);
            }

            @Override
            public String fromString(String s) {
                return s;
            }
        });
        address.setPromptText("IPv4, IPv6 or host name");
        admin.setWrapText(true);
        server.setMaxWidth(Double.MAX_VALUE);
        wowza.setMaxWidth(Double.MAX_VALUE);
        server.setConverter(new StringConverter<>() {
            @Override
            public String toString(Device d) {
                return d == null ? "" : d.displayName() + (d.address() == null ? "" : " (" + d.address() + ")");
            }

            @Override
            public Device fromString(String s) {
                return null;
            }
        });
        form.setHgap(8);
        form.setVgap(8);
        ColumnConstraints c0 = new ColumnConstraints();
        c0.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        ColumnConstraints c1 = new ColumnConstraints();
        c1.setHgrow(Priority.ALWAYS);
        c1.setFillWidth(true);
        form.getColumnConstraints().addAll(c0, c1);
        getChildren().addAll(heading, idLabel, form);

        name.onCommit(v -> editOne(d -> d.withName(v.isBlank() ? null : v), "Rename"));
        address.textProperty()
                .addListener((o, a, b) -> addressProblem.setText(address.problem() == null ? "" : address.problem()));
        address.onCommit(v -> editOne(d -> d.withAddress(v.isBlank() ? null : v.strip()), "Change address of"));
        admin.selectedProperty().addListener((o, a, b) -> {
            if (!updating) {
                editOne(d -> d.withAdmin(b), b ? "Make admin:" : "Remove admin:");
            }
        });
        wowza.valueProperty().addListener((o, a, b) -> {
            if (!updating && b != null) {
                WowzaKey k = b.startsWith(SITE_KEY) ? null : WowzaKey.fromId(b).orElse(null);
                editOne(d -> d.withWowzaKey(k), "Change Wowza key of");
            }
        });
        server.valueProperty().addListener((o, a, b) -> {
            if (!updating && b != null) {
                model.execute(Edits.assign(model.site(), Set.copyOf(model.selection()), b.id()));
            }
        });
        zone.valueProperty().addListener((o, a, b) -> {
            if (!updating && b != null) {
                String pinned = b.startsWith(BY_ADDRESS) ? null : b;
                model.execute(com.valt.planner.edit.ZoneEdits.pin(model.site(), Set.copyOf(model.selection()), pinned));
            }
        });
        model.siteProperty().addListener((o, a, b) -> refresh());
        model.resultProperty().addListener((o, a, b) -> refresh());
        model.selection().addListener((SetChangeListener<String>) c -> refresh());
        refresh();
    }

    static String addressProblem(String s) {
        if (s == null || s.isBlank() || Addresses.isValid(s.strip())) {
            return null;
        }
        return "\"" + s.strip() + "\" is neither an IPv4 address, an IPv6 address nor a host name";
    }

    private void editOne(java.util.function.UnaryOperator<Device> change, String verb) {
        if (model.selection().size() != 1) {
            return;
        }
        model.site().device(model.selection().iterator().next()).ifPresent(before -> {
            Device after = change.apply(before);
            model.execute(Edits.edit(before, after, verb + " " + before.displayName()));
        });
    }

    /** "By address (→ Staff LAN)" as the engine placed the device, then every zone to pin it to. */
    private void zoneChoices(Site site, Device d) {
        String byAddress = BY_ADDRESS;
        var r = model.result();
        if (d.zone() == null && model.isResultCurrent()) {
            String z = r.zoneOf(com.valt.planner.engine.Endpoint.of(d));
            byAddress += z == null
                    ? " (in no zone)"
                    : " (→ "
                            + site.zone(z)
                                    .map(com.valt.planner.domain.Zone::displayName)
                                    .orElse(z) + ")";
        }
        List<String> items = new java.util.ArrayList<>();
        items.add(byAddress);
        site.zones().forEach(z -> items.add(z.id()));
        zone.getItems().setAll(items);
        zone.setValue(d.zone() == null ? byAddress : d.zone());
    }

    private void refresh() {
        updating = true;
        try {
            Site site = model.site();
            List<Device> selected = model.selection().stream()
                    .map(site::device)
                    .flatMap(java.util.Optional::stream)
                    .toList();
            form.getChildren().clear();
            heading.setGraphic(null);
            if (selected.isEmpty()) {
                heading.setText("Nothing selected");
                idLabel.setText("Click a device on the plan, or drag one in from the palette.");
                return;
            }
            server.getItems().setAll(site.servers());
            if (selected.size() > 1) {
                heading.setText(selected.size() + " devices selected");
                idLabel.setText("");
                if (selected.stream().anyMatch(d -> d.type().isServed())) {
                    // the one server they share, if they share one; empty when they differ
                    java.util.Set<Device> servers = new java.util.HashSet<>();
                    selected.forEach(x -> servers.add(
                            x.type().isServed() ? site.servingServer(x).orElse(null) : null));
                    server.setValue(servers.size() == 1 ? servers.iterator().next() : null);
                    form.addRow(0, new Label("Served by"), server);
                }
                return;
            }
            Device d = selected.get(0);
            heading.setText(d.type().label());
            heading.setGraphic(DeviceIcons.node(d.type(), 22));
            idLabel.setText("id: " + d.id());
            name.show(d.name());
            name.setPromptText(d.id());
            address.show(d.address());
            addressProblem.setText("");
            int row = 0;
            form.addRow(row++, new Label("Name"), name);
            form.addRow(row++, new Label("Address"), address);
            form.add(addressProblem, 1, row++);
            if (d.type().isServed()) {
                server.setValue(site.servingServer(d).orElse(null));
                form.addRow(row++, new Label("Served by"), server);
            }
            if (d.type() == DeviceType.CLIENT) {
                admin.setSelected(d.admin());
                form.add(admin, 0, row++, 2, 1);
            }
            if (d.type().isServer()) {
                wowza.getItems()
                        .set(
                                0,
                                SITE_KEY + " ("
                                        + site.settings().effectiveWowzaKey().id() + ")");
                wowza.setValue(
                        d.wowzaKey() == null
                                ? wowza.getItems().get(0)
                                : d.wowzaKey().id());
                form.addRow(row++, new Label("Wowza key"), wowza);
            }
            if (site.hasZones()) {
                zoneChoices(site, d);
                form.addRow(row, new Label("Zone"), zone);
            }
        } finally {
            updating = false;
        }
    }
}
