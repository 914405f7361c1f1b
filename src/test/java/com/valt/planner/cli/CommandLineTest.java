package com.valt.planner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.valt.planner.io.AtomicFiles;
import com.valt.planner.io.Json;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CommandLineTest {
    private static final String UNIVERSITY = "samples/university.valt.json";

    @ParameterizedTest
    @ValueSource(strings = {"clinic", "police-interview", "university", "hospital-zones", "university-zones"})
    void flowsAndCheckMatchTheGoldenFilesReviewedAgainstThePage(String sample) throws Exception {
        CliRun flows = CliRun.of("flows", "samples/" + sample + ".valt.json");
        assertThat(flows.status()).isZero();
        assertThat(flows.out()).isEqualTo(golden(sample + ".flows.csv"));
        CliRun check = CliRun.of("check", "samples/" + sample + ".valt.json");
        assertThat(check.status()).isZero();
        assertThat(check.out()).isEqualTo(golden(sample + ".check.txt"));
    }

    /** flows and check only read: a stale temp file of a killed save stays, nothing is written. */
    @Test
    void flowsAndCheckLeaveTheSitesFolderUntouched(@TempDir Path dir) throws Exception {
        // Not canonical (a blank line at the end), so that fmt saves.
        Path site = Files.writeString(
                dir.resolve("clinic.valt.json"), Files.readString(Path.of("samples/clinic.valt.json")) + "\n");
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        Files.writeString(
                dir.resolve(AtomicFiles.TEMP_PREFIX + "clinic.valt.json-" + gone.pid() + "-1.tmp"), "partial");
        Map<String, FileTime> before = listing(dir);

        assertThat(CliRun.of("flows", site.toString()).status()).isZero();
        assertThat(CliRun.of("flows", "--format", "json", site.toString()).status())
                .isZero();
        assertThat(CliRun.of("check", site.toString()).status()).isZero();
        assertThat(listing(dir)).isEqualTo(before);

        assertThat(CliRun.of("fmt", site.toString()).status()).isZero();
        assertThat(listing(dir)).as("a save removes the dead temp").containsOnlyKeys("clinic.valt.json");
    }

    private static Map<String, FileTime> listing(Path folder) throws Exception {
        Map<String, FileTime> out = new TreeMap<>();
        try (var files = Files.list(folder)) {
            for (Path p : files.toList()) {
                out.put(p.getFileName().toString(), Files.getLastModifiedTime(p));
            }
        }
        return out;
    }

    @Test
    void csvIsRfc4180WithTheSpecHeader() throws Exception {
        CliRun run = CliRun.of("flows", UNIVERSITY, "--format", "csv");
        CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
        try (MappingIterator<List<String>> it =
                mapper.readerForListOf(String.class).readValues(run.out())) {
            List<List<String>> rows = it.readAll();
            assertThat(rows.get(0))
                    .containsExactly(
                            "rule",
                            "section",
                            "source",
                            "source_type",
                            "destination",
                            "destination_type",
                            "transport",
                            "port",
                            "protocol",
                            "service",
                            "source_name",
                            "source_address",
                            "destination_name",
                            "destination_address");
            assertThat(rows).hasSize(458);
            assertThat(rows.get(1))
                    .containsExactly(
                            "R5",
                            "client-to-servers",
                            "admin1",
                            "client",
                            "app",
                            "application-server",
                            "TCP",
                            "22",
                            "SSH",
                            "SSH",
                            "IT Admin Workstation",
                            "10.40.9.5",
                            "VALT Application",
                            "10.40.0.10");
        }
    }

    @Test
    void zonedSitesEndEachCsvRowWithZonesAndFirewalls() throws Exception {
        CliRun run = CliRun.of("flows", "samples/university-zones.valt.json");
        assertThat(run.status()).isZero();
        CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
        try (MappingIterator<List<String>> it =
                mapper.readerForListOf(String.class).readValues(run.out())) {
            List<List<String>> rows = it.readAll();
            assertThat(rows.get(0))
                    .endsWith("destination_address", "source_zone", "destination_zone", "firewalls")
                    .hasSize(17);
            assertThat(rows).allSatisfy(r -> assertThat(r).hasSize(17));
            assertThat(rows)
                    .filteredOn(r -> r.get(0).equals("R7s")
                            && r.get(2).equals("ipad1")
                            && r.get(4).equals("ms1")
                            && r.get(7).equals("443"))
                    .singleElement()
                    .satisfies(r -> assertThat(r.subList(14, 17))
                            .containsExactly("beam-wifi", "servers", "wifi-router:wlan0>lan0,core:staff>servers"));
            // the same flows, in the same order, as the university without zones
            CliRun plain = CliRun.of("flows", UNIVERSITY);
            try (MappingIterator<List<String>> p =
                    mapper.readerForListOf(String.class).readValues(plain.out())) {
                List<List<String>> plainRows = p.readAll();
                assertThat(rows.stream().map(r -> r.subList(0, 14)).toList()).isEqualTo(plainRows);
            }
        }
        CliRun json = CliRun.of("flows", "samples/hospital-zones.valt.json", "--format", "json");
        JsonNode first = Json.mapper().readTree(json.out()).get(0);
        assertThat(first.get("source_zone").asText()).isEqualTo("staff");
        assertThat(first.get("destination_zone").asText()).isEqualTo("servers");
        assertThat(first.get("firewalls").asText()).isEqualTo("core:staff1>srv1");
        assertThat(Json.mapper()
                        .readTree(CliRun.of("flows", UNIVERSITY, "--format", "json")
                                .out())
                        .get(0)
                        .has("source_zone"))
                .isFalse();
    }

    @Test
    void checkPrintsZoneFindingsAndFailsOnThem(@TempDir Path dir) throws Exception {
        String site = Files.readString(Path.of("samples/hospital-zones.valt.json"))
                .replace("\"address\": \"10.30.2.21\"", "\"address\": \"10.9.9.9\"");
        Path file = dir.resolve("h.valt.json");
        Files.writeString(file, site);
        CliRun check = CliRun.of("check", file.toString());
        assertThat(check.status()).isEqualTo(2);
        assertThat(check.out().lines())
                .contains(
                        "ERROR devices[14]: OSCE Station 1 (10.9.9.9) is in no zone: add its network to a zone or set its zone");
        CliRun flows = CliRun.of("flows", file.toString());
        assertThat(flows.status()).isZero();
        assertThat(flows.out())
                .contains(
                        "R6,servers-to-cameras,app,application-server,cam-osce1,camera,TCP,80,HTTP,"
                                + "Web Application/API,VALT Application Server,10.20.0.10,OSCE Station 1,10.9.9.9,servers,,no-path\n");
    }

    @Test
    void jsonHasTheSameFlowsAsCsv() throws Exception {
        CliRun json = CliRun.of("flows", UNIVERSITY, "--format", "json");
        assertThat(json.status()).isZero();
        JsonNode flows = Json.mapper().readTree(json.out());
        assertThat(flows.size()).isEqualTo(457);
        JsonNode last = flows.get(456);
        assertThat(last.get("rule").asText()).isEqualTo("R12");
        assertThat(last.get("port").asInt()).isEqualTo(53);
        assertThat(last.get("destination_type").asText()).isEqualTo("dns");
    }

    @Test
    void badSitePrintsOneLinePerProblemAndNoStackTrace(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.valt.json");
        Files.writeString(
                bad,
                "{\"format\":\"valt-site-plan\",\"version\":1,\"devices\":[{\"id\":\"x\",\"type\":\"router\"},"
                        + "{\"id\":\"c\",\"type\":\"camera\",\"mediaServer\":\"nope\"}]}");
        for (String command : List.of("flows", "export", "fmt")) {
            List<String> args = command.equals("export")
                    ? List.of(command, bad.toString(), "--out", dir.resolve("o").toString())
                    : List.of(command, bad.toString());
            CliRun run = CliRun.of(args.toArray(String[]::new));
            assertThat(run.status()).as(command).isEqualTo(2);
            assertThat(run.out()).isEmpty();
            assertThat(run.err().lines().toList())
                    .containsExactly(
                            bad
                                    + ": devices[0].type: unknown device type \"router\" (expected one of client, application-server,"
                                    + " media-server, camera, beam)",
                            bad + ": devices[1].mediaServer: no device has the id \"nope\"");
        }
        CliRun check = CliRun.of("check", bad.toString());
        assertThat(check.status()).isEqualTo(2);
        assertThat(check.out().lines().toList())
                .containsExactly(
                        "ERROR devices[0].type: unknown device type \"router\" (expected one of client, application-server,"
                                + " media-server, camera, beam)",
                        "ERROR devices[1].mediaServer: no device has the id \"nope\"");
        assertThat(check.err()).contains("bad.valt.json: 2 errors");
    }

    @Test
    void missingFileAndFolderAreClearMessages(@TempDir Path dir) {
        CliRun missing = CliRun.of("flows", dir.resolve("nope.valt.json").toString());
        assertThat(missing.status()).isEqualTo(2);
        assertThat(missing.err()).isEqualTo(dir.resolve("nope.valt.json") + ": no such file\n");
        CliRun folder = CliRun.of("check", dir.toString());
        assertThat(folder.status()).isEqualTo(2);
        assertThat(folder.out()).contains("this is a folder, not a site file");
    }

    @Test
    void fmtCheckReportsAndFmtRewritesIdempotently(@TempDir Path dir) throws Exception {
        Path site = dir.resolve("s.valt.json");
        Files.writeString(
                site,
                "{\"version\":1,\"format\":\"valt-site-plan\",\"devices\":[{\"type\":\"application-server\",\"id\":\"app\"}]}");
        assertThat(CliRun.of("fmt", site.toString(), "--check").status()).isEqualTo(1);
        assertThat(CliRun.of("fmt", site.toString()).status()).isZero();
        byte[] once = Files.readAllBytes(site);
        assertThat(new String(once, StandardCharsets.UTF_8)).startsWith("{\n  \"format\": \"valt-site-plan\",");
        assertThat(CliRun.of("fmt", site.toString(), "--check").status()).isZero();
        assertThat(CliRun.of("fmt", site.toString()).status()).isZero();
        assertThat(Files.readAllBytes(site)).isEqualTo(once);
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("s.valt.json");
        }
    }

    @Test
    void helpForEveryCommand() {
        CliRun help = CliRun.of("--help");
        assertThat(help.status()).isZero();
        assertThat(help.out()).contains("flows", "check", "export", "fmt", "import");
        for (String c : List.of("flows", "check", "export", "fmt", "import")) {
            CliRun run = CliRun.of(c, "--help");
            assertThat(run.status()).as(c).isZero();
            assertThat(run.out()).contains("Usage: valt-planner " + c);
        }
        assertThat(CliRun.of("flows").status()).isEqualTo(2);
    }

    @Test
    void exportWritesTheFilesIntoTheFolder(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("handoff");
        CliRun run = CliRun.of("export", "samples/clinic.valt.json", "--out", out.toString());
        assertThat(run.status()).isZero();
        assertThat(Files.readString(out.resolve("flows.csv"))).isEqualTo(golden("clinic.flows.csv"));
    }

    @Test
    void exportWarnsAboutALogoItHadToLeaveOut(@TempDir Path dir) throws Exception {
        String site = Files.readString(Path.of("samples/clinic.valt.json"))
                .replaceFirst("\"settings\": \\{", "\"settings\": {\n    \"logo\": \"no-such-logo.png\",");
        Path file = dir.resolve("clinic.valt.json");
        Files.writeString(file, site);
        CliRun run =
                CliRun.of("export", file.toString(), "--out", dir.resolve("out").toString());
        assertThat(run.status()).isZero();
        assertThat(run.err()).startsWith("warning: The logo ").contains("no-such-logo.png", "does not exist");
        assertThat(dir.resolve("out/handoff.pdf")).exists();
    }

    private static String golden(String name) throws Exception {
        return Files.readString(Path.of("src/test/resources/golden", name), StandardCharsets.UTF_8);
    }
}
