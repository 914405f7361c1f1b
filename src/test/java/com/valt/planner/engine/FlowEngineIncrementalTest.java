package com.valt.planner.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.valt.planner.domain.Device;
import com.valt.planner.domain.DeviceType;
import com.valt.planner.domain.Point;
import com.valt.planner.domain.Site;
import com.valt.planner.domain.WowzaKey;
import com.valt.planner.domain.Zone;
import com.valt.planner.edit.Edits;
import com.valt.planner.edit.ZoneEdits;
import com.valt.planner.io.CatalogLoader;
import com.valt.planner.io.SiteFileReader;
import com.valt.planner.testing.SiteGenerator;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * After an edit the engine keeps the flows of the devices the edit did not touch (issue 15): its result must
 * be the full computation's, whatever the edit. Random edits of every kind the window makes (and some it
 * never makes, such as a reused id), each computed both ways and compared in every part the window and the
 * exports read.
 */
class FlowEngineIncrementalTest {
    private static final FlowEngine ENGINE = new FlowEngine(CatalogLoader.loadDefault());

    @ParameterizedTest
    @ValueSource(strings = {"generated", "generated-zoned", "university-zones", "hospital-zones", "clinic"})
    void anEditsResultMadeFromThePreviousOneEqualsTheFullComputation(String name) throws Exception {
        Site site = site(name);
        Random random = new Random(name.hashCode());
        List<Site> history = new ArrayList<>(List.of(site));
        FlowResult previous = ENGINE.compute(site);
        int kept = 0;
        for (int step = 0; step < 120; step++) {
            Site next = edit(previous.site(), history, random);
            FlowResult incremental = ENGINE.compute(next, previous);
            assertSame(incremental, ENGINE.compute(next), name + ", step " + step);
            kept += incremental.madeFromPrevious() ? 1 : 0;
            if (next.devices().stream().map(Device::id).distinct().count()
                    < next.devices().size()) {
                // an id used twice (never from the window): back to the site before it, as an undo would
                FlowResult undone = ENGINE.compute(previous.site(), incremental);
                assertSame(undone, ENGINE.compute(previous.site()), name + ", undo of step " + step);
                previous = undone;
                continue;
            }
            history.add(next);
            previous = incremental;
        }
        // most edits touch a few devices: the flows of the others must really have been kept
        assertThat(kept).as("edits computed from the previous result").isGreaterThan(60);
    }

    @ParameterizedTest
    @ValueSource(strings = {"add camera", "assign camera", "delete client", "pin to zone", "move", "rename"})
    void editsOfAFewDevicesKeepTheOthersFlows(String kind) {
        Site site = SiteGenerator.zoned(SiteGenerator.generate(SiteGenerator.Spec.of(120, 4, 30, 6)));
        FlowResult before = ENGINE.compute(site);
        Device camera = site.devicesOfType(DeviceType.CAMERA).get(7);
        Device client = site.devicesOfType(DeviceType.CLIENT).get(3);
        Device server = site.devicesOfType(DeviceType.MEDIA_SERVER).get(2);
        Site next = switch (kind) {
            case "add camera" -> applied(site, Edits.add(site, DeviceType.CAMERA, new Point(10, 10), server.id()));
            case "assign camera" -> applied(site, Edits.assign(site, Set.of(camera.id()), server.id()));
            case "delete client" -> applied(site, Edits.delete(site, Set.of(client.id())));
            case "pin to zone" ->
                applied(
                        site,
                        ZoneEdits.pin(
                                site, Set.of(client.id()), site.zones().get(0).id()));
            case "move" -> replace(site, client, client.withPosition(5.0, 5.0));
            case "rename" -> replace(site, client, client.withName("Renamed PC"));
            default -> throw new IllegalArgumentException(kind);
        };
        FlowResult after = ENGINE.compute(next, before);
        assertThat(after.madeFromPrevious()).isTrue();
        assertSame(after, ENGINE.compute(next), kind);
        // an unchanged client's flows are the very objects of the previous result
        Device other = site.devicesOfType(DeviceType.CLIENT).get(0);
        assertThat(after.flowsOf(other.id()).get(0))
                .isSameAs(before.flowsOf(other.id()).get(0));
    }

