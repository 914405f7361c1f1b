package com.valt.planner.bench;

import com.valt.planner.domain.Site;
import com.valt.planner.engine.FlowEngine;
import com.valt.planner.engine.FlowResult;
import com.valt.planner.export.ExportInput;
import com.valt.planner.export.FlowsCsv;
import com.valt.planner.io.CatalogLoader;
import com.valt.planner.io.Json;
import com.valt.planner.io.SiteFileReader;
import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;

/**
 * Where a cold {@code flows} run spends its main thread's CPU time, phase by phase, in a fresh JVM:
 * {@code java -cp target/test-classes:target/valt-planner.jar com.valt.planner.bench.ColdPhases SITE}.
 * CPU time rather than wall time, so other processes on a shared machine disturb it less. The JIT
 * compiler and GC threads' time is not in it (compare with hyperfine's user time).
 */
public final class ColdPhases {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final StringBuilder OUT = new StringBuilder();
    private static long last = THREADS.getCurrentThreadCpuTime();

    private ColdPhases() {}

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        Json.mapper();
        lap("Jackson set-up (class loading, ObjectMapper)");
        Site site = SiteFileReader.read(file);
        lap("read site file");
        FlowEngine engine = new FlowEngine(CatalogLoader.loadDefault());
        lap("load catalog");
        FlowResult result = engine.compute(site);
        lap("compute " + result.flows().size() + " flows");
        try (OutputStream out = new BufferedOutputStream(OutputStream.nullOutputStream(), 1 << 16)) {
            new FlowsCsv().write(ExportInput.of(result, file), out);
        }
        lap("write CSV");
        System.out.print(OUT);
        System.out.printf(
                "main thread total %d ms CPU; JVM uptime %d ms%n",
                THREADS.getCurrentThreadCpuTime() / 1_000_000,
                ManagementFactory.getRuntimeMXBean().getUptime());
    }

    private static void lap(String phase) {
        long now = THREADS.getCurrentThreadCpuTime();
        OUT.append(String.format("%6d ms  %s%n", (now - last) / 1_000_000, phase));
        last = now;
    }
}
