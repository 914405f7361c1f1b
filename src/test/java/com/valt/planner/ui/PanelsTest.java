package com.valt.planner.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.valt.planner.domain.Device;
import com.valt.planner.domain.Point;
import com.valt.planner.edit.Edits;
import com.valt.planner.engine.Flow;
import java.util.List;
import java.util.Map;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/** The site panel, the inspector and explain mode, through their controls. */
class PanelsTest extends WindowTest {

    @SuppressWarnings("unchecked")
    private List<Flow> rows() {
        return List.copyOf(((TableView<Flow>) lookup("#flows-table").query()).getItems());
    }

    private long rowsOf(String rule, String port) {
        return rows().stream()
                .filter(f -> f.ruleId().equals(rule) && f.portLabel().equals(port))
                .count();
    }

    @Test
    void togglingSslTurnsTcp80Into443InTheTable() throws Exception {
        open(sample("clinic.valt.json")); // SSL off, three clients
        fx(window::showSitePanel);
        assertThat(rowsOf("R1", "TCP 80")).isEqualTo(3);
        assertThat(rowsOf("R1s", "TCP 443")).isZero();
        clickOn("#site-ssl");
        waitForResult();
        assertThat(((CheckBox) lookup("#site-ssl").query()).isSelected()).isTrue();
        assertThat(rowsOf("R1", "TCP 80")).isZero();
        assertThat(rowsOf("R1s", "TCP 443")).isEqualTo(3);
        assertThat(model.undoTextProperty().get()).isEqualTo("Undo SSL on");
        push(KeyCode.CONTROL, KeyCode.Z);
        waitForResult();
        assertThat(rowsOf("R1", "TCP 80")).isEqualTo(3);
        assertThat(((CheckBox) lookup("#site-ssl").query()).isSelected()).isFalse();
    }

    @Test
    void theFlowColumnsFollowANewLongNameAndStayWhenAnEditChangesNoShownFlow() throws Exception {
        open(sample("clinic.valt.json"));
        TableView<Flow> table = lookup("#flows-table").query();
        TableColumn<Flow, ?> source = table.getColumns().stream()
                .filter(c -> c.getText().equals("Source"))
                .findFirst()
                .orElseThrow();
        double before = source.getPrefWidth();
        Device pc = model.site().device("pc-front").orElseThrow();
        String name = "Front Desk PC beside the main entrance of the clinic, ground floor";
        fx(() -> model.execute(Edits.edit(pc, pc.withName(name), "Rename")));
        waitForResult();
        double wider = source.getPrefWidth();
        assertThat(wider).isGreaterThan(before);
        fx(() -> source.setPrefWidth(333)); // as a user dragging the column's edge
        fx(() -> model.execute(Edits.moveTo(model.site(), Map.of("cam1", new Point(500, 500)))));
        waitForResult();
        assertThat(source.getPrefWidth()).isEqualTo(333); // the same flows: the user's width stays
        fx(() -> model.undo());
        fx(() -> model.undo());
        waitForResult();
        assertThat(source.getPrefWidth()).isEqualTo(before);
    }

    @Test
    void explainModeListsTheClickedDevicesFlowsAndWhatAnOptionChanged() throws Exception {
        open(sample("clinic.valt.json"));
        clickOn("#tool-explain");
        clickOn(window.plan().screenCenterOf("cam1"));
        ListView<?> own = lookup("#explain-device-flows").queryListView();
        assertThat(own.getItems()).hasSize(2).allMatch(s -> s.toString().startsWith("← from VALT Server"));
        fx(window::showSitePanel);
        clickOn("#site-ssl");
        waitForResult();
        ListView<?> changes = lookup("#explain-changes").queryListView();
        assertThat(lookup("#explain-change-title").queryLabeled().getText())
                .startsWith("SSL on: ")
                .contains("flows added")
                .contains("removed");
        assertThat(changes.getItems())
                .anyMatch(s -> s.toString().startsWith("+ TCP 443 HTTPS"))
                .anyMatch(s -> s.toString().startsWith("− TCP 80 HTTP"));
    }

    @Test
    void theInspectorChecksTheAddressAsYouTypeAndCommitsOnlyAValidOne() throws Exception {
        open(sample("clinic.valt.json"));
        clickOn(window.plan().screenCenterOf("cam2"));
        fx(window::showDevicePanel);
        TextField address = lookup("#inspector-address").query();
        doubleClickOn(address).push(KeyCode.CONTROL, KeyCode.A).write("10.0.0.300");
        assertThat(address.getPseudoClassStates()).extracting(Object::toString).contains("invalid");
        type(KeyCode.ENTER);
        waitForResult();
        assertThat(model.site().device("cam2").map(Device::address)).contains("192.168.10.102");
        push(KeyCode.CONTROL, KeyCode.A).write("cam-2.clinic.local");
        assertThat(address.getPseudoClassStates()).extracting(Object::toString).doesNotContain("invalid");
        type(KeyCode.ENTER);
        waitForResult();
        assertThat(model.site().device("cam2").map(Device::address)).contains("cam-2.clinic.local");
        assertThat(model.undoTextProperty().get()).isEqualTo("Undo Change address of Exam Room 2");
    }
}
