package com.valt.planner.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.valt.planner.domain.DeviceType;
import com.valt.planner.domain.Point;
import com.valt.planner.edit.Edits;
import com.valt.planner.ui.compare.CompareActions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** File > Compare with: the window's site against the last saved revision and against a bad file. */
class CompareTest extends WindowTest {
    private Label verdict() throws Exception {
        WaitForAsyncUtils.waitFor(
                20,
                TimeUnit.SECONDS,
                () -> lookup("#compare-verdict").tryQuery().isPresent());
        return lookup("#compare-verdict").query();
    }

    @Test
    void anAddedCameraIsListedWithItsFlowsAndRulesAndSelectedOnThePlan() throws Exception {
        open(sample("hospital-zones.valt.json"));
        MenuBar bar = lookup(".menu-bar").query();
        Menu file = bar.getMenus().get(0);
        Menu compare = (Menu) file.getItems().stream()
                .filter(i -> "menu-compare".equals(i.getId()))
                .findFirst()
                .orElseThrow();
        assertThat(compare.getItems())
                .extracting(MenuItem::getText)
                .containsExactly("Another file\u2026", "Last saved revision");

        Set<String> before =
                new HashSet<>(model.site().devices().stream().map(d -> d.id()).toList());
        fx(() -> model.execute(Edits.add(model.site(), DeviceType.CAMERA, new Point(300, 300), "ms2")));
        String added = model.site().devices().stream()
                .map(d -> d.id())
                .filter(id -> !before.contains(id))
                .findFirst()
                .orElseThrow();
        var cam = model.site().device(added).orElseThrow();
        fx(() -> model.execute(Edits.edit(cam, cam.withAddress("10.30.1.30"), "address")));
        fx(() -> model.selection().clear());
        // the menu item itself: the file on disk is the last saved revision
        fx(() -> compare.getItems().get(1).fire());
        assertThat(verdict().getText()).isEqualTo("2 flows added, 0 removed, 0 changed; 1 rule change on 1 firewall");
        ListView<String> flows = lookup("#compare-flows").query();
        assertThat(flows.getItems())
                .hasSize(2)
                .allMatch(l -> l.startsWith("+ R6")
                        && l.contains("ms2 (10.20.0.12) -> " + added + " (10.30.1.30)")
                        && l.endsWith("via core:srv1>cam1"));
        ListView<String> causes = lookup("#compare-causes").query();
        assertThat(causes.getItems()).containsExactly(added + " (camera, 10.30.1.30): added");
        ListView<String> rules = lookup("#compare-rules").query();
        // ms2's camera group on the core firewall gains the camera's address
        assertThat(rules.getItems())
                .containsExactly(
                        "Firewall Core firewall (core)",
                        "  ~ rule srv1 > cam1 TCP 80 554: sources unchanged: 10.20.0.12/32; destinations +10.30.1.30/32");
        assertThat(model.selection()).containsExactly(added);
        // the window's flows table marks the two added flows, and says so in its count
        javafx.scene.control.TableView<com.valt.planner.engine.Flow> table =
                lookup("#flows-table").queryTableView();
        int at = 0;
        while (!table.getItems().get(at).destination().id().equals(added)) {
            at++;
        }
        int row = at;
        fx(() -> table.scrollTo(row));
        WaitForAsyncUtils.waitForFxEvents();
        var marked = lookup("#flows-table .table-row-cell").queryAllAs(javafx.scene.control.TableRow.class).stream()
                .filter(r -> r.getPseudoClassStates().stream()
                        .anyMatch(p -> p.getPseudoClassName().equals("added")))
                .map(r -> (com.valt.planner.engine.Flow) r.getItem())
                .toList();
        assertThat(marked).isNotEmpty();
        assertThat(lookup("#flows-count").queryLabeled().getText())
                .endsWith("· 2 added since the compared revision (green)");
        // rows are virtual: the marked ones in view are the added camera's, and no other
        assertThat(marked).allMatch(f -> f.destination().id().equals(added));
    }

    @Test
    void renamingOnlyIsNoChangeForTheFirewallTeam() throws Exception {
        open(sample("hospital-zones.valt.json"));
        var d = model.site().device("pc-debrief").orElseThrow();
        fx(() -> model.execute(Edits.edit(d, d.withName("Debrief 2"), "rename")));
        fx(() -> new CompareActions(model, () -> stage).compareWithSaved());
        assertThat(verdict().getText()).isEqualTo("no change for the firewall team; 1 device renamed/moved");
        ListView<String> causes = lookup("#compare-causes").query();
        assertThat(causes.getItems())
                .containsExactly(
                        "pc-debrief: renamed 'Debrief Room PC' -> 'Debrief 2' (no change for the firewall team)");
    }

    @Test
    void aBadFileIsNamedInAnErrorAndNothingElseOpens() throws Exception {
        open(sample("clinic.valt.json"));
        Path bad = temp.resolve("broken.valt.json");
        Files.writeString(bad, "{ not json");
        later(() -> new CompareActions(model, () -> stage).compareWith(bad));
        var pane = dialog("compare-error", 20).orElseThrow();
        assertThat(pane.getHeaderText()).isEqualTo("Cannot compare with broken.valt.json");
        assertThat(pane.getContentText()).contains("broken.valt.json").doesNotContain("Exception");
        assertThat(lookup("#compare-verdict").tryQuery()).isEmpty();
        List.of(pane).forEach(p -> later(() -> p.getScene().getWindow().hide()));
    }
}
