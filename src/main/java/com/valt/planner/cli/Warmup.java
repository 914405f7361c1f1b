package com.valt.planner.cli;

import com.valt.planner.domain.Device;
import com.valt.planner.domain.DeviceType;
import com.valt.planner.domain.Extras;
import com.valt.planner.domain.Settings;
import com.valt.planner.domain.Site;
import com.valt.planner.domain.SiteInfo;
import com.valt.planner.engine.FlowEngine;
import com.valt.planner.export.ExportInput;
import com.valt.planner.export.FlowsCsv;
import com.valt.planner.io.CatalogLoader;
import com.valt.planner.io.Json;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;

/**
 * Gets the classes a command needs loaded and set up (Jackson, the catalog, the engine, JGraphT, the CSV
 * writer) on a second thread while picocli reads the command line on the first. A cold JVM spends most of
 * a command's time there, not in the work itself, and the machine has a second core for it.
 *
 * <p>Nothing here is required: if the main thread gets somewhere first it does the work itself, and
 * class initialisation and the catalog's one-time load are safe to race.
 */
final class Warmup {
    private Warmup() {}

    /**
     * Off with {@code -Dvalt.warmup=false}, which the Java 25 package sets: its ahead-of-time cache already
     * holds these classes loaded and linked, and a warm-up thread only takes the second core from the JIT
     * (`flows` of the campus, two hyperfine runs: 1.18 s without it vs 1.25 s with it, and 1.26 vs 1.29 s).
     */
    static final String PROPERTY = "valt.warmup";

    /** Starts the warm-up for a command that reads a site ({@code flows}, {@code check}, {@code export}, {@code fmt}, {@code rules}). */
    static void start(String command) {
        if (!Boolean.parseBoolean(System.getProperty(PROPERTY, "true"))
                || !List.of("flows", "check", "export", "fmt", "rules", "import")
                        .contains(command)) {
            return; // --help and friends need none of it
        }
        Thread t = new Thread(Warmup::run, "warm-up");
        t.setDaemon(true); // never keeps the JVM alive, never delays the exit status
        t.start();
    }

    private static void run() {
        try {
            Json.mapper();
            FlowEngine engine = new FlowEngine(CatalogLoader.loadDefault());
            ExportInput tiny = ExportInput.of(engine.compute(tinySite()), Path.of("warm-up.valt.json"));
            new FlowsCsv().write(tiny, OutputStream.nullOutputStream());
        } catch (Throwable e) {
            // Whatever it is (even running out of memory), the command itself meets it and reports it in
            // its own words; a helper thread must never print a stack trace of its own.
        }
    }

    /** One device of each kind: enough to load every class the engine touches. */
    private static Site tinySite() {
        List<Device> devices = List.of(
                device("app", DeviceType.APPLICATION_SERVER, null),
                device("media", DeviceType.MEDIA_SERVER, null),
                device("client", DeviceType.CLIENT, null),
                device("camera", DeviceType.CAMERA, "media"),
                device("beam", DeviceType.BEAM, "media"));
        return new Site(Site.CURRENT_VERSION, SiteInfo.EMPTY, Settings.UNSET, devices, Extras.NONE);
    }

    private static Device device(String id, DeviceType type, String server) {
        return new Device(
                id, type, id, "10.0.0." + (type.ordinal() + 1), null, server, false, null, null, null, Extras.NONE);
    }
}
