package com.valt.planner.ui.commission;

import static org.assertj.core.api.Assertions.assertThat;

import com.valt.planner.engine.FlowResult;
import com.valt.planner.probe.Loopback;
import com.valt.planner.probe.Resolver;
import com.valt.planner.probe.SocketConnector;
import com.valt.planner.probe.Verdict;
import com.valt.planner.testing.LabSites;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableRow;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The Commission panel against listeners on loopback addresses: results appear live, save and reopen. */
class CommissionPanelTest extends FxRobot {
    @TempDir
    Path temp;

    @AfterEach
    void close() throws Exception {
        FxToolkit.setupFixture(() -> Window.getWindows().stream().toList().forEach(w -> ((Stage) w).close()));
    }

    @Test
    void runShowsEachFlowsResultSavesAndReopens() throws Exception {
        FlowResult flows = LabSites.flows(LabSites.loopback(temp, null, false));
        FxToolkit.registerPrimaryStage();
        CommissionPanel[] panel = new CommissionPanel[1];
        FxToolkit.setupFixture(() -> {
            // Address literals only: this test never looks a name up.
            panel[0] = new CommissionPanel(
                    new SimpleObjectProperty<>(flows), new SocketConnector(), Resolver.literalsOnly());
            Stage s = new Stage();
            s.setScene(new Scene(panel[0], 1000, 400));
            s.show();
        });
        try (Loopback lo = new Loopback()) {
            assertThat(lo.listen("127.0.0.2", 8000)).isTrue();
            assertThat(lo.listen("127.0.0.2", 20100)).isTrue();
            ComboBox<String> device = lookup("#commission-device").queryComboBox();
            assertThat(device.getItems()).containsExactly("app", "pc1");
            clickOn("#commission-device");
            clickOn("Control PC (pc1)"); // shown by name, chosen by id
            clickOn("#commission-run");
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> panel[0].report() != null);
            WaitForAsyncUtils.waitForFxEvents();
            Map<String, Verdict> shown =
                    panel[0].rows().stream().collect(Collectors.toMap(CommissionRow::rule, CommissionRow::result));
            assertThat(shown)
                    .containsExactlyInAnyOrderEntriesOf(
                            Map.of("R1", Verdict.CLOSED, "R2", Verdict.CLOSED, "R3", Verdict.OPEN, "R4", Verdict.OPEN));
            assertThat(lookup(".probe-pass").queryAll()).hasSize(4).allMatch(n -> n instanceof TableRow<?>);
            assertThat(lookup("#commission-table").lookup("open").queryAll())
                    .filteredOn(n -> n instanceof javafx.scene.control.TableCell<?, ?>)
                    .hasSize(2);
            assertThat(panel[0].statusText()).isEqualTo("4 flows: 2 open, 2 closed");
        }
        Path saved = temp.resolve("pc1.json");
        FxToolkit.setupFixture(() -> panel[0].save(saved));
        assertThat(Files.readString(saved)).contains("\"device\": \"pc1\"", "\"result\": \"open\"");
        Path broken = temp.resolve("broken.json");
        Files.writeString(broken, "{\"format\":\"valt-probe-result\",\"version\":1,\"flows\":7}");
        FxToolkit.setupFixture(() -> panel[0].open(broken));
        assertThat(panel[0].statusText()).isEqualTo(broken + ": flows: expected a list of flows");
        FxToolkit.setupFixture(() -> panel[0].rows().clear());
        FxToolkit.setupFixture(() -> panel[0].open(saved));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(panel[0].rows()).hasSize(4);
        assertThat(panel[0].statusText()).startsWith("pc1.json: pc1 from ").endsWith("4 flows: 2 open, 2 closed");
    }
}
