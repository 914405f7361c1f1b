package com.valt.planner.ui.panes;

import com.valt.planner.catalog.Mark;
import com.valt.planner.engine.FlowResult;
import com.valt.planner.engine.MatrixRow;
import com.valt.planner.engine.SectionResult;
import com.valt.planner.ui.PlannerModel;
import com.valt.planner.ui.common.Styles;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/** The port matrices in the page's own shape: one table per section that applies, with what was left out. */
public final class MatricesPane extends ScrollPane {
    private final VBox content = new VBox(14);

    public MatricesPane(PlannerModel model) {
        setId("matrices");
        setFitToWidth(true);
        content.setPadding(new Insets(12));
        content.getStyleClass().add("matrices");
        setContent(content);
        model.resultProperty().addListener((o, a, r) -> {
            if (isVisible() && getScene() != null) {
                show(r);
            }
        });
        visibleProperty().addListener((o, a, b) -> show(model.result()));
        sceneProperty().addListener((o, a, b) -> show(model.result()));
    }

    static String badge(Mark m) {
        return switch (m) {
            case SSL_OFF -> "SSL off";
            case SSL_ON -> "SSL on";
            case ADMIN -> "admin";
        };
    }

    private void show(FlowResult r) {
        content.getChildren().clear();
        if (r == null) {
            return;
        }
        Label legend = new Label(legend(r.catalog().legend()));
        legend.setWrapText(true);
        legend.getStyleClass().add(Styles.HINT);
        content.getChildren().add(legend);
        for (SectionResult s : r.sections()) {
            VBox box = new VBox(4);
            Label title = new Label(s.section().title()
                    + (s.section().group() == null
                            ? ""
                            : "   ·   " + s.section().group()));
            title.getStyleClass().add("matrix-title");
            box.getChildren().add(title);
            if (s.applies()) {
                box.getChildren().add(table(s));
            } else {
                box.getChildren().add(new Label("Not needed for this site."));
            }
            for (String why : s.omissionReasons()) {
                Label l = new Label("Left out: " + why);
                l.setWrapText(true);
                l.getStyleClass().add(Styles.HINT);
                box.getChildren().add(l);
            }
            content.getChildren().add(box);
        }
    }

    private static String legend(Map<Mark, String> legend) {
        StringBuilder sb = new StringBuilder("Marks: ");
        for (Mark m : Mark.values()) {
            if (legend.containsKey(m)) {
                sb.append('[')
                        .append(badge(m))
                        .append("] ")
                        .append(legend.get(m))
                        .append("    ");
            }
        }
        return sb.toString().strip();
    }

    private static GridPane table(SectionResult s) {
        GridPane g = new GridPane();
        g.getStyleClass().add("matrix");
        g.setHgap(0);
        String[] head = {"Port", "Protocol", "Service", "Source", "Destination", "Mark", "Flows"};
        for (int c = 0; c < head.length; c++) {
            Label h = new Label(head[c]);
            h.getStyleClass().add("matrix-head");
            h.setMaxWidth(Double.MAX_VALUE);
            g.add(h, c, 0);
        }
        int row = 1;
        for (MatrixRow m : s.rows()) {
            String[] cells = {
                m.portLabel(),
                m.protocol(),
                m.service(),
                m.source(),
                m.destination(),
                m.mark() == null ? "" : badge(m.mark()),
                Integer.toString(m.flowCount())
            };
            for (int c = 0; c < cells.length; c++) {
                Label l = new Label(cells[c]);
                l.getStyleClass().add("matrix-cell");
                l.setMaxWidth(Double.MAX_VALUE);
                g.add(l, c, row);
            }
            row++;
        }
        return g;
    }
}
