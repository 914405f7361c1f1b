package com.valt.planner.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every sample, truncated at 1,000 offsets and hit by 1,000 single-byte changes (seeded, so a failure
 * names the seed and the offset and can be replayed): each must load or be refused with
 * SiteLoadException, never anything else.
 */
class SiteFileCorruptionTest {
    static final int CASES = 1000;
    static final long SEED = 0x5A17E_F11EL;

    static Stream<Path> samples() throws IOException {
        try (Stream<Path> s = Files.list(Path.of("samples"))) {
            List<Path> list = s.filter(p -> p.getFileName().toString().endsWith(".valt.json"))
                    .sorted()
                    .toList();
            assertThat(list).as("samples/*.valt.json").hasSizeGreaterThanOrEqualTo(3);
            return list.stream();
        }
    }

    @ParameterizedTest
    @MethodSource("samples")
    void everyTruncationLoadsOrIsRefusedCleanly(Path sample) throws IOException {
        byte[] whole = Files.readAllBytes(sample);
        assertThat(LoadOutcome.of(whole, sample.toString()).site)
                .as("the intact sample loads")
                .isNotNull();
        List<String> defects = new ArrayList<>();
        int refused = 0;
        for (int i = 0; i < CASES; i++) {
            int length = (int) ((long) i * whole.length / CASES); // spread over the whole file, 0 included
            LoadOutcome o = LoadOutcome.of(Arrays.copyOf(whole, length), "cut.valt.json");
            if (!o.clean()) {
                defects.add("truncated to " + length + " bytes: " + o.defect);
            } else if (o.refused != null) {
                refused++;
            }
        }
        assertThat(defects).as(sample + " truncated").isEmpty();
        assertThat(refused).as("almost every truncation is refused").isGreaterThan(CASES * 9 / 10);
    }

    @ParameterizedTest
    @MethodSource("samples")
    void everySingleByteChangeLoadsOrIsRefusedCleanly(Path sample) throws IOException {
        byte[] whole = Files.readAllBytes(sample);
        Random random = new Random(SEED ^ sample.getFileName().toString().hashCode());
        List<String> defects = new ArrayList<>();
        int loaded = 0;
        int refused = 0;
        for (int i = 0; i < CASES; i++) {
            byte[] bytes = whole.clone();
            int at = random.nextInt(bytes.length);
            byte old = bytes[at];
            bytes[at] = (byte) (old + 1 + random.nextInt(255)); // any other value
            LoadOutcome o = LoadOutcome.of(bytes, "flip.valt.json");
            if (!o.clean()) {
                defects.add("byte " + at + " " + (old & 0xFF) + "->" + (bytes[at] & 0xFF) + ": " + o.defect);
            } else if (o.site != null) {
                loaded++;
            } else {
                refused++;
            }
        }
        assertThat(defects)
                .as(sample + " with one byte changed (seed " + SEED + ")")
                .isEmpty();
        // Both outcomes happen: a change inside a name still loads, a change in the syntax is refused.
        assertThat(loaded).isPositive();
        assertThat(refused).isPositive();
    }
}
