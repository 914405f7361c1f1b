package com.valt.planner.io;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Fuzzes the site-file loader. The property: every input loads or is refused with SiteLoadException
 * (whose problems name the file), within 1 s: never another exception, a StackOverflowError or an
 * OutOfMemoryError.
 *
 * <p>Plain {@code mvn verify} replays the committed seed corpus in
 * {@code src/test/resources/com/valt/planner/io/SiteFileFuzzTestInputs/loadsOrRefuses/} (the samples and
 * the hand-made hostile files) and every finding saved there. Real fuzzing, with a 256 MB heap:
 * {@code mvn -o test -Pfuzz -Dfuzz.duration=5m} (see docs/reliability.md); a crash is written into that
 * folder and becomes a regression test.
 */
class SiteFileFuzzTest {
    /** Each input is loaded or refused within 1 s (a JUnit @Timeout would also time the whole fuzzing run). */
    static final long LIMIT_NANOS = 1_000_000_000L;

    static {
        // Class loading (and Jazzer's instrumentation of each class) happens once, untimed, before the
        // first timed input: the 1 s limit is about the loader, not about a cold JVM on a busy machine.
        try (Stream<Path> seeds =
                Files.list(Path.of("src/test/resources/com/valt/planner/io/SiteFileFuzzTestInputs/loadsOrRefuses"))) {
            seeds.forEach(p -> {
                try {
                    LoadOutcome.of(Files.readAllBytes(p), "warm-up");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @FuzzTest
    void loadsOrRefuses(byte[] input) {
        long start = System.nanoTime();
        LoadOutcome o = LoadOutcome.of(input, "fuzz.valt.json");
        if (!o.clean()) {
            throw new AssertionError("the loader failed with something other than SiteLoadException", o.defect);
        }
        if (System.nanoTime() - start > LIMIT_NANOS) {
            // A slow input is slow every time; a garbage collection or a busy machine is not: try once more.
            long again = System.nanoTime();
            LoadOutcome.of(input, "fuzz.valt.json");
            long ms = (System.nanoTime() - again) / 1_000_000;
            if (ms > LIMIT_NANOS / 1_000_000) {
                throw new AssertionError("loading took " + ms + " ms (limit 1 s), twice in a row");
            }
        }
    }
}
