package com.valt.planner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.valt.planner.revision.Revision;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code diff} command on revision pairs made from the samples: exit status, and each format read back. */
class DiffCommandTest {
    private static final String HOSPITAL = "samples/hospital-zones.valt.json";
    private static final String PLAIN = "samples/university.valt.json";
    private static final String ZONED_HEADER = "change,rule,section,source,source_type,destination,destination_type,"
            + "transport,port,protocol,service,source_name,source_address,destination_name,destination_address,source_zone,destination_zone,firewalls";

    private static List<Map<String, String>> csv(String text) throws Exception {
        try (MappingIterator<Map<String, String>> it = new CsvMapper()
                .readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader())
                .readValues(text)) {
            return new ArrayList<>(it.readAll());
        }
    }

    @Test
    void renamedAndMovedOnlyExitsZeroAndSaysSo(@TempDir Path dir) {
        Path after = Revision.of(HOSPITAL)
                .edit("pc-debrief", n -> n.put("name", "Debrief 2").put("x", 3))
                .edit("cam-sim1-bed", n -> n.put("y", 40))
                .write(dir.resolve("b.valt.json"));
        CliRun run = CliRun.of("diff", HOSPITAL, after.toString());
        assertThat(run.status()).isZero();
        assertThat(run.out())
                .startsWith("no change for the firewall team; 2 devices renamed/moved\n")
                .contains("pc-debrief: renamed 'Debrief Room PC' -> 'Debrief 2', moved on the plan");
        CliRun csv = CliRun.of("diff", HOSPITAL, after.toString(), "--format", "csv");
        assertThat(csv.status()).isZero();
        assertThat(csv.out()).isEqualTo(ZONED_HEADER + "\n");
    }

    @Test
    void anAddedCameraExitsOneWithItsFlowsInEachFormat(@TempDir Path dir) throws Exception {
        Path after = Revision.of(HOSPITAL)
                .addDevice("{\"id\":\"cam-new\",\"type\":\"camera\",\"name\":\"New\","
                        + "\"address\":\"10.30.0.25\",\"mediaServer\":\"ms1\"}")
                .write(dir.resolve("b.valt.json"));
        CliRun table = CliRun.of("diff", HOSPITAL, after.toString());
        assertThat(table.status()).isEqualTo(1);
        assertThat(table.out())
                .contains("cam-new (camera, 10.30.0.25): added")
                .contains("+ R6r ms1 (10.20.0.11) -> cam-new (10.30.0.25) TCP 554 RTSP  via core:srv1>cam1")
                .contains("Firewall Core firewall (core)")
                .contains("destinations +10.30.0.25/32");

        CliRun csv = CliRun.of("diff", HOSPITAL, after.toString(), "--format", "csv");
        assertThat(csv.status()).isEqualTo(1);
        assertThat(csv.out().lines().findFirst()).contains(ZONED_HEADER);
        List<Map<String, String>> rows = csv(csv.out());
        assertThat(rows).isNotEmpty().allSatisfy(r -> {
            assertThat(r.get("change")).isEqualTo("added");
            assertThat(r.get("destination")).isEqualTo("cam-new");
            assertThat(r.get("source_zone")).isEqualTo("servers");
            assertThat(r.get("destination_zone")).isEqualTo("cameras");
            assertThat(r.get("firewalls")).isEqualTo("core:srv1>cam1");
        });
        assertThat(rows).extracting(r -> r.get("rule") + " " + r.get("port")).contains("R6 80", "R6r 554");

        CliRun json = CliRun.of("diff", HOSPITAL, after.toString(), "--format", "json");
        assertThat(json.status()).isEqualTo(1);
        JsonNode doc = new ObjectMapper().readTree(json.out());
        assertThat(doc.get("changed").asBoolean()).isTrue();
        assertThat(doc.get("flows_added")).hasSize(rows.size());
        assertThat(doc.get("flows_removed")).isEmpty();
        JsonNode core = doc.get("firewalls").get(0);
        assertThat(core.get("firewall").asText()).isEqualTo("core");
        assertThat(core.get("rules_changed")
                        .get(0)
                        .get("destinations_added")
                        .get(0)
                        .asText())
                .isEqualTo("10.30.0.25/32");
        assertThat(doc.get("causes").get(0).get("kind").asText()).isEqualTo("device-added");
    }

    @Test
    void aReaddressedDeviceIsARemovedAndAnAddedRowInTheCsv(@TempDir Path dir) throws Exception {
        Path after = Revision.of(HOSPITAL)
                .edit("pc-debrief", n -> n.put("address", "10.40.1.29"))
                .write(dir.resolve("b.valt.json"));
        CliRun csv = CliRun.of("diff", HOSPITAL, after.toString(), "--format", "csv");
        assertThat(csv.status()).isEqualTo(1);
        List<Map<String, String>> rows = csv(csv.out());
        assertThat(rows)
                .isNotEmpty()
                .allSatisfy(r -> assertThat(r.get("source")).isEqualTo("pc-debrief"));
        // each flow twice, removed then added, in the order of the flows CSV
        for (int i = 0; i < rows.size(); i += 2) {
            assertThat(rows.get(i).get("change")).isEqualTo("removed");
            assertThat(rows.get(i + 1).get("change")).isEqualTo("added");
            assertThat(rows.get(i + 1).get("destination")).isEqualTo(rows.get(i).get("destination"));
            assertThat(rows.get(i + 1).get("port")).isEqualTo(rows.get(i).get("port"));
        }
        CliRun table = CliRun.of("diff", HOSPITAL, after.toString());
        assertThat(table.out())
                .contains("pc-debrief: address 10.40.1.22 -> 10.40.1.29")
                .contains("sources +10.40.1.29/32 -10.40.1.22/32");
    }

    @Test
    void theCsvOfSitesWithoutZonesHasNoZoneColumns(@TempDir Path dir) throws Exception {
        Path after = Revision.of(PLAIN).settings(s -> s.put("ssl", false)).write(dir.resolve("b.valt.json"));
        CliRun csv = CliRun.of("diff", PLAIN, after.toString(), "--format", "csv");
        assertThat(csv.status()).isEqualTo(1);
        assertThat(csv.out().lines().findFirst())
                .contains("change,rule,section,source,source_type,destination,"
                        + "destination_type,transport,port,protocol,service,source_name,source_address,destination_name,"
                        + "destination_address");
        List<Map<String, String>> rows = csv(csv.out());
        assertThat(rows).extracting(r -> r.get("change")).contains("added", "removed");
        assertThat(rows)
                .filteredOn(r -> r.get("change").equals("removed"))
                .extracting(r -> r.get("protocol"))
                .contains("HTTPS");
        CliRun table = CliRun.of("diff", PLAIN, after.toString());
        assertThat(table.out()).contains("settings: SSL on -> off");
    }

    @Test
    void aBadSiteExitsTwoNamingTheFile(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("broken.valt.json");
        Files.writeString(bad, "{\"format\": \"valt-site-plan\", \"version\": 1, \"devices\": [{\"id\": 3}]}");
        CliRun run = CliRun.of("diff", HOSPITAL, bad.toString());
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err())
                .contains("broken.valt.json")
                .doesNotContain("Exception")
                .doesNotContain("\tat ");
        assertThat(run.out()).isEmpty();
        CliRun missing = CliRun.of("diff", dir.resolve("gone.valt.json").toString(), HOSPITAL);
        assertThat(missing.status()).isEqualTo(2);
        assertThat(missing.err()).contains("gone.valt.json").doesNotContain("Exception");
    }

    @Test
    void helpNamesTheFormatsAndExitStatuses() {
        CliRun run = CliRun.of("diff", "--help");
        assertThat(run.status()).isZero();
        assertThat(run.out())
                .contains("OLD")
                .contains("NEW")
                .contains("table (default), csv or json")
                .contains("no change for the firewall team")
                .contains("flows or rules changed");
    }
}
