package com.valt.planner.io;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.Timeout;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

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
        // Class loading and JIT warm-up before the first timed input.
        try {
            SiteFileReader.read(Files.readAllBytes(Path.of("samples/university.valt.json")), "warm-up");
        } catch (IOException | SiteLoadException e) {
            throw new IllegalStateException("warm-up sample does not load", e);
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
