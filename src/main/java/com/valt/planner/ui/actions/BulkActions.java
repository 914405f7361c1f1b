package com.valt.planner.ui.actions;

import com.valt.planner.domain.Device;
import com.valt.planner.domain.DeviceType;
import com.valt.planner.domain.Point;
import com.valt.planner.domain.Site;
import com.valt.planner.edit.Balancer;
import com.valt.planner.edit.CameraBatch;
import com.valt.planner.edit.Edits;
import com.valt.planner.ui.PlannerModel;
import com.valt.planner.ui.common.Dialogs;
import com.valt.planner.ui.common.Plural;
import com.valt.planner.ui.common.Styles;
import com.valt.planner.ui.common.Tables;
import com.valt.planner.ui.plan.PlanCanvas;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
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

/** "Add cameras…" (N cameras for one server, in a grid under the plan, shown in view) and "Balance cameras". */
public final class BulkActions {
    static final Point SPACING = new Point(32, 40);
    private final PlannerModel model;
    private final Window owner;
    private final PlanCanvas plan;

    public BulkActions(PlannerModel model, Window owner, PlanCanvas plan) {
        this.model = model;
        this.owner = owner;
        this.plan = plan;
    }

    /**
     * What the add-cameras dialog asks.
     *
     * @param pattern      camera names, "#" standing for the running number ("Room #"); appended when absent
     * @param firstAddress the first camera's IPv4 address, or null/blank for none
     * @param step         how far apart the addresses are
     */
    public record Request(Device server, int count, String pattern, String firstAddress, int step, int columns) {
        public Request(Device server, int count, String pattern, int columns) {
            this(server, count, pattern, null, 1, columns);
        }

        boolean hasAddresses() {
            return firstAddress != null && !firstAddress.isBlank();
        }
    }

    public void addCameras() {
        Site site = model.site();
        if (site.servers().isEmpty()) {
            Dialogs.info(
                    "No server yet",
                    "Add an application server or a media server first: cameras need a server.",
                    owner);
            return;
        }
        ask(site).ifPresent(this::addCameras);
    }

