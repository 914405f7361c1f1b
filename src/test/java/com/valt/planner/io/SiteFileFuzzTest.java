package com.valt.planner.io;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.Timeout;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
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
    static {
        // Class loading (and Jazzer's instrumentation of each class) happens once, untimed, before the
        // first timed input: the 1 s limit is about the loader, not about a cold JVM on a busy machine.
        try (Stream<Path> seeds = Files.list(Path.of("src/test/resources/com/valt/planner/io/SiteFileFuzzTestInputs/loadsOrRefuses"))) {
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
    @Timeout(value = 1, unit = TimeUnit.SECONDS)
    void loadsOrRefuses(byte[] input) {
        LoadOutcome o = LoadOutcome.of(input, "fuzz.valt.json");
        if (!o.clean()) {
            throw new AssertionError("the loader failed with something other than SiteLoadException", o.defect);
        }
    }
}
