package com.valt.planner.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.valt.planner.domain.Site;
import com.valt.planner.io.Json;
import com.valt.planner.io.SiteFileReader;
import com.valt.planner.io.SiteFileWriter;
import com.valt.planner.io.SiteLoadException;
import com.valt.planner.testing.SiteGenerator;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Target (issue 2): {@code siteFileReader} within 3x {@code readTreePlainMapper}, a default
 * {@code new ObjectMapper().readTree(bytes)} of the same bytes (the campus site file).
 * {@code readTreeProjectMapper} is the project's {@link Json#mapper()} (limits, duplicate detection),
 * shown so the cost of the hardening itself is visible.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
        value = 2,
        jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 8, time = 2)
public class LoadBenchmark {
    private static final ObjectMapper PLAIN = new ObjectMapper();

    private byte[] bytes;

    @Setup
    public void setUp() {
        bytes = SiteFileWriter.toBytes(SiteGenerator.campus());
    }

    @Benchmark
    public Site siteFileReader() throws SiteLoadException {
        return SiteFileReader.read(bytes, "campus.valt.json");
    }

    @Benchmark
    public JsonNode readTreePlainMapper() throws IOException {
        return PLAIN.readTree(bytes);
    }

    @Benchmark
    public JsonNode readTreeProjectMapper() throws IOException {
        return Json.mapper().readTree(bytes);
    }
}
