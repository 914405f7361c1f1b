package com.valt.planner.ui.compare;

import com.valt.planner.revision.Cause;
import com.valt.planner.revision.DiffText;
import com.valt.planner.revision.FirewallDiff;
import com.valt.planner.revision.FlowChange;
import com.valt.planner.revision.FlowSide;
import com.valt.planner.revision.RevisionDiff;
import com.valt.planner.revision.RuleChange;
import com.valt.planner.ui.common.Styles;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;

/**
 * The diff between an earlier revision and the site in the window: the verdict, then tabs for the flows
 * (added, removed, changed), the rules per firewall and the edits that caused them. One line per item,
 * prefixed "+", "-" or "~" like the terminal's table.
 */
public final class ComparePane extends BorderPane {
    private final ListView<String> flows = list("compare-flows");
    private final ListView<String> rules = list("compare-rules");
    private final ListView<String> causes = list("compare-causes");
    private final Label verdict = new Label();

    public ComparePane(RevisionDiff diff, String since) {
        verdict.setId("compare-verdict");
        verdict.setWrapText(true);
        verdict.getStyleClass().add(Styles.VERDICT);
        Label title = new Label("Compared with " + since);
        VBox top = new VBox(4, title, verdict);
        top.setPadding(new Insets(8));
        setTop(top);
        TabPane tabs = new TabPane(tab("Flows", flows), tab("Rules per firewall", rules), tab("Causes", causes));
        setCenter(tabs);
        show(diff);
    }

    private void show(RevisionDiff d) {
        verdict.setText(DiffText.verdict(d));
        List<String> f = new ArrayList<>();
        d.added().forEach(s -> f.add("+ " + line(s)));
        d.removed().forEach(s -> f.add("- " + line(s)));
        for (FlowChange c : d.changed()) {
            f.add("~ " + DiffText.flow(c.after().flow()) + ": " + c.what());
        }
        flows.getItems().setAll(f.isEmpty() ? List.of("No flow added or removed.") : f);
        List<String> r = new ArrayList<>();
        for (FirewallDiff fw : d.firewalls()) {
            r.add("Firewall " + fw.name() + " (" + fw.firewallId() + ")");
            fw.added().forEach(x -> r.add("  + rule " + x.text()));
            fw.removed().forEach(x -> r.add("  - rule " + x.text()));
            for (RuleChange c : fw.changed()) {
                r.add("  ~ rule " + c.after().serviceText() + ": " + c.membersText());
            }
        }
        rules.getItems()
                .setAll(r.isEmpty() ? List.of(d.zoned() ? "No rule changes." : "The site has no firewalls.") : r);
        List<String> c = new ArrayList<>();
        d.effective().forEach(x -> c.add(x.text()));
        for (Cause x : d.cosmetic()) {
            c.add(x.text() + " (no change for the firewall team)");
        }
        causes.getItems().setAll(c.isEmpty() ? List.of("The two revisions describe the same site.") : c);
    }

    private static String line(FlowSide s) {
        String via = s.route().sourceZone() == null || s.route().firewallsText().equals("-")
                ? ""
                : "  via " + s.route().firewallsText();
        return DiffText.flow(s.flow()) + via;
    }

    private static ListView<String> list(String id) {
        ListView<String> l = new ListView<>();
        l.setId(id);
        return l;
    }

    private static Tab tab(String title, ListView<String> content) {
        Tab t = new Tab(title, content);
        t.setClosable(false);
        return t;
    }
}
