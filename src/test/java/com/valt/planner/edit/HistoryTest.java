package com.valt.planner.edit;

import static org.assertj.core.api.Assertions.assertThat;

import com.valt.planner.domain.Device;
import com.valt.planner.domain.DeviceType;
import com.valt.planner.domain.Point;
import com.valt.planner.domain.Site;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HistoryTest {
    @Test
    void menuTextNamesTheStepAndDirtyFollowsTheSavedState() throws Exception {
        Site s = CommandsTest.university();
        History h = new History(s);
        Device cam = s.devicesOfType(DeviceType.CAMERA).get(0);
        Device pc = s.devicesOfType(DeviceType.CLIENT).get(0);
        h.execute(Edits.moveTo(s, Map.of(cam.id(), new Point(0, 0), pc.id(), new Point(1, 1), "app", new Point(2, 2))));
        assertThat(h.undoDescription()).contains("Move 3 devices");
        assertThat(h.isDirty()).isTrue();
        h.undo();
        assertThat(h.isDirty()).isFalse();
        assertThat(h.redoDescription()).contains("Move 3 devices");
        assertThat(h.undoDescription()).isEmpty();
        h.redo();
        h.markSaved();
        assertThat(h.isDirty()).isFalse();
        h.execute(Edits.add(h.site(), DeviceType.CLIENT, new Point(5, 5)));
        assertThat(h.canRedo()).isFalse();
        assertThat(h.undoDescription()).contains("Add client");
    }

    @Test
    void aCommandThatChangesNothingIsNoUndoStep() throws Exception {
        Site s = CommandsTest.university();
        History h = new History(s);
        Device cam = s.devicesOfType(DeviceType.CAMERA).get(0);
        h.execute(Edits.moveTo(s, Map.of(cam.id(), new Point(cam.x(), cam.y()))));
        h.execute(Edits.edit(cam, cam, "nothing"));
        assertThat(h.canUndo()).isFalse();
    }

    /** A seeded random session of 200 edits, then undo all: the opened site, exactly; redo all: the last one. */
    @Test
    void randomSessionUndoesToTheOpenedSite() throws Exception {
        Site opened = CommandsTest.university();
        History h = new History(opened);
        Random rnd = new Random(42);
        List<Site> states = new ArrayList<>();
        states.add(opened);
        for (int i = 0; i < 200; i++) {
            Site s = h.site();
            List<Device> ds = s.devices();
            Device d = ds.get(rnd.nextInt(ds.size()));
            Command c = switch (rnd.nextInt(7)) {
                case 0 ->
                    Edits.add(s, DeviceType.values()[rnd.nextInt(5)], new Point(rnd.nextInt(900), rnd.nextInt(900)));
                case 1 -> Edits.moveTo(s, Map.of(d.id(), new Point(rnd.nextInt(900), rnd.nextInt(900))));
                case 2 -> ds.size() > 20 ? Edits.delete(s, Set.of(d.id())) : null;
                case 3 -> Edits.duplicate(s, Set.of(d.id()), new Point(20, 20));
                case 4 ->
                    Edits.assign(
                            s,
                            Set.of(d.id()),
                            s.servers().get(rnd.nextInt(s.servers().size())).id());
                case 5 -> Edits.settings(s, s.settings().withSsl(!s.settings().sslEnabled()), "SSL");
                default -> Edits.edit(d, d.withName("n" + i), "Rename");
            };
            Site before = h.site();
            h.execute(c);
            if (!h.site().equals(before)) {
                states.add(h.site());
            }
        }
        assertThat(states.size()).isGreaterThan(150);
        for (int i = states.size() - 1; i > 0; i--) {
            assertThat(h.site()).isEqualTo(states.get(i));
            h.undo();
        }
        assertThat(h.site()).isEqualTo(opened);
        assertThat(h.canUndo()).isFalse();
        while (h.canRedo()) {
            h.redo();
        }
        assertThat(h.site()).isEqualTo(states.get(states.size() - 1));
    }
}
