package com.valt.planner.ui.zones;

import com.valt.planner.ui.PlannerModel;
import com.valt.planner.ui.common.Styles;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * The side tab "Zones": the site's zones and firewalls, each with a form. Every change is one
 * undoable edit command, checked first by the site file's validator.
 */
public final class ZonesPanel extends VBox {
    public ZonesPanel(PlannerModel model) {
        setId("zones-panel");
        setPadding(new Insets(10));
        setSpacing(8);
        Label hint = new Label("A device is in the zone whose network holds its address, unless its zone is pinned"
                + " in the Device tab. Firewalls are drawn on the plan; drag them like devices.");
        hint.getStyleClass().add(Styles.HINT);
        hint.setWrapText(true);
        getChildren().addAll(new ZonesTable(model), new FirewallsTable(model), hint);
    }
}
