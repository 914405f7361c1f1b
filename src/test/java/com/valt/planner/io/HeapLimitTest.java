package com.valt.planner.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The loader within a 256 MB heap: a child JVM started with -Xmx256m loads the largest inputs the
 * limits let through (32 MB of devices, of empty objects, of zeros, of long texts; 100 MB in memory; a
 * 20,000-device site) and the whole seed corpus. Each must load or be refused: no OutOfMemoryError.
 */
class HeapLimitTest {
    @Test
    void largestInputsFitIn256MbHeap() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(
                        java,
                        "-Xmx256m",
                        "-XX:+UseSerialGC",
                        "-cp",
                        System.getProperty("java.class.path"),
                        LoadUnderHeapLimit.class.getName(),
                        "src/test/resources/com/valt/planner/io/SiteFileFuzzTestInputs/loadsOrRefuses")
                .redirectErrorStream(true)
                .start();
        Map<String, String[]> results = new LinkedHashMap<>();
        StringBuilder all = new StringBuilder();
        try (BufferedReader out =
                new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = out.readLine()) != null; ) {
                all.append(line).append('\n');
                String[] f = line.split("\t", 4);
                if (f.length == 4) {
                    results.put(f[0], f);
                }
            }
        }
        assertThat(child.waitFor(90, TimeUnit.SECONDS)).isTrue();
        assertThat(child.exitValue()).as(all.toString()).isZero();
        assertThat(all.toString()).doesNotContain("DEFECT", "OutOfMemoryError");
        assertThat(results.get("site-20000-devices")[1])
                .as("a 20,000-device site loads")
                .isEqualTo("LOADED");
        assertThat(results.get("32MB-of-devices")[3]).contains("more than 1,000,000 JSON names and values");
        assertThat(results.get("32MB-of-empty-objects")[3]).contains("more than 1,000,000");
        assertThat(results.get("32MB-of-zeros")[3]).contains("more than 1,000,000");
        assertThat(results.get("32MB-of-long-texts")[1]).isIn("LOADED", "REFUSED");
        assertThat(results.get("100MB-in-memory")[3]).contains("100 MB");
        assertThat(results.keySet().stream()
                        .filter(k -> k.startsWith("corpus/"))
                        .count())
                .isGreaterThan(50);
        System.out.print("256 MB heap:\n" + all);
    }
}
