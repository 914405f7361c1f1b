package com.valt.planner.ui.panes;

import com.valt.planner.engine.Finding;
import com.valt.planner.engine.FlowResult;
import com.valt.planner.ui.PlannerModel;
import com.valt.planner.ui.common.PathWords;
import java.util.function.Consumer;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;

/** Errors, warnings and notes of the engine's result, live; clicking one selects its devices. */
public final class FindingsPane extends ListView<Finding> {
    public FindingsPane(PlannerModel model, Consumer<java.util.Set<String>> reveal) {
        setId("findings");
        setPlaceholder(new Label("No findings."));
        setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Finding f, boolean empty) {
                super.updateItem(f, empty);
                getStyleClass().removeAll("finding-error", "finding-warning", "finding-note");
                if (empty || f == null) {
                    setText(null);
                    return;
                }
                getStyleClass().add("finding-" + f.level().name().toLowerCase(java.util.Locale.ROOT));
                String words = PathWords.of(f.path(), model.site());
                String where = words.isEmpty() || f.message().startsWith(words) ? "" : "   (" + words + ")";
                setText(label(f.level()) + "  " + f.message() + where);
                setWrapText(true);
                setPrefWidth(0);
            }
        });
        getSelectionModel().selectedItemProperty().addListener((o, a, f) -> {
            if (f != null && !f.deviceIds().isEmpty()) {
                model.selection().clear();
                model.selection().addAll(f.deviceIds());
                reveal.accept(java.util.Set.copyOf(f.deviceIds()));
            }
        });
        model.resultProperty().addListener((o, a, r) -> show(r));
        show(model.result());
    }

    static String label(Finding.Level level) {
        return switch (level) {
            case ERROR -> "Error";
            case WARNING -> "Warning";
            case NOTE -> "Note";
        };
    }

    private void show(FlowResult r) {
        if (r != null && !getItems().equals(r.findings())) {
            getItems().setAll(r.findings()); // most edits leave the findings as they were: no cells to redo
        }
    }
}
