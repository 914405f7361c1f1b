package com.valt.planner.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.valt.planner.domain.Site;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class RoundTripTest {
    static Stream<Path> samples() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("samples"))) {
            List<Path> list = files.filter(p -> p.toString().endsWith(".valt.json"))
                    .sorted()
                    .toList();
            assertThat(list).hasSizeGreaterThanOrEqualTo(3);
            return list.stream();
        }
    }

    @ParameterizedTest
    @MethodSource("samples")
    void loadSaveLoadIsIdenticalAndSavingIsIdempotent(Path sample, @TempDir Path dir) throws Exception {
        Site first = SiteFileReader.read(sample);
        Path saved = dir.resolve("copy.valt.json");
        SiteFileWriter.write(first, saved);
        Site second = SiteFileReader.read(saved);
        assertThat(second).isEqualTo(first);
        assertThat(SiteFileWriter.toBytes(second)).isEqualTo(Files.readAllBytes(saved));
    }

    @ParameterizedTest
    @MethodSource("samples")
    void samplesAreInCanonicalForm(Path sample) throws Exception {
        assertThat(SiteFileWriter.toJson(SiteFileReader.read(sample)))
                .isEqualTo(Files.readString(sample, StandardCharsets.UTF_8));
    }

    @Test
    void unknownFieldsSurviveEverywhereInTheirOrder() throws Exception {
        String doc = """
                {"format":"valt-site-plan","version":1,"areas":[{"id":"z1","name":"DMZ"}],
                 "site":{"name":"S","customer":"C","author":"A","revision":"1","notes":"","contract":"K-7"},
                 "settings":{"ssl":false,"future":{"a":[1,2.5,null,true]}},
                 "devices":[{"id":"app","type":"application-server","rack":"R2","area":"z1"}],
                 "links":[]}
                """;
        Site site = SiteFileReader.read(doc.getBytes(StandardCharsets.UTF_8), "future.valt.json");
        String saved = SiteFileWriter.toJson(site);
        assertThat(saved).contains("\"contract\": \"K-7\"", "\"rack\": \"R2\"", "\"area\": \"z1\"", "\"links\": []");
        assertThat(saved.indexOf("\"areas\"")).isLessThan(saved.indexOf("\"links\""));
        assertThat(saved).contains("2.5").contains("null").contains("\"DMZ\"");
        Site again = SiteFileReader.read(saved.getBytes(StandardCharsets.UTF_8), "again.valt.json");
        assertThat(again).isEqualTo(site);
        assertThat(SiteFileWriter.toJson(again)).isEqualTo(saved);
    }

    @Test
    void defaultsAreNotWrittenOutUnlessGiven() throws Exception {
        String doc =
                "{\"format\":\"valt-site-plan\",\"version\":1,\"devices\":[{\"id\":\"app\",\"type\":\"application-server\"}]}";
        Site site = SiteFileReader.read(doc.getBytes(StandardCharsets.UTF_8), "min.valt.json");
        assertThat(site.settings().ssl()).isNull();
        assertThat(site.settings().sslEnabled()).isTrue();
        String saved = SiteFileWriter.toJson(site);
        assertThat(saved)
                .doesNotContain("\"ssl\"")
                .doesNotContain("\"onlineUpdates\"")
                .doesNotContain("\"name\": \"app\"");
        assertThat(saved).startsWith("{\n  \"format\": \"valt-site-plan\",\n  \"version\": 1,\n");
    }
}