    /** Everything the window, the exports and the rule sets read from a result. */
    private static void assertSame(FlowResult incremental, FlowResult full, String what) {
        assertThat(incremental.flows()).as(what + ": flows").containsExactlyElementsOf(full.flows());
        assertThat(incremental.flows().stream().map(Flow::ruleId).toList())
                .as(what + ": rules of the flows")
                .containsExactlyElementsOf(
                        full.flows().stream().map(Flow::ruleId).toList());
        assertThat(incremental.sections()).as(what + ": sections").containsExactlyElementsOf(full.sections());
        assertThat(incremental.endpoints()).as(what + ": endpoints").containsExactlyElementsOf(full.endpoints());
        assertThat(incremental.findings()).as(what + ": findings").containsExactlyElementsOf(full.findings());
        assertThat(incremental.links()).as(what + ": links").containsExactlyElementsOf(full.links());
        assertThat(incremental.flows().stream()
                        .map(f -> incremental.route(f).firewallsText())
                        .toList())
                .as(what + ": routes")
                .containsExactlyElementsOf(full.flows().stream()
                        .map(f -> full.route(f).firewallsText())
                        .toList());
    }

    private static Site site(String name) throws Exception {
        return switch (name) {
            case "generated" -> SiteGenerator.generate(SiteGenerator.Spec.of(150, 5, 40, 8));
            case "generated-zoned" -> SiteGenerator.zoned(SiteGenerator.generate(SiteGenerator.Spec.of(150, 5, 40, 8)));
            default -> SiteFileReader.read(Path.of("samples", name + ".valt.json"));
        };
    }

    /** One random edit, of the kinds the window makes and a few it never makes. */
    private static Site edit(Site site, List<Site> history, Random random) {
        List<Device> devices = site.devices();
        Device any = devices.isEmpty() ? null : devices.get(random.nextInt(devices.size()));
        List<Device> servers = site.servers();
        Device server = servers.isEmpty() ? null : servers.get(random.nextInt(servers.size()));
        DeviceType[] types = DeviceType.values();
        int kind = random.nextInt(16);
        switch (kind) {
            case 0, 1 -> {
                DeviceType type = types[random.nextInt(types.length)];
                String serverId = type.isServed() && server != null ? server.id() : null;
                return applied(
                        site, Edits.add(site, type, new Point(random.nextInt(900), random.nextInt(900)), serverId));
            }
            case 2 -> {
                return any == null ? site : applied(site, Edits.delete(site, Set.of(any.id())));
            }
            case 3, 4 -> {
                List<Device> served =
                        devices.stream().filter(d -> d.type().isServed()).toList();
                return served.isEmpty() || server == null
                        ? site
                        : applied(
                                site,
                                Edits.assign(
                                        site,
                                        Set.of(served.get(random.nextInt(served.size()))
                                                .id()),
                                        server.id()));
            }
            case 5 -> {
                return any == null ? site : replace(site, any, any.withName("Edited " + random.nextInt(1000)));
            }
            case 6 -> {
                return any == null
                        ? site
                        : replace(
                                site,
                                any,
                                any.withAddress(
                                        random.nextBoolean()
                                                ? null
                                                : "10." + random.nextInt(100) + ".0." + (1 + random.nextInt(250))));
            }
            case 7 -> {
                return any == null ? site : replace(site, any, any.withAdmin(!any.admin()));
            }
            case 8 -> {
                return server == null
                        ? site
                        : replace(site, server, server.withWowzaKey(random.nextBoolean() ? WowzaKey.DIGITAL : null));
            }
            case 9 -> {
                List<Zone> zones = site.zones();
                return any == null || zones.isEmpty()
                        ? site
                        : applied(
                                site,
                                ZoneEdits.pin(
                                        site,
                                        Set.of(any.id()),
                                        zones.get(random.nextInt(zones.size())).id()));
            }
            case 10 -> {
                return any == null ? site : replace(site, any, any.withPosition(1.0 * random.nextInt(500), 3.0));
            }
            case 11 -> {
                boolean ssl = site.settings().sslEnabled();
                return applied(site, Edits.settings(site, site.settings().withSsl(!ssl), "SSL"));
            }
            case 12 -> { // undo or redo: back to an earlier site, computed from the current result
                return history.get(random.nextInt(history.size()));
            }
            case 13 -> { // an id used twice: the first device wins, and an edit can change which that is
                return any == null ? site : applied(site, Edits.addAll("copy", List.of(any.withName("Copy"))));
            }
            case 14 -> { // a camera's server id pointing at nothing, then perhaps at a server again
                List<Device> cameras = site.devicesOfType(DeviceType.CAMERA);
                return cameras.isEmpty()
                        ? site
                        : replace(site, cameras.get(0), cameras.get(0).withMediaServer("gone-" + random.nextInt(3)));
            }
            default -> {
                return server == null ? site : applied(site, Edits.delete(site, Set.of(server.id())));
            }
        }
    }

    /** The site after the command; as it was when the command had nothing to do (null). */
    private static Site applied(Site site, com.valt.planner.edit.Command command) {
        return command == null ? site : command.apply(site);
    }

    private static Site replace(Site site, Device was, Device now) {
        List<Device> devices = new ArrayList<>(site.devices());
        devices.set(devices.indexOf(was), now);
        return site.withDevices(devices);
    }
}
