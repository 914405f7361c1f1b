package com.valt.planner.ui.panes;

import com.valt.planner.domain.Device;
import com.valt.planner.engine.Flow;
import com.valt.planner.engine.FlowResult;
import com.valt.planner.ui.PlannerModel;
import com.valt.planner.ui.common.Styles;
import com.valt.planner.ui.plan.PlanCanvas;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.SetChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;

/**
 * Explain mode, for trainers: the clicked device's flows (also drawn on the plan), and what the
 * last change did to the flows, e.g. flipping SSL turns TCP 80 into TCP 443.
 */
public final class ExplainPane extends SplitPane {
    private final PlannerModel model;
    private final PlanCanvas plan;
    private final BooleanProperty active = new SimpleBooleanProperty();
    private final Label deviceTitle = new Label();
    private final ListView<String> deviceFlows = new ListView<>();
    private final Label changeTitle = new Label();
    private final ListView<String> changes = new ListView<>();
    private FlowResult previous;
    /** The last change not shown yet: the results before and after it, and its name. */
    private FlowResult changeBefore;

    private FlowResult changeAfter;
    private String changeName;
    private final BooleanProperty showing = new SimpleBooleanProperty(true);

    public ExplainPane(PlannerModel model, PlanCanvas plan) {
        this.model = model;
        this.plan = plan;
        deviceFlows.setId("explain-device-flows");
        changes.setId("explain-changes");
        changeTitle.setId("explain-change-title");
        deviceTitle.getStyleClass().add(Styles.PANEL_TITLE);
        changeTitle.getStyleClass().add(Styles.PANEL_TITLE);
        deviceTitle.setWrapText(true);
        changeTitle.setWrapText(true);
        changes.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(String s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty ? null : s);
                getStyleClass().removeAll("flow-added", "flow-removed");
                if (!empty && s != null) {
                    getStyleClass().add(s.startsWith("+") ? "flow-added" : "flow-removed");
                }
            }
        });
        getItems().addAll(box(deviceTitle, deviceFlows), box(changeTitle, changes));
        model.resultProperty().addListener((o, a, r) -> resultChanged(r));
        showing.addListener((o, was, is) -> {
            if (is) {
                showChange();
                showDevice();
            }
        });
        model.selection().addListener((SetChangeListener<String>) c -> showDevice());
        active.addListener((o, a, on) -> {
            plan.setHighlight(on ? Set.copyOf(model.selection()) : Set.of());
            showDevice();
        });
        previous = model.result();
        changeTitle.setText("Change an option (SSL, updates, Wowza key) to see which flows it adds and removes.");
        showDevice();
    }

    public BooleanProperty activeProperty() {
        return active;
    }

    private static BorderPane box(Label title, ListView<String> list) {
        BorderPane p = new BorderPane(list);
        BorderPane.setMargin(title, new Insets(6, 8, 6, 8));
        p.setTop(new VBox(title));
        return p;
    }

    private void showDevice() {
        FlowResult r = model.result();
        if (active.get()) {
            plan.setHighlight(Set.copyOf(model.selection()));
        }
        if (r == null || model.selection().size() != 1) {
            deviceTitle.setText(
                    active.get()
                            ? "Click a device to see every flow it takes part in."
                            : "Turn on Explain mode (toolbar) and click a device.");
            deviceFlows.getItems().clear();
            return;
        }
        String id = model.selection().iterator().next();
        String name = model.site().device(id).map(Device::displayName).orElse(id);
        List<Flow> flows = r.flowsOf(id);
        deviceTitle.setText(name + ": " + flows.size() + " flows");
        List<String> lines = new ArrayList<>();
        for (Flow f : flows) {
            boolean out = f.source().id().equals(id);
            lines.add((out
                            ? "→ to " + f.destination().label()
                            : "← from " + f.source().label()) + "   " + f.portLabel() + "  " + f.protocol() + "  "
                    + f.service() + "  [" + f.ruleId() + "]");
        }
        deviceFlows.getItems().setAll(lines);
    }

    private void resultChanged(FlowResult r) {
        if (r == null) {
            return;
        }
        if (previous != null && previous.site() != r.site()) {
            // remember the change; its diff (a pass over every flow) is worked out only when shown
            changeBefore = previous;
            changeAfter = r;
            changeName = model.lastChange().isEmpty() ? "Last change" : model.lastChange();
            if (showing.get()) {
                showChange();
            }
        }
        previous = r;
        if (showing.get()) {
            showDevice();
        }
    }

    private void showChange() {
        if (changeBefore == null) {
            return;
        }
        FlowDiff d = FlowDiff.between(changeBefore, changeAfter);
        changeBefore = null;
        if (!d.isEmpty()) {
            List<String> lines = new ArrayList<>();
            d.added().forEach(f -> lines.add("+ " + line(f)));
            d.removed().forEach(f -> lines.add("− " + line(f)));
            changeTitle.setText(changeName + ": " + d.added().size() + " flows added, "
                    + d.removed().size() + " removed");
            changes.getItems().setAll(lines);
        }
    }

    /** True while the pane can be seen (its tab is selected, or explain mode is on): only then it works. */
    public BooleanProperty showingProperty() {
        return showing;
    }

    private static String line(Flow f) {
        return f.portLabel() + " " + f.protocol() + "   " + f.source().label() + " → "
                + f.destination().label() + "   " + f.service() + " [" + f.ruleId() + "]";
    }
}
