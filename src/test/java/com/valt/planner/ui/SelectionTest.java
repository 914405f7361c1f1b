package com.valt.planner.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.valt.planner.domain.Device;
import javafx.scene.control.ComboBox;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/** Clicks in a selection of several devices, and what the inspector says of them. */
class SelectionTest extends WindowTest {

    @Test
    void aPlainClickOnOneOfSeveralSelectedDevicesSelectsJustThatOne() throws Exception {
        open(sample("clinic.valt.json"));
        clickOn(window.plan().screenCenterOf("cam1"));
        press(KeyCode.SHIFT);
        clickOn(window.plan().screenCenterOf("cam2"));
        release(KeyCode.SHIFT);
        assertThat(model.selection()).containsExactlyInAnyOrder("cam1", "cam2");
        clickOn(window.plan().screenCenterOf("cam2"));
        assertThat(model.selection()).containsExactly("cam2");
    }

    @Test
    void camerasSharingOneServerShowItInTheInspector() throws Exception {
        open(sample("clinic.valt.json"));
        fx(() -> model.selection().addAll(java.util.List.of("cam1", "cam2", "cam3")));
        fx(window::showDevicePanel);
        ComboBox<Device> served = lookup("#inspector-server").query();
        assertThat(served.getValue()).isNotNull();
        assertThat(served.getValue().id()).isEqualTo("app");
    }
}
