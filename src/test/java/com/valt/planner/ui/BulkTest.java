package com.valt.planner.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.valt.planner.domain.Device;
import com.valt.planner.domain.DeviceType;
import com.valt.planner.domain.Site;
import com.valt.planner.edit.Balancer;
import java.util.List;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/** "Add cameras…" through its dialog, then "Balance cameras" offering new media servers. */
class BulkTest extends WindowTest {
    @Test
    void addCamerasThenBalanceWithNewMediaServers() throws Exception {
        open(sample("clinic.valt.json")); // one application server with 6 cameras
        int flowsBefore = model.result().flows().size();
        int devicesBefore = model.site().devices().size();

        later(() -> window.bulk().addCameras());
        DialogPane add = dialog("add-cameras-dialog").orElseThrow();
        TextField count = (TextField) add.lookup("#add-count .text-field");
        clickOn(count).push(KeyCode.CONTROL, KeyCode.A).write("70").push(KeyCode.TAB);
        TextField prefix = (TextField) add.lookup("#add-prefix");
        clickOn(prefix).push(KeyCode.CONTROL, KeyCode.A).write("Lab");
        press(add, "Add");
        waitForResult();

        List<Device> added = model.site()
                .devices()
                .subList(devicesBefore, model.site().devices().size());
        assertThat(added).hasSize(70).allMatch(d -> d.type() == DeviceType.CAMERA && d.mediaServer() == null);
        assertThat(added.get(0).name()).isEqualTo("Lab 1");
        assertThat(added.get(69).name()).isEqualTo("Lab 70");
        assertThat(model.result().flows()).hasSize(flowsBefore + 140); // TCP 80 and 554 to each
        assertThat(model.undoTextProperty().get()).isEqualTo("Undo Add 70 cameras to VALT Server");

        // 76 cameras on the only server: balancing needs a media server, and asks first.
        later(() -> window.bulk().balance());
        DialogPane ask = dialog("ask-dialog").orElseThrow();
        assertThat(ask.getHeaderText()).isEqualTo("The servers are full");
        press(ask, "Add 1 media server");
        waitForResult();
        Site s = model.site();
        assertThat(s.devicesOfType(DeviceType.MEDIA_SERVER)).hasSize(1);
        assertThat(s.servers())
                .allMatch(server -> s.devicesOfType(DeviceType.CAMERA).stream()
                                .filter(c -> s.servingServer(c).orElseThrow().equals(server))
                                .count()
                        <= Balancer.PAGE_LIMIT);
        assertThat(model.undoTextProperty().get()).startsWith("Undo Balance cameras (");
    }
}
