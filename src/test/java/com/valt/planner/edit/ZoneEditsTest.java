package com.valt.planner.edit;

import static org.assertj.core.api.Assertions.assertThat;

import com.valt.planner.domain.Firewall;
import com.valt.planner.domain.FirewallInterface;
import com.valt.planner.domain.Platform;
import com.valt.planner.domain.Site;
import com.valt.planner.domain.SiteValidator;
import com.valt.planner.domain.Zone;
import com.valt.planner.io.SiteFileReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The zone and firewall commands on the zoned sample: undo gives back the site, and the result still validates. */
class ZoneEditsTest {
    static Site hospital() throws Exception {
        return SiteFileReader.read(Path.of("samples/hospital-zones.valt.json"));
    }

    static Zone lab() {
        return new Zone("lab", "Sim lab", List.of("10.60.0.0/24"), 60, null);
    }

    static Firewall labFirewall() {
        return new Firewall(
                "labfw",
                "Lab firewall",
                Platform.ASA,
                List.of(new FirewallInterface("inside", "staff", null), new FirewallInterface("lab", "lab", "LAB")),
                null,
                null,
                null);
    }

    static Stream<CommandsTest.Case> commands() throws Exception {
        Site s = hospital();
        Zone cams = s.zone("cameras").orElseThrow();
        Firewall core = s.firewall("core").orElseThrow();
        Site withLab = ZoneEdits.addZone(s, lab()).apply(s);
        return Stream.of(
                new CommandsTest.Case("add zone", ZoneEdits.addZone(s, lab())),
                new CommandsTest.Case(
                        "change zone",
                        ZoneEdits.changeZone(
                                s,
                                "cameras",
                                new Zone("cameras", "Cameras", List.of("10.30.0.0/22", "10.31.0.0/24"), 31, null))),
                new CommandsTest.Case(
                        "rename zone id",
                        ZoneEdits.changeZone(s, "wifi", new Zone("ipads", "iPads", List.of("10.50.0.0/23"), 50, null))),
                new CommandsTest.Case("remove zone", ZoneEdits.removeZone(s, "wifi")),
                new CommandsTest.Case("remove unused zone", ZoneEdits.removeZone(withLab, "lab")),
                new CommandsTest.Case(
                        "change firewall",
                        ZoneEdits.changeFirewall(
                                s,
                                "core",
                                new Firewall(
                                        "core",
                                        "Core",
                                        Platform.PANOS,
                                        core.interfaces(),
                                        core.x(),
                                        core.y(),
                                        core.extras()))),
                new CommandsTest.Case("remove firewall", ZoneEdits.removeFirewall(s, "edge")),
                new CommandsTest.Case("move firewall", ZoneEdits.moveFirewall(s, "core", 300, 400)),
                new CommandsTest.Case("pin", ZoneEdits.pin(s, Set.of("ipad3", "pc-control"), "wifi")),
                new CommandsTest.Case("unpin", ZoneEdits.pin(s, Set.of("ipad1", "ipad2"), null)),
                new CommandsTest.Case(
                        "move into a zone",
                        ZoneEdits.moveInto(
                                s,
                                java.util.Map.of("pc-debrief", new com.valt.planner.domain.Point(900, 500)),
                                java.util.Map.of("pc-debrief", "wifi"))));
    }

    @ParameterizedTest
    @MethodSource("commands")
    void undoGivesBackTheSiteAndTheResultStillValidates(CommandsTest.Case c) throws Exception {
        Site before = c.name().equals("remove unused zone")
                ? ZoneEdits.addZone(hospital(), lab()).apply(hospital())
                : hospital();
        assertThat(c.command()).as("a command that changes something").isNotNull();
        Site done = c.command().apply(before);
        assertThat(done).isNotEqualTo(before);
        assertThat(SiteValidator.validate(done)).isEmpty();
        Site undone = c.command().undo(done);
        assertThat(undone).isEqualTo(before);
        assertThat(undone.zones()).containsExactlyElementsOf(before.zones());
        assertThat(undone.firewalls()).containsExactlyElementsOf(before.firewalls());
        assertThat(c.command().apply(undone)).isEqualTo(done);
    }

    @Test
    void addingAFirewallBetweenANewZoneAndStaff() throws Exception {
        Site s = hospital();
        Site withLab = ZoneEdits.addZone(s, lab()).apply(s);
        Site done = ZoneEdits.addFirewall(withLab, labFirewall()).apply(withLab);
        assertThat(done.firewall("labfw")).contains(labFirewall());
        assertThat(SiteValidator.validate(done)).isEmpty();
    }

