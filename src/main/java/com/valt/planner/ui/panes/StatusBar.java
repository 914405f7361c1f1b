package com.valt.planner.ui.panes;

import com.valt.planner.engine.Finding;
import com.valt.planner.engine.FlowResult;
import com.valt.planner.ui.PlannerModel;
import com.valt.planner.ui.common.Plural;
import javafx.collections.SetChangeListener;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** Counts of the site and its flows, the selection, and the progress of a running export. */
public final class StatusBar extends HBox {
    private final PlannerModel model;
    private final Label counts = new Label();
    private final Label selection = new Label();
    private final Label task = new Label();
    private final ProgressBar progress = new ProgressBar();

    public StatusBar(PlannerModel model) {
        this.model = model;
        getStyleClass().add("status-bar");
        setSpacing(16);
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(3, 10, 3, 10));
        counts.setId("status-counts");
        progress.setPrefWidth(160);
        progress.setVisible(false);
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        getChildren().addAll(counts, selection, grow, task, progress);
        model.resultProperty().addListener((o, a, r) -> update());
        model.siteProperty().addListener((o, a, r) -> update());
        model.selection().addListener((SetChangeListener<String>) c -> update());
        update();
    }

    private void update() {
        FlowResult r = model.result();
        String flows = r == null ? "computing flows…" : r.flows().size() + " flows";
        if (r != null && !model.isResultCurrent()) {
            flows += " (updating…)";
        }
        long errors = r == null
                ? 0
                : r.findings().stream()
                        .filter(f -> f.level() == Finding.Level.ERROR)
                        .count();
        counts.setText(model.site().devices().size() + " devices · " + flows
                + (errors > 0 ? " · " + Plural.of(errors, "error", "errors") : ""));
        int n = model.selection().size();
        selection.setText(n == 0 ? "" : n + " selected");
    }

    public void track(Task<?> t) {
        progress.setVisible(true);
        progress.progressProperty().bind(t.progressProperty());
        task.textProperty().bind(t.messageProperty());
        t.runningProperty().addListener((o, a, running) -> {
            if (!running) {
                progress.progressProperty().unbind();
                progress.setVisible(false);
                task.textProperty().unbind();
            }
        });
    }
}
