package com.valt.planner.bench;

import com.valt.planner.domain.Site;
import com.valt.planner.engine.FlowEngine;
import com.valt.planner.engine.FlowResult;
import com.valt.planner.export.ExportInput;
import com.valt.planner.export.Exporter;
import com.valt.planner.export.all.Exporters;
import com.valt.planner.io.CatalogLoader;
import com.valt.planner.io.SiteFileReader;
import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;

/**
 * Where an {@code export} spends its time, step by step and one output after another (the command makes
 * them in parallel), in a fresh JVM: {@code java -cp JARS:target/test-classes
 * com.valt.planner.bench.ExportPhases SITE [ROUNDS]}. Prints wall and main-thread CPU time per step; with
 * ROUNDS > 1 the whole export is repeated and the last round shows the warm cost. Use the app-image's
 * runtime and its {@code -XX:AOTCache} (class path: the image's jars first, test classes last) to see the
 * installed launcher's cold cost.
 */
public final class ExportPhases {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private ExportPhases() {}

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        for (int round = 1; round <= rounds; round++) {
            System.out.printf(
                    "round %d (JVM uptime %d ms)%n",
                    round, ManagementFactory.getRuntimeMXBean().getUptime());
            Site site = time("read site file", () -> SiteFileReader.read(file));
            FlowEngine engine = time("load catalog", () -> new FlowEngine(CatalogLoader.loadDefault()));
            FlowResult result = time("compute flows", () -> engine.compute(site));
            ExportInput input = ExportInput.of(result, file);
            time("rule sets (" + result.flows().size() + " flows)", input::ruleSets);
            time("topology diagram", input::diagram);
            time("flow groups", input::flowGroups);
            time("findings", result::findings);
            for (Exporter e : Exporters.all(input)) {
                time(e.fileName(), () -> {
                    ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
                    e.write(input, bytes);
                    return bytes.size() + " bytes";
                });
            }
        }
        System.out.printf(
                "JVM uptime %d ms%n", ManagementFactory.getRuntimeMXBean().getUptime());
    }

    private static <T> T time(String step, ThrowingSupplier<T> work) throws Exception {
        long wall = System.nanoTime();
        long cpu = THREADS.getCurrentThreadCpuTime();
        T value = work.get();
        System.out.printf(
                "%7d ms wall %7d ms CPU  %s%s%n",
                (System.nanoTime() - wall) / 1_000_000,
                (THREADS.getCurrentThreadCpuTime() - cpu) / 1_000_000,
                step,
                value instanceof String s ? ": " + s : "");
        return value;
    }

    @FunctionalInterface
    private interface ThrowingSupplier<T> {
        T get() throws Exception;
    }
}