    @Test
    void removingAZoneUnpinsItsDevicesAndDropsTheInterfacesFacingIt() throws Exception {
        Site s = hospital();
        assertThat(ZoneEdits.references(s, "wifi")).containsExactly(2, 1);
        Command c = ZoneEdits.removeZone(s, "wifi");
        Site done = c.apply(s);
        assertThat(c.description()).isEqualTo("Remove zone iPad Wi-Fi");
        assertThat(done.device("ipad1").orElseThrow().zone()).isNull();
        assertThat(done.firewall("core").orElseThrow().interfaceTo("wifi")).isEmpty();
        assertThat(done.firewall("core").orElseThrow().interfaces()).hasSize(3);
    }

    @Test
    void renamingAZoneIdCarriesPinsAndInterfacesAlong() throws Exception {
        Site s = hospital();
        Site done = ZoneEdits.changeZone(s, "wifi", new Zone("ipads", "iPads", List.of("10.50.0.0/23"), 50, null))
                .apply(s);
        assertThat(done.device("ipad1").orElseThrow().zone()).isEqualTo("ipads");
        assertThat(done.firewall("core").orElseThrow().interfaceTo("ipads")).isPresent();
    }

    @Test
    void nothingToChangeGivesNoCommand() throws Exception {
        Site s = hospital();
        Firewall core = s.firewall("core").orElseThrow();
        assertThat(ZoneEdits.moveFirewall(s, "core", core.x(), core.y())).isNull();
        assertThat(ZoneEdits.pin(s, Set.of("ipad1"), "wifi")).isNull();
        assertThat(ZoneEdits.changeZone(s, "servers", s.zone("servers").orElseThrow()))
                .isNull();
        assertThat(ZoneEdits.removeZone(s, "nowhere")).isNull();
    }

    @Test
    void devicesAndFirewallsMoveInOneStep() throws Exception {
        Site s = hospital();
        Command c = ZoneEdits.moveTo(
                s,
                java.util.Map.of(
                        "core",
                        new com.valt.planner.domain.Point(100, 100),
                        "edge",
                        new com.valt.planner.domain.Point(
                                s.firewall("edge").orElseThrow().x(),
                                s.firewall("edge").orElseThrow().y()),
                        "app",
                        new com.valt.planner.domain.Point(7, 7)));
        assertThat(c.description()).isEqualTo("Move 2 items");
        Site done = c.apply(s);
        assertThat(done.firewall("core").orElseThrow().x()).isEqualTo(100.0);
        assertThat(done.device("app").orElseThrow().x()).isEqualTo(7.0);
        assertThat(c.undo(done)).isEqualTo(s);
        assertThat(ZoneEdits.moveTo(
                                s,
                                java.util.Map.of(
                                        "core",
                                        new com.valt.planner.domain.Point(1, 2),
                                        "edge",
                                        new com.valt.planner.domain.Point(
                                                s.firewall("edge").orElseThrow().x(),
                                                s.firewall("edge").orElseThrow().y())))
                        .description())
                .isEqualTo("Move firewall Core firewall");
    }

    @Test
    void pinningNamesTheZoneInTheMenu() throws Exception {
        Site s = hospital();
        assertThat(ZoneEdits.pin(s, Set.of("ipad3"), "staff").description())
                .isEqualTo("Move ICU iPad to zone Staff LAN");
    }

    @Test
    void droppingADeviceIntoAnotherZonesFrameMovesAndPinsItInOneStep() throws Exception {
        Site s = hospital();
        Command c = ZoneEdits.moveInto(
                s,
                java.util.Map.of("pc-debrief", new com.valt.planner.domain.Point(900, 500)),
                java.util.Map.of("pc-debrief", "wifi"));
        assertThat(c.description())
                .isEqualTo("Move Debrief Room PC to zone "
                        + s.zone("wifi").orElseThrow().displayName());
        Site after = c.apply(s);
        var pc = after.device("pc-debrief").orElseThrow();
        assertThat(pc.zone()).isEqualTo("wifi");
        assertThat(pc.x()).isEqualTo(900.0);
        assertThat(c.undo(after)).isEqualTo(s);
        // a move with no zone change is just the move
        assertThat(ZoneEdits.moveInto(
                                s,
                                java.util.Map.of("pc-debrief", new com.valt.planner.domain.Point(900, 500)),
                                java.util.Map.of())
                        .description())
                .startsWith("Move");
    }
}