    /** Why this request cannot be added as it is (bad or colliding addresses), or null when it can. */
    static String problem(Site site, Request r) {
        if (!r.hasAddresses()) {
            return null;
        }
        List<String> addresses;
        try {
            addresses = CameraBatch.addresses(r.firstAddress(), r.step(), r.count());
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
        List<String> taken = CameraBatch.collisions(site, addresses);
        if (taken.isEmpty()) {
            return null;
        }
        String shown = String.join(", ", taken.subList(0, Math.min(5, taken.size())))
                + (taken.size() > 5 ? " and " + (taken.size() - 5) + " more" : "");
        return Plural.of(taken.size(), "address", "addresses") + " of this batch "
                + (taken.size() == 1 ? "is" : "are") + " already used: " + shown
                + ". Choose another first address or step.";
    }

    public void addCameras(Request r) {
        Site site = model.site();
        String problem = problem(site, r);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        var positions = plan.drawnPositions();
        Point at = positions.getOrDefault(r.server().id(), new Point(0, 0));
        double width = (Math.min(r.count(), r.columns()) - 1) * SPACING.x();
        double bottom = positions.values().stream().mapToDouble(Point::y).max().orElse(0);
        // Under everything already on the plan, centred on the server's column, so nothing lands on top.
        Point origin = new Point(at.x() - width / 2, Math.max(at.y(), bottom) + 120);
        List<String> names = CameraBatch.names(site, r.server().id(), r.pattern(), r.count());
        List<String> addresses = r.hasAddresses() ? CameraBatch.addresses(r.firstAddress(), r.step(), r.count()) : null;
        int before = site.devices().size();
        model.execute(Edits.addCameras(site, r.server().id(), names, addresses, origin, r.columns(), SPACING));
        List<Device> added =
                model.site().devices().subList(before, model.site().devices().size());
        Set<String> ids = added.stream().map(Device::id).collect(Collectors.toSet());
        model.selection().clear();
        model.selection().addAll(ids);
        // the batch's boxes are drawn once the model's worker has laid the new site out
        model.whenCurrent(result -> plan.showInView(ids));
    }

    private Optional<Request> ask(Site site) {
        Dialog<Request> d = new Dialog<>();
        d.getDialogPane().setId("add-cameras-dialog");
        d.setTitle("Add cameras");
        d.setHeaderText("Add cameras served by one server");
        d.initOwner(owner);
        ComboBox<Device> server = new ComboBox<>();
        server.getItems().setAll(site.servers());
        server.setValue(site.devicesOfType(DeviceType.MEDIA_SERVER).stream()
                .findFirst()
                .orElse(site.servers().get(0)));
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
        TextField prefix = new TextField("Room #");
        TextField first = new TextField();
        first.setPromptText("none, e.g. 10.20.30.101");
        Spinner<Integer> step = new Spinner<>(1, 256, 1);
        step.setEditable(true);
        Label numbers = new Label();
        Label problem = new Label();
        problem.setId("add-problem");
        problem.setWrapText(true);
        problem.setMaxWidth(420);
        problem.getStyleClass().add(Styles.FORM_PROBLEM);
        count.setId("add-count");
        prefix.setId("add-prefix");
        server.setId("add-server");
        first.setId("add-first-address");
        step.setId("add-step");
        // the labels keep their words, however long the preview of the names gets
        GridPane g = Tables.form(8, 8);
        g.setPadding(new Insets(10));
        numbers.setWrapText(true);
        numbers.setMaxWidth(420);
        numbers.getStyleClass().add(Styles.HINT);
        g.addRow(0, new Label("Server"), server);
        g.addRow(1, new Label("Number of cameras"), count);
        g.addRow(2, new Label("Names (# is the number)"), prefix);
        g.add(numbers, 1, 3);
        g.addRow(4, new Label("First address"), first);
        g.addRow(5, new Label("Address step"), step);
        g.addRow(6, new Label("Cameras per row"), columns);
        g.add(problem, 0, 7, 2, 1);
        d.getDialogPane().setContent(g);
        ButtonType add = new ButtonType("Add", javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().addAll(add, ButtonType.CANCEL);
        java.util.function.Supplier<Request> request = () -> new Request(
                server.getValue(),
                count.getValue(),
                prefix.getText().isBlank() ? "Camera #" : prefix.getText().strip(),
                first.getText().strip(),
                step.getValue(),
                columns.getValue());
        Runnable preview = () -> {
            Request r = request.get();
            if (r.server() == null) {
                return;
            }
            List<String> names = CameraBatch.names(site, r.server().id(), r.pattern(), Math.min(r.count(), 2));
            numbers.setText(names.get(0) + (r.count() > 1 ? ", " + names.get(1) + " …" : ""));
            String p = problem(site, r);
            problem.setText(p == null ? "" : p);
        };
        server.valueProperty().addListener((o, a, b) -> preview.run());
        prefix.textProperty().addListener((o, a, b) -> preview.run());
        first.textProperty().addListener((o, a, b) -> preview.run());
        step.valueProperty().addListener((o, a, b) -> preview.run());
        count.valueProperty().addListener((o, a, b) -> preview.run());
        preview.run();
        // A bad or taken address keeps the dialog open, saying which.
        d.getDialogPane().lookupButton(add).addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            String p = problem(site, request.get());
            if (p != null) {
                problem.setText(p);
                e.consume();
            }
        });
        d.setResultConverter(b -> b == add ? request.get() : null);
        return d.showAndWait();
    }

    public void balance() {
        Site site = model.site();
        Balancer.Plan plan = Balancer.plan(site, Balancer.PAGE_LIMIT, false);
        if (plan.stillOver() > 0) {
            Balancer.Plan grown = Balancer.plan(site, Balancer.PAGE_LIMIT, true);
            Optional<ButtonType> b = Dialogs.ask(
                    "The servers are full",
                    "Even spread over every media server, " + Plural.of(plan.stillOver(), "camera", "cameras")
                            + " would be above "
                            + Balancer.PAGE_LIMIT + " per server. Add "
                            + Plural.of(grown.serversAdded(), "media server", "media servers")
                            + " and spread the cameras over them?",
                    owner,
                    new ButtonType(
                            "Add " + Plural.of(grown.serversAdded(), "media server", "media servers"),
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
            Dialogs.info(
                    "Nothing to balance", "No server serves more than " + Balancer.PAGE_LIMIT + " cameras.", owner);
            return;
        }
        model.execute(plan.command());
    }
}
