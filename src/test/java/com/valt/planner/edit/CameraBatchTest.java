package com.valt.planner.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.valt.planner.domain.Device;
import com.valt.planner.domain.DeviceType;
import com.valt.planner.domain.Point;
import com.valt.planner.domain.Site;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Names that continue the server's numbering, addresses by a step and their collisions, copies' names. */
class CameraBatchTest {

    @Test
    void numbersContinueAfterTheServersCamerasAndSkipTakenNames() throws Exception {
        Site s = CommandsTest.university();
        Site once = Edits.addCameras(
                        s,
                        "ms2",
                        CameraBatch.names(s, "ms2", "Room #", 3),
                        null,
                        new Point(0, 900),
                        3,
                        new Point(40, 40))
                .apply(s);
        assertThat(names(once, "ms2")).contains("Room 1", "Room 2", "Room 3");
        // a second batch for the same server continues: no second "Room 1"
        assertThat(CameraBatch.names(once, "ms2", "Room #", 2)).containsExactly("Room 4", "Room 5");
        // another server's batch starts at 1 but never reuses a name the site already has
        assertThat(CameraBatch.names(once, "ms1", "Room #", 2)).containsExactly("Room 4", "Room 5");
        assertThat(CameraBatch.names(once, "ms2", "Cam #-A", 2)).containsExactly("Cam 1-A", "Cam 2-A");
        assertThat(CameraBatch.names(once, "ms2", "Room", 1)).containsExactly("Room 4");
    }

    @Test
    void addressesByAStepAndTheOnesAlreadyUsed() throws Exception {
        assertThat(CameraBatch.addresses("10.0.0.254", 1, 3)).containsExactly("10.0.0.254", "10.0.0.255", "10.0.1.0");
        assertThat(CameraBatch.addresses("10.0.0.10", 5, 3)).containsExactly("10.0.0.10", "10.0.0.15", "10.0.0.20");
        assertThatThrownBy(() -> CameraBatch.addresses("10.0.0", 1, 3)).hasMessageContaining("not an IPv4 address");
        assertThatThrownBy(() -> CameraBatch.addresses("255.255.255.250", 4, 3))
                .hasMessageContaining("run past 255.255.255.255");
        Site s = CommandsTest.university();
        List<String> batch = CameraBatch.addresses("10.40.5.9", 2, 4); // .9 .11 .13 .15
        assertThat(CameraBatch.collisions(s, batch))
                .containsExactly(
                        "10.40.5.11 (Nursing Sim 01A)", "10.40.5.13 (Nursing Sim 02A)", "10.40.5.15 (Nursing Sim 03A)");
        Site added = Edits.addCameras(
                        s,
                        "ms1",
                        List.of("A", "B"),
                        List.of("10.99.0.1", "10.99.0.2"),
                        new Point(0, 0),
                        2,
                        new Point(40, 40))
                .apply(s);
        assertThat(added.devices().subList(s.devices().size(), added.devices().size()))
                .extracting(Device::address)
                .containsExactly("10.99.0.1", "10.99.0.2");
    }

    @Test
    void pastedCopiesGetNamesOfTheirOwn() throws Exception {
        Site s = CommandsTest.university();
        Device pc = s.devicesOfType(DeviceType.CLIENT).get(1);
        assertThat(pc.name()).isEqualTo("Control Room PC 2");
        Site once = Edits.paste(s, List.of(pc), new Point(20, 20)).apply(s);
        Site twice = Edits.paste(once, List.of(pc), new Point(40, 40)).apply(once);
        List<String> all = twice.devices().stream().map(Device::displayName).toList();
        assertThat(all).contains("Control Room PC 2", "Control Room PC 2 (copy)", "Control Room PC 2 (copy 2)");
        assertThat(all).doesNotHaveDuplicates();
    }

    private static List<String> names(Site s, String server) {
        return s.devices().stream()
                .filter(d -> server.equals(d.mediaServer()))
                .map(Device::displayName)
                .toList();
    }
}
