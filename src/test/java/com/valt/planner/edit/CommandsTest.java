package com.valt.planner.edit;

import static org.assertj.core.api.Assertions.assertThat;

import com.valt.planner.domain.Device;
import com.valt.planner.domain.DeviceType;
import com.valt.planner.domain.Point;
import com.valt.planner.domain.Site;
import com.valt.planner.domain.WowzaKey;
import com.valt.planner.io.SiteFileReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every command, applied to a real site: undo gives back an equal site, redo the done one. */
class CommandsTest {
    static Site university() throws Exception {
        return SiteFileReader.read(Path.of("samples/university.valt.json"));
    }

    record Case(String name, Command command) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> commands() throws Exception {
        Site s = university();
        Device cam = s.devicesOfType(DeviceType.CAMERA).get(0);
        Device pc = s.devicesOfType(DeviceType.CLIENT).get(0);
        return Stream.of(
                new Case("add", Edits.add(s, DeviceType.CAMERA, new Point(10, 20))),
                new Case("move", Edits.moveTo(s, Map.of(cam.id(), new Point(1, 2), pc.id(), new Point(3, 4)))),
                new Case("delete server with cameras", Edits.delete(s, Set.of("ms1", cam.id(), pc.id()))),
                new Case("duplicate", Edits.duplicate(s, Set.of("ms2", cam.id()), new Point(30, 30))),
                new Case("paste", Edits.paste(s, List.of(cam, pc), new Point(5, 5))),
                new Case("edit fields", Edits.edit(cam, cam.withName("Renamed").withAddress("10.9.9.9"), "Rename")),
                new Case("assign", Edits.assign(s, Set.of(cam.id(), pc.id()), "ms3")),
                new Case(
                        "settings",
                        Edits.settings(s, s.settings().withSsl(false).withWowzaKey(WowzaKey.PHYSICAL), "SSL off")),
                new Case("info", Edits.info(s, s.info().withName("Other").withRevision("C"), "Rename site")),
                new Case(
                        "add cameras", Edits.addCameras(s, "ms2", 12, "Wing B", new Point(0, 0), 4, new Point(80, 80))),
                new Case(
                        "balance with new servers",
                        Balancer.plan(overloaded(s), 50, true).command()));
    }

    @ParameterizedTest
    @MethodSource("commands")
    void undoGivesBackTheSiteAndRedoTheDoneOne(Case c) throws Exception {
        Site before = c.name().startsWith("balance") ? overloaded(university()) : university();
        assertThat(c.command()).as("a command that changes something").isNotNull();
        Site done = c.command().apply(before);
        assertThat(done).isNotEqualTo(before);
        Site undone = c.command().undo(done);
        assertThat(undone).isEqualTo(before);
        assertThat(undone.devices()).containsExactlyElementsOf(before.devices());
        assertThat(c.command().apply(undone)).isEqualTo(done);
    }

    @Test
    void deletingAServerHandsItsCamerasToTheApplicationServer() throws Exception {
        Site s = university();
        long servedByMs1 =
                s.devices().stream().filter(d -> "ms1".equals(d.mediaServer())).count();
        Site done = Edits.delete(s, Set.of("ms1")).apply(s);
        assertThat(servedByMs1).isPositive();
        assertThat(done.devices()).noneMatch(d -> "ms1".equals(d.mediaServer()));
        assertThat(done.devices()).hasSize(s.devices().size() - 1);
    }

    @Test
    void duplicatesGetFreshIdsNoAddressAndKeepTheirServer() throws Exception {
        Site s = university();
        Device cam = s.devicesOfType(DeviceType.CAMERA).get(0);
        Site done = Edits.duplicate(s, Set.of(cam.id()), new Point(40, 40)).apply(s);
        Device copy = done.devices().get(done.devices().size() - 1);
        assertThat(copy.id()).isNotEqualTo(cam.id()).startsWith("cam");
        assertThat(copy.address()).isNull();
        assertThat(copy.mediaServer()).isEqualTo(cam.mediaServer());
        assertThat(copy.x()).isEqualTo(cam.x() + 40);
    }

    @Test
    void addCamerasPlacesThemInAGridOnTheServer() throws Exception {
        Site s = university();
        Site done = Edits.addCameras(s, "ms2", 5, "Room", new Point(100, 200), 2, new Point(80, 80))
                .apply(s);
        List<Device> added =
                done.devices().subList(s.devices().size(), done.devices().size());
        assertThat(added).extracting(Device::name).containsExactly("Room 1", "Room 2", "Room 3", "Room 4", "Room 5");
        assertThat(added).allMatch(d -> "ms2".equals(d.mediaServer()));
        assertThat(added.get(3).x()).isEqualTo(180.0);
        assertThat(added.get(3).y()).isEqualTo(280.0);
        assertThat(added).extracting(Device::id).doesNotHaveDuplicates();
    }

    static Site overloaded(Site s) {
        // every camera onto ms1, plus 100 more: 220 cameras for three media servers
        Site all = s.withDevices(s.devices().stream()
                .map(d -> d.type() == DeviceType.CAMERA ? d.withMediaServer("ms1") : d)
                .toList());
        return Edits.addCameras(all, "ms1", 100, "Extra", new Point(0, 900), 10, new Point(60, 60))
                .apply(all);
    }

    @Test
    void balanceLeavesNoServerAboveTheLimit() throws Exception {
        Site s = overloaded(university());
        Balancer.Plan without = Balancer.plan(s, 50, false);
        Site partly = without.command().apply(s);
        assertThat(without.serversAdded()).isZero();
        assertThat(without.stillOver()).isEqualTo(220 - 150);
        Balancer.Plan with = Balancer.plan(s, 50, true);
        Site done = with.command().apply(s);
        assertThat(with.serversAdded()).isEqualTo(2);
        assertThat(maxLoad(done)).isLessThanOrEqualTo(50);
        assertThat(maxLoad(partly)).isGreaterThan(50);
        assertThat(done.devicesOfType(DeviceType.CAMERA)).hasSize(220);
    }

    static int maxLoad(Site s) {
        return s.servers().stream()
                .mapToInt(server -> (int) s.devicesOfType(DeviceType.CAMERA).stream()
                        .filter(c ->
                                s.servingServer(c).map(Device::id).orElse("").equals(server.id()))
                        .count())
                .max()
                .orElse(0);
    }
}
