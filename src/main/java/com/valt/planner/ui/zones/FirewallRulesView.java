package com.valt.planner.ui.zones;

import com.valt.planner.ruleset.AddressObject;
import com.valt.planner.ruleset.FirewallRule;
import com.valt.planner.ruleset.PortRange;
import com.valt.planner.ui.common.Tables;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** One firewall's aggregated rules as the rule sets write them: number, in>out, objects, service, catalog rules, flows. */
final class FirewallRulesView extends TableView<FirewallRule> {
    FirewallRulesView() {
        setId("firewall-rules-table");
        setPlaceholder(new Label("No rule: no flow crosses this firewall."));
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        getColumns().add(column("#", r -> Integer.toString(r.number()), 40));
        getColumns().add(column("In>out", r -> r.inInterface() + ">" + r.outInterface(), 110));
        getColumns().add(column("Sources", r -> objectText(r.sources()), 220));
        getColumns().add(column("Destinations", r -> objectText(r.destinations()), 220));
        getColumns()
                .add(column(
                        "Service",
                        r -> r.transport() + " "
                                + r.service().ports().stream()
                                        .map(PortRange::text)
                                        .collect(Collectors.joining(" ")),
                        140));
        getColumns().add(column("Catalog rules", FirewallRule::catalogRulesText, 110));
        getColumns().add(column("Flows", r -> Integer.toString(r.flows()), 60));
    }

    /** "valt-servers: 10.20.0.10/31 10.20.0.12/32": the object's name, then what it holds. */
    static String objectText(AddressObject o) {
        return o.name() + ": " + String.join(" ", o.members());
    }

    private static TableColumn<FirewallRule, String> column(
            String title, Function<FirewallRule, String> text, double w) {
        TableColumn<FirewallRule, String> c = Tables.textColumn(title, text, w);
        // objects are long: the whole text on hover
        c.setCellFactory(col -> new javafx.scene.control.TableCell<>() {
            // one tooltip per cell, its text changed: a new Tooltip is a popup window's worth of nodes
            private final javafx.scene.control.Tooltip tip = new javafx.scene.control.Tooltip();

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                tip.setText(item);
                setTooltip(empty || item == null ? null : tip);
            }
        });
        return c;
    }
}
