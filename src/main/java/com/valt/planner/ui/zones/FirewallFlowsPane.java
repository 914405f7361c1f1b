package com.valt.planner.ui.zones;

import com.valt.planner.domain.Firewall;
import com.valt.planner.engine.Flow;
import com.valt.planner.engine.FlowResult;
import com.valt.planner.engine.Hop;
import com.valt.planner.engine.Route;
import com.valt.planner.ruleset.FirewallRule;
import com.valt.planner.ruleset.FirewallRuleSet;
import com.valt.planner.ruleset.RuleSets;
import com.valt.planner.ui.PlannerModel;
import com.valt.planner.ui.common.Tables;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;

/**
 * The bottom tab "Firewalls": the chosen firewall's aggregated rules ({@link RuleSets}, made off the
 * FX thread from the engine's result), or, for a router (no rules), every flow whose route crosses
 * it with the interfaces it enters and leaves by ({@link FlowResult#route}).
 */
public final class FirewallFlowsPane extends BorderPane {
    /** One flow through the firewall, with its hops there ("srv1>cam1"). */
    public record Row(Flow flow, String hops) {}

    private final PlannerModel model;
    private final ComboBox<String> firewall = new ComboBox<>();
    private final TableView<Row> table = new TableView<>();
    private final Label count = new Label();
    private final FirewallRulesView rules = new FirewallRulesView();
    /** The rule set in the rules table, so a new result with the same rules does not refill it. */
    private FirewallRuleSet shown;

    public FirewallFlowsPane(PlannerModel model) {
        this.model = model;
        setId("firewall-flows");
        firewall.setId("firewall-flows-choice");
        table.setId("firewall-flows-table");
        table.setPlaceholder(new Label("No flow crosses this firewall (or the site has no firewalls)."));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("In>out", Row::hops));
        table.getColumns().add(column("Source", r -> r.flow().source().label()));
        table.getColumns().add(column("Destination", r -> r.flow().destination().label()));
        table.getColumns().add(column("Port", r -> r.flow().portLabel()));
        table.getColumns().add(column("Service", r -> r.flow().service()));
        table.getColumns().add(column("Rule", r -> r.flow().ruleId()));
        HBox top = new HBox(8, new Label("Firewall"), firewall, count);
        top.setAlignment(Pos.CENTER_LEFT);
        top.setPadding(new Insets(6));
        setTop(top);
        setCenter(table);
        firewall.valueProperty().addListener((o, a, b) -> refresh());
        model.resultProperty().addListener((o, a, b) -> choices());
        // the model's pipeline makes the rule sets right after the flows
        model.ruleSetsProperty().addListener((o, a, b) -> refresh());
        choices();
    }

    private static TableColumn<Row, String> column(String title, Function<Row, String> text) {
        return Tables.textColumn(title, text, 0);
    }

    private void choices() {
        FlowResult r = model.result();
        List<String> ids = r == null
                ? List.of()
                : r.site().firewalls().stream().map(Firewall::id).toList();
        String was = firewall.getValue();
        if (!ids.equals(firewall.getItems())) {
            firewall.getItems().setAll(ids);
        }
        firewall.setValue(was != null && ids.contains(was) ? was : ids.isEmpty() ? null : ids.get(0));
        refresh();
    }

    private void refresh() {
        FlowResult r = model.result();
        String id = firewall.getValue();
        if (r == null || id == null) {
            shown = null;
            table.getItems().clear();
            rules.getItems().clear();
            count.setText("");
            return;
        }
        Firewall fw = r.site().firewall(id).orElse(null);
        String name = fw == null ? id : fw.displayName();
        if (fw != null && fw.platform().filters()) {
            setCenter(rules);
            RuleSets sets = model.ruleSetsProperty().get();
            FirewallRuleSet set = sets == null ? null : sets.set(id).orElse(null);
            if (set == null) {
                shown = null;
                rules.getItems().clear();
                count.setText("No rules for " + name + ": they could not be made (the message above says why)");
                return;
            }
            if (set == shown) {
                return; // the result changed, not its rules (they are set just before it)
            }
            shown = set;
            rules.getItems().setAll(set.rules());
            int flows = rules.getItems().stream().mapToInt(FirewallRule::flows).sum();
            count.setText(rules.getItems().size() + (rules.getItems().size() == 1 ? " rule" : " rules") + " for "
                    + flows + (flows == 1 ? " flow" : " flows") + " through " + name + " ("
                    + fw.platform().id() + ")");
            return;
        }
        shown = null;
        setCenter(table);
        table.getItems().setAll(rows(r, id));
        count.setText(table.getItems().size() + (table.getItems().size() == 1 ? " flow crosses " : " flows cross ")
                + name + " (a router: it filters nothing, so it has no rules)");
    }

    /** The rule set shown now (null when none), for tests and the edit-latency benchmark. */
    public FirewallRuleSet shownSet() {
        return shown;
    }

    /** The rules shown now, for tests. */
    public List<FirewallRule> shownRules() {
        return List.copyOf(rules.getItems());
    }

    /** The flows crossing firewall {@code id}, in the engine's order. */
    public static List<Row> rows(FlowResult r, String id) {
        return r.flows().stream()
                .map(f -> {
                    Route route = r.route(f);
                    if (!route.crosses(id)) {
                        return null;
                    }
                    Set<String> hops = new LinkedHashSet<>();
                    for (List<Hop> path : route.paths()) {
                        path.stream()
                                .filter(h -> h.firewall().equals(id))
                                .forEach(h -> hops.add(h.inInterface() + ">" + h.outInterface()));
                    }
                    return new Row(f, String.join(" | ", hops));
                })
                .filter(java.util.Objects::nonNull)
                .collect(Collectors.toList());
    }
}
