package com.valt.planner.ui;

import com.valt.planner.io.SaveException;
import com.valt.planner.ui.actions.BulkActions;
import com.valt.planner.ui.actions.EditActions;
import com.valt.planner.ui.actions.ExportActions;
import com.valt.planner.ui.actions.FileActions;
import com.valt.planner.ui.actions.MenuHolder;
import com.valt.planner.ui.actions.RecentFiles;
import com.valt.planner.ui.actions.Recovery;
import com.valt.planner.ui.actions.Toolbar;
import com.valt.planner.ui.actions.WindowActions;
import com.valt.planner.ui.common.Dialogs;
import com.valt.planner.ui.common.WindowLog;
import com.valt.planner.ui.panes.ExplainPane;
import com.valt.planner.ui.panes.FindingsPane;
import com.valt.planner.ui.panes.FlowsPane;
import com.valt.planner.ui.panes.InspectorPane;
import com.valt.planner.ui.panes.MatricesPane;
import com.valt.planner.ui.panes.SitePane;
import com.valt.planner.ui.panes.StatusBar;
import com.valt.planner.ui.plan.Palette;
import com.valt.planner.ui.plan.PlanCanvas;
import com.valt.planner.ui.startup.Timing;
import java.nio.file.Path;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.HostServices;
import javafx.beans.binding.Bindings;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.controlsfx.control.NotificationPane;

/** The planner window: palette, plan, inspector and site panels, flows/findings/matrices/explain tabs. */
public final class MainWindow {
    private final Stage stage;
    private final PlannerModel model;
    private final PlanCanvas plan;
    private final FileActions files;
    private final BorderPane root = new BorderPane();
    private final Timeline autosave;
    private TabPane side;
    private final ExportActions exports;
    private final BulkActions bulk;

    public MainWindow(Stage stage, PlannerModel model, HostServices host, Recovery recovery, RecentFiles recent) {
        this.stage = stage;
        this.model = model;
        this.plan = new PlanCanvas(model);
        Scene scene = new Scene(root, 1400, 900);
        scene.getStylesheets().add(MainWindow.class.getResource("planner.css").toExternalForm());
        stage.setScene(scene);
        MenuHolder menus = new MenuHolder();
        this.files = new FileActions(
                model,
                stage,
                recovery,
                recent,
                () -> {
                    plan.fitWhenShown();
                    menus.refreshRecent();
                },
                menus::refreshRecent);
        model.failureProperty().addListener((o, a, why) -> {
            if (why != null && !why.isEmpty()) {
                Dialogs.error("Flow computation failed", why, stage);
            }
        });
        StatusBar status = new StatusBar(model);
        NotificationPane notifications = new NotificationPane(plan);
        notifications.setId("notifications");
        this.exports = new ExportActions(model, stage, status, notifications, host);
        EditActions edits = new EditActions(model, scene);
        this.bulk = new BulkActions(model, stage, plan);
        ExplainPane explain = new ExplainPane(model, plan);
        FindingsPane findings = new FindingsPane(model, ids -> plan.centerOn(ids));
        WindowActions actions =
                new WindowActions(model, plan, files, edits, bulk, this.exports, explain.activeProperty());
        Toolbar toolbar = new Toolbar(actions);
        menus.build(actions);
        root.setTop(new VBox(menus.bar(), toolbar));
        root.setLeft(new Palette(plan));

        TabPane bottom = new TabPane(
                new Tab("Flows", new FlowsPane(model)),
                findingsTab(findings),
                lazyTab("Port matrices", new MatricesPane(model)),
                explainTab(explain),
                lazyTab("Commission", new com.valt.planner.ui.commission.CommissionPanel(model.resultProperty())),
                lazyTab("Firewalls", new com.valt.planner.ui.zones.FirewallFlowsPane(model)));
        bottom.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        bottom.setId("bottom-tabs");
        explain.activeProperty().addListener((o, a, on) -> {
            if (on) {
                bottom.getSelectionModel().select(3);
            }
        });
        SplitPane center = new SplitPane(notifications, bottom);
        center.setOrientation(Orientation.VERTICAL);
        center.setDividerPositions(0.62);

        ScrollPane siteScroll = new ScrollPane(new SitePane(model));
        siteScroll.setFitToWidth(true);
        ScrollPane inspectorScroll = new ScrollPane(new InspectorPane(model));
        inspectorScroll.setFitToWidth(true);
        ScrollPane zonesScroll = new ScrollPane(new com.valt.planner.ui.zones.ZonesPanel(model));
        zonesScroll.setFitToWidth(true);
        side = new TabPane(
                new Tab("Device", inspectorScroll), lazyTab("Site", siteScroll), lazyTab("Zones", zonesScroll));
        side.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        side.setId("side-tabs");
        // Clicking a device shows what it is: the Device tab comes to the front.
        model.selection().addListener((javafx.collections.SetChangeListener<String>) c -> {
            if (model.selection().stream()
                    .anyMatch(id -> model.site().device(id).isPresent())) {
                showDevicePanel();
            } else if (!model.selection().isEmpty()) {
                showZonesPanel(); // a firewall: its form is in the Zones tab
            }
        });
        side.setPrefWidth(330);
        side.setMinWidth(260);
        SplitPane main = new SplitPane(center, side);
        main.setDividerPositions(0.76);
        SplitPane.setResizableWithParent(side, false);
        root.setCenter(main);
        root.setBottom(status);

        stage.titleProperty()
                .bind(Bindings.createStringBinding(
                        this::title, model.siteProperty(), model.dirtyProperty(), model.fileProperty()));
        stage.setOnCloseRequest(e -> {
            if (!files.askToSaveChanges()) {
                e.consume();
            } else {
                files.discardCurrentDraft();
            }
        });
        autosave = new Timeline(new KeyFrame(Duration.seconds(autosaveSeconds()), e -> autosave()));
        autosave.setCycleCount(Timeline.INDEFINITE);
        autosave.play();
    }

