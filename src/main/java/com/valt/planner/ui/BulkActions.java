package com.valt.planner.ui;

import com.valt.planner.domain.Device;
import com.valt.planner.domain.DeviceType;
import com.valt.planner.domain.Site;
import com.valt.planner.edit.Balancer;
import com.valt.planner.edit.Edits;
import com.valt.planner.domain.Point;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import javafx.util.StringConverter;

import java.util.Optional;

/** "Add cameras…" (N cameras for one server, in a grid under it) and "Balance cameras". */
final class BulkActions {
    static final Point SPACING = new Point(32, 40);
    private final PlannerModel model;
    private final Window owner;

    BulkActions(PlannerModel model, Window owner) {
        this.model = model;
        this.owner = owner;
    }

    /** What the add-cameras dialog asks. */
    record Request(Device server, int count, String prefix, int columns) {
    }

    void addCameras() {
        Site site = model.site();
        if (site.servers().isEmpty()) {
            Dialogs.error("No server yet", "Add an application server or a media server first: cameras need a server.", owner);
            return;
        }
        ask(site).ifPresent(this::addCameras);
    }

    void addCameras(Request r) {
        Site site = model.site();
        var positions = PlanLayout.positions(site);
        Point at = positions.getOrDefault(r.server().id(), new Point(0, 0));
        double width = (Math.min(r.count(), r.columns()) - 1) * SPACING.x();
        double bottom = positions.values().stream().mapToDouble(Point::y).max().orElse(0);
        // Under everything already on the plan, centred on the server's column, so nothing lands on top.
        Point origin = new Point(at.x() - width / 2, Math.max(at.y(), bottom) + 120);
        model.execute(Edits.addCameras(site, r.server().id(), r.count(), r.prefix(), origin, r.columns(), SPACING));
    }

    private Optional<Request> ask(Site site) {
        Dialog<Request> d = new Dialog<>();
        d.getDialogPane().setId("add-cameras-dialog");
        d.setTitle("Add cameras");
        d.setHeaderText("Add cameras served by one server");
        d.initOwner(owner);
        ComboBox<Device> server = new ComboBox<>();
        server.getItems().setAll(site.servers());
        server.setValue(site.devicesOfType(DeviceType.MEDIA_SERVER).stream().findFirst().orElse(site.servers().get(0)));
        server.setConverter(new StringConverter<>() {
            @Override
            public String toString(Device x) {
                return x == null ? "" : x.displayName();
            }

            @Override
            public Device fromString(String s) {
                return null;
            }
        });
        Spinner<Integer> count = new Spinner<>(1, 1000, 10);
        count.setEditable(true);
        Spinner<Integer> columns = new Spinner<>(1, 50, 8);
        columns.setEditable(true);
        TextField prefix = new TextField("Room");
        count.setId("add-count");
        prefix.setId("add-prefix");
        server.setId("add-server");
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(8);
        g.setPadding(new Insets(10));
        g.addRow(0, new Label("Server"), server);
        g.addRow(1, new Label("Number of cameras"), count);
        g.addRow(2, new Label("Names"), prefix, new Label("1, 2, 3 …"));
        g.addRow(3, new Label("Cameras per row"), columns);
        d.getDialogPane().setContent(g);
        ButtonType add = new ButtonType("Add", javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().addAll(add, ButtonType.CANCEL);
        d.setResultConverter(b -> b == add ? new Request(server.getValue(), count.getValue(),
                prefix.getText().isBlank() ? "Camera" : prefix.getText().strip(), columns.getValue()) : null);
        return d.showAndWait();
    }

    void balance() {
        Site site = model.site();
        Balancer.Plan plan = Balancer.plan(site, Balancer.PAGE_LIMIT, false);
        if (plan.stillOver() > 0) {
            Balancer.Plan grown = Balancer.plan(site, Balancer.PAGE_LIMIT, true);
            Optional<ButtonType> b = Dialogs.ask("The servers are full",
                    "Even spread over every media server, " + plan.stillOver() + " camera(s) would be above "
                            + Balancer.PAGE_LIMIT + " per server. Add " + grown.serversAdded()
                            + " media server(s) and spread the cameras over them?",
                    owner, new ButtonType("Add " + grown.serversAdded() + " media server(s)",
                            javafx.scene.control.ButtonBar.ButtonData.YES),
                    new ButtonType("Spread over existing servers only", javafx.scene.control.ButtonBar.ButtonData.NO),
                    ButtonType.CANCEL);
            if (b.isEmpty() || b.get() == ButtonType.CANCEL) {
                return;
            }
            if (b.get().getButtonData() == javafx.scene.control.ButtonBar.ButtonData.YES) {
                plan = grown;
            }
        }
        if (plan.command() == null) {
            Dialogs.ask("Nothing to balance", "No server serves more than " + Balancer.PAGE_LIMIT + " cameras.",
                    owner, ButtonType.OK);
            return;
        }
        model.execute(plan.command());
    }
}
