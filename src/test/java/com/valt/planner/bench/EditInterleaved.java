package com.valt.planner.bench;

import com.valt.planner.domain.Device;
import com.valt.planner.domain.DeviceType;
import com.valt.planner.domain.Point;
import com.valt.planner.domain.Site;
import com.valt.planner.edit.Command;
import com.valt.planner.edit.Edits;
import com.valt.planner.edit.ZoneEdits;
import com.valt.planner.engine.FlowEngine;
import com.valt.planner.engine.FlowResult;
import com.valt.planner.io.CatalogLoader;
import com.valt.planner.ruleset.RuleSets;
import com.valt.planner.testing.SiteGenerator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * One edit's computation on the zoned campus, without the window (issue 15): the engine from the previous
 * result (what the window's worker does) against the full engine, and the firewalls' rule sets, run in turn
 * edit after edit so that load from other processes falls on all alike. The edits are those of
 * {@code bench/edit-latency.sh} without undo and redo (each applied to the campus, not piled up). Prints
 * the medians. Run: {@code java -cp target/classes:target/test-classes:DEPS
 * com.valt.planner.bench.EditInterleaved [RUNS]} (DEPS: e.g. the shaded {@code target/valt-planner.jar}).
 */
public final class EditInterleaved {
    private EditInterleaved() {}

    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        Site campus = SiteGenerator.campusZoned();
        FlowEngine engine = new FlowEngine(CatalogLoader.loadDefault());
        FlowResult before = engine.compute(campus);
        List<Site> edited = edits(campus, new Random(15), 50);
        long[][] nanos = new long[3][runs];
        for (int i = -runs / 2; i < runs; i++) { // the first half-run warms up, untimed
            Site site = edited.get(Math.floorMod(i, edited.size()));
            long t0 = System.nanoTime();
            FlowResult incremental = engine.compute(site, before);
            long t1 = System.nanoTime();
            FlowResult full = engine.compute(site);
            long t2 = System.nanoTime();
            RuleSets.of(full);
            long t3 = System.nanoTime();
            if (i >= 0) {
                nanos[0][i] = t1 - t0;
                nanos[1][i] = t2 - t1;
                nanos[2][i] = t3 - t2;
            }
            if (incremental.flows().size() != full.flows().size()) {
                throw new IllegalStateException("the two ways differ: see FlowEngineIncrementalTest");
            }
        }
        for (long[] n : nanos) {
            Arrays.sort(n);
        }
        System.out.printf(
                "over %d edits: engine from the previous result median %.1f ms, full engine %.1f ms, rule sets %.1f"
                        + " ms%n",
                runs, nanos[0][runs / 2] / 1e6, nanos[1][runs / 2] / 1e6, nanos[2][runs / 2] / 1e6);
    }

    /** Sites one edit away from the campus: a camera added or assigned elsewhere, a client moved or deleted, SSL. */
    private static List<Site> edits(Site campus, Random random, int count) {
        List<Device> cameras = campus.devicesOfType(DeviceType.CAMERA);
        List<Device> clients = campus.devicesOfType(DeviceType.CLIENT);
        List<Device> servers = campus.devicesOfType(DeviceType.MEDIA_SERVER);
        List<Site> out = new ArrayList<>();
        while (out.size() < count) {
            Device camera = cameras.get(random.nextInt(cameras.size()));
            Device client = clients.get(random.nextInt(clients.size()));
            Device server = servers.get(random.nextInt(servers.size()));
            Command c = switch (out.size() % 5) {
                case 0 -> Edits.add(campus, DeviceType.CAMERA, new Point(0, 0), server.id());
                case 1 -> Edits.assign(campus, Set.of(camera.id()), server.id());
                case 2 -> ZoneEdits.pin(campus, Set.of(client.id()), "servers");
                case 3 -> Edits.delete(campus, Set.of(client.id()));
                default ->
                    Edits.settings(
                            campus, campus.settings().withSsl(!campus.settings().sslEnabled()), "SSL");
            };
            if (c != null) {
                out.add(c.apply(campus));
            }
        }
        return out;
    }
}