    /** A tab whose content joins the scene when first shown: the window opens faster. */
    private static Tab lazyTab(String title, javafx.scene.Node content) {
        Tab t = new Tab(title);
        t.selectedProperty().addListener((o, was, is) -> {
            if (is && t.getContent() == null) {
                t.setContent(content);
            }
        });
        return t;
    }

    /** Explain works out what a change did only while it can be seen: its tab is selected or explain mode is on. */
    private static Tab explainTab(ExplainPane explain) {
        Tab t = lazyTab("Explain", explain);
        explain.showingProperty().bind(t.selectedProperty().or(explain.activeProperty()));
        return t;
    }

    private static Tab findingsTab(FindingsPane findings) {
        Tab t = new Tab("Findings", findings);
        findings.getItems().addListener((javafx.collections.ListChangeListener<Object>)
                c -> t.setText("Findings (" + findings.getItems().size() + ")"));
        return t;
    }

    /** {@code valt.planner.autosaveSeconds}, default 60. */
    static double autosaveSeconds() {
        try {
            return Double.parseDouble(System.getProperty("valt.planner.autosaveSeconds", "60"));
        } catch (NumberFormatException e) {
            return 60;
        }
    }

    void autosave() {
        try {
            files.autosave();
        } catch (SaveException e) {
            // shown in the status line rather than a dialog every minute
            WindowLog.warning("Draft not saved: " + e.getMessage());
        }
    }

    private String title() {
        Path f = model.fileProperty().get();
        return (model.dirtyProperty().get() ? "*" : "") + model.site().info().name()
                + (f == null ? "" : " — " + f.getFileName()) + " — VALT Site Planner";
    }

    public Stage stage() {
        return stage;
    }

    public PlannerModel model() {
        return model;
    }

    public PlanCanvas plan() {
        return plan;
    }

    /** Brings the site panel (name, customer, options) to the front. */
    public void showSitePanel() {
        side.getSelectionModel().select(1);
    }

    /** Brings the zones and firewalls panel to the front. */
    public void showZonesPanel() {
        side.getSelectionModel().select(2);
    }

    public void showDevicePanel() {
        side.getSelectionModel().select(0);
    }

    BulkActions bulk() {
        return bulk;
    }

    ExportActions exports() {
        return exports;
    }

    FileActions files() {
        return files;
    }

    /** Opens the file from the command line (or offers the untitled draft) and shows the window. */
    public void start(Path file) {
        model.holdComputation(true);
        boolean opened = file != null && files.openBeforeShowing(file);
        var icon = MainWindow.class.getResource("/icons/valt-planner.png");
        if (icon != null) {
            stage.getIcons().add(new javafx.scene.image.Image(icon.toExternalForm()));
        }
        stage.show();
        Timing.mark("window shown");
        // Flows are computed once the first frame is on screen (two pulses later).
        new javafx.animation.AnimationTimer() {
            private int frames;

            @Override
            public void handle(long now) {
                if (++frames == 2) {
                    stop();
                    model.holdComputation(false);
                }
            }
        }.start();
        if (!opened) {
            files.start(file);
        }
        plan.fitWhenShown();
    }
}
