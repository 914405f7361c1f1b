package com.valt.planner.ui.plan;

import com.valt.planner.domain.DeviceType;
import com.valt.planner.ui.common.DeviceIcons;
import com.valt.planner.ui.common.Styles;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.VBox;

/**
 * The five device kinds. Press on one and drag onto the plan: it is placed where the mouse is
 * released (a camera or BEAM device released on a server is served by it). A plain press-drag-
 * release gesture rather than platform drag-and-drop, so it behaves the same on every system.
 */
public final class Palette extends VBox {
    public Palette(PlanCanvas plan) {
        setSpacing(4);
        setPadding(new Insets(8));
        getStyleClass().add("palette");
        Label title = new Label("Devices");
        title.getStyleClass().add(Styles.PANEL_TITLE);
        getChildren().add(title);
        for (DeviceType type : DeviceType.values()) {
            getChildren().add(item(type, plan));
        }
        Label hint = new Label("Drag onto the plan.\nDrop a camera on a server to assign it.");
        hint.setWrapText(true);
        hint.getStyleClass().add(Styles.HINT);
        getChildren().add(hint);
    }

    private static Label item(DeviceType type, PlanCanvas plan) {
        Label l = new Label(type.label(), DeviceIcons.node(type, 26));
        l.setId("palette-" + type.id());
        l.getStyleClass().add("palette-item");
        l.setMaxWidth(Double.MAX_VALUE);
        l.setGraphicTextGap(8);
        l.setTooltip(new Tooltip("Drag a " + type.label().toLowerCase(java.util.Locale.ROOT) + " onto the plan"));
        l.setOnMouseDragged(e -> {
            if (e.getButton() == MouseButton.PRIMARY) {
                plan.showGhost(type, e.getSceneX(), e.getSceneY());
            }
        });
        l.setOnMouseReleased(e -> {
            if (e.getButton() == MouseButton.PRIMARY) {
                plan.drop(type, e.getSceneX(), e.getSceneY());
            }
        });
        return l;
    }
}
