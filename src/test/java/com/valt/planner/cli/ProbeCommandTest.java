package com.valt.planner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.valt.planner.probe.Loopback;
import com.valt.planner.probe.ProbeReport;
import com.valt.planner.probe.ResultFile;
import com.valt.planner.probe.Verdict;
import com.valt.planner.testing.LabSites;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/** probe and listen on the command line, on sites whose addresses are all on loopback (or dry runs). */
class ProbeCommandTest {
    @TempDir
    Path dir;

    static List<List<String>> csv(String text) throws Exception {
        CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
        try (MappingIterator<List<String>> it =
                mapper.readerForListOf(String.class).readValues(text)) {
            return it.readAll();
        }
    }

    /** The loopback site with zones: pc1 in staff, app in servers, a core firewall between them. */
    Path zoned() throws Exception {
        return LabSites.write(dir.resolve("zoned.valt.json"), """
                {
                  "format": "valt-site-plan",
                  "version": 2,
                  "site": { "name": "Zoned loopback", "revision": "Z1" },
                  "settings": { "ssl": false, "onlineUpdates": false, "wowzaKey": "physical" },
                  "zones": [
                    { "id": "servers", "networks": ["127.0.0.2/32"] },
                    { "id": "staff", "networks": ["127.0.0.3/32", "127.0.0.5/32"] },
                    { "id": "cameras", "networks": ["127.0.0.4/32"] }
                  ],
                  "firewalls": [
                    { "id": "core", "platform": "nftables", "interfaces": [ { "name": "srv1", "zone": "servers" },
                      { "name": "staff1", "zone": "staff" }, { "name": "cam1", "zone": "cameras" } ] }
                  ],
                  "devices": [
                    { "id": "app", "type": "application-server", "address": "127.0.0.2" },
                    { "id": "pc1", "type": "client", "address": "127.0.0.3" },
                    { "id": "cam1", "type": "camera", "address": "127.0.0.4", "mediaServer": "app" }
                  ]
                }
                """);
    }

    @Test
    void csvHasTheSpecColumnsAndTheFirewallsOnEachPathAndTheExitSaysAllPass() throws Exception {
        try (Loopback lo = new Loopback()) {
            assertThat(lo.listen("127.0.0.2", 8000)).isTrue();
            CliRun run = CliRun.of("probe", zoned().toString(), "--as", "pc1", "--format", "csv", "--firewall", "core");
            assertThat(run.err()).isEmpty();
            assertThat(run.status()).isZero();
            List<List<String>> rows = csv(run.out());
            assertThat(rows.get(0))
                    .containsExactly(
                            "rule",
                            "destination",
                            "address",
                            "transport",
                            "port",
                            "result",
                            "ms",
                            "firewalls",
                            "message");
            assertThat(rows).hasSize(5);
            assertThat(rows.get(3).subList(0, 6)).containsExactly("R3", "app", "127.0.0.2", "TCP", "8000", "open");
            assertThat(rows.subList(1, 5)).allSatisfy(r -> assertThat(r.get(7)).isEqualTo("core:staff1>srv1"));
            assertThat(rows.get(1).subList(5, 6)).containsExactly("closed");
            assertThat(rows.get(1).get(8)).containsIgnoringCase("refused");
        }
    }

    @Test
    void firewallKeepsOnlyTheFlowsCrossingItOnTheZonedSample() throws Exception {
        // A dry run: tries nothing, so the sample's own addresses are safe to name here.
        CliRun all = CliRun.of("probe", "samples/hospital-zones.valt.json", "--as", "app", "--dry-run");
        CliRun edge = CliRun.of(
                "probe", "samples/hospital-zones.valt.json", "--as", "app", "--dry-run", "--firewall", "edge");
        assertThat(all.status()).isZero();
        assertThat(edge.status()).isZero();
        List<String> edgeLines = edge.out().lines().skip(1).toList();
        assertThat(edgeLines).isNotEmpty().allSatisfy(l -> assertThat(l).contains("edge:"));
        assertThat(all.out().lines().count()).isGreaterThan(edge.out().lines().count());
        assertThat(all.out().lines().skip(1).filter(l -> l.contains("edge:")).toList())
                .isEqualTo(edgeLines);
        CliRun unknown = CliRun.of("probe", "samples/hospital-zones.valt.json", "--as", "app", "--firewall", "egde");
        assertThat(unknown.status()).isEqualTo(2);
        assertThat(unknown.err())
                .contains("no firewall has the id \"egde\" (firewalls: edge, core)")
                .doesNotContain("\tat ");
    }

    @Test
    void dryRunListsWhatWouldBeTriedAndTriesNothing() throws Exception {
        try (Loopback lo = new Loopback()) {
            assertThat(lo.listen("127.0.0.2", 8000)).isTrue();
            CliRun run = CliRun.of("probe", LabSites.loopback(dir, null, false).toString(), "--as", "pc1", "--dry-run");
            assertThat(run.status()).isZero();
            assertThat(run.out())
                    .startsWith("Would try 4 flows of pc1 from 127.0.0.3")
                    .contains("nothing was tried")
                    .contains("  R3 app 127.0.0.2 TCP 8000");
            Thread.sleep(200);
            assertThat(lo.peers).isEmpty();
        }
    }

    @Test
    void unknownDeviceNoFlowsAndMissingAddressAreClearWithNoStackTrace() throws Exception {
        Path site = LabSites.loopback(dir, null, true);
        CliRun unknown = CliRun.of("probe", site.toString(), "--as", "PC1");
        assertThat(unknown.status()).isEqualTo(2);
        assertThat(unknown.err().strip()).isEqualTo(site + ": no device has the id \"PC1\"; did you mean pc1?");
        CliRun camera = CliRun.of("probe", site.toString(), "--as", "cam1");
        assertThat(camera.status()).isEqualTo(2);
        assertThat(camera.err()).contains("cam1 (Room 1, ").contains("opens no connection in this plan");
        CliRun missing = CliRun.of("probe", site.toString(), "--as", "pc1", "--timeout", "500ms", "--format", "json");
        assertThat(missing.status()).as("ms1 has no address: its flows fail").isEqualTo(1);
        assertThat(missing.err()).contains("warning: ms1 has no address in the plan: R");
        Path json = dir.resolve("r.json");
        Files.writeString(json, missing.out());
        ProbeReport report = ResultFile.read(json);
        assertThat(report.device()).isEqualTo("pc1");
        assertThat(report.failures()).isNotEmpty().allSatisfy(l -> {
            assertThat(l.destination()).isEqualTo("ms1");
            assertThat(l.result()).isEqualTo(Verdict.ERROR);
        });
        CliRun badTime = CliRun.of("probe", site.toString(), "--as", "pc1", "--timeout", "soon");
        assertThat(badTime.status()).isEqualTo(2);
        assertThat(badTime.err()).contains("\"soon\" is not a duration").doesNotContain("\tat ");
        CliRun badSite = CliRun.of("probe", dir.resolve("nope.valt.json").toString(), "--as", "pc1");
        assertThat(badSite.status()).isEqualTo(2);
    }

    @Test
    void junitXmlHasOneCaseAFlowAndAFailurePerFailingFlowAndOutWritesTheFile() throws Exception {
        Path out = dir.resolve("probe.xml");
        CliRun run = CliRun.of(
                "probe",
                LabSites.loopback(dir, null, true).toString(),
                "--as",
                "pc1",
                "--format",
                "junit",
                "--out",
                out.toString(),
                "--timeout",
                "500ms");
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains(out + ": ");
        Document xml = DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(new ByteArrayInputStream(Files.readAllBytes(out)));
        var suite = xml.getDocumentElement();
        assertThat(suite.getTagName()).isEqualTo("testsuite");
        int cases = xml.getElementsByTagName("testcase").getLength();
        int failures = xml.getElementsByTagName("failure").getLength();
        assertThat(suite.getAttribute("tests")).isEqualTo(Integer.toString(cases));
        assertThat(suite.getAttribute("failures")).isEqualTo(Integer.toString(failures));
        assertThat(cases).isGreaterThan(failures);
        assertThat(failures).isPositive();
        assertThat(((org.w3c.dom.Element) xml.getElementsByTagName("failure").item(0)).getAttribute("type"))
                .isEqualTo("error");
    }

    @Test
    void listenAnswersWithTheFlowAndStopsByItself() throws Exception {
        Path site = LabSites.loopback(dir, null, false);
        CompletableFuture<CliRun> listen =
                CompletableFuture.supplyAsync(() -> CliRun.of("listen", site.toString(), "--as", "app", "--for", "3s"));
        String line = null;
        for (int i = 0; i < 40 && line == null; i++) {
            Thread.sleep(100);
            try (Socket s = new Socket()) {
                s.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.3"), 0));
                s.connect(new InetSocketAddress("127.0.0.2", 20100), 500);
                s.setSoTimeout(2000);
                line = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8)).readLine();
            } catch (java.io.IOException notYet) {
                // the listener is still starting
            }
        }
        assertThat(line).isEqualTo("VALT Site Planner: R4 pc1 -> app TCP 20100 reached");
        CliRun run = listen.get(20, TimeUnit.SECONDS);
        assertThat(run.status()).isZero();
        assertThat(run.out())
                .contains("Listening as app on 127.0.0.2, TCP ")
                .contains("for 3s")
                .contains("TCP 20100 from 127.0.0.3: R4 pc1 -> app TCP 20100 reached")
                .endsWith("Stopped listening.\n");
        CliRun camera = CliRun.of("listen", site.toString(), "--as", "pc1", "--for", "1s");
        assertThat(camera.status()).isEqualTo(2);
        assertThat(camera.err()).contains("pc1 (Control PC) accepts no TCP connection in this plan");
    }

    @Test
    void exportWithProbeResultsAddsTheChapterAndABadResultFileIsNamed() throws Exception {
        Path site = LabSites.loopback(dir, null, true);
        Path result = dir.resolve("pc1.json");
        CliRun probe = CliRun.of(
                "probe",
                site.toString(),
                "--as",
                "pc1",
                "--format",
                "json",
                "--out",
                result.toString(),
                "--timeout",
                "500ms");
        assertThat(probe.status()).isEqualTo(1);
        CliRun export = CliRun.of(
                "export",
                site.toString(),
                "--out",
                dir.resolve("out").toString(),
                "--probe",
                result.toString(),
                "--probe",
                result.toString());
        assertThat(export.err()).isEmpty();
        assertThat(export.status()).isZero();
        try (var doc =
                org.apache.pdfbox.Loader.loadPDF(dir.resolve("out/handoff.pdf").toFile())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
            assertThat(text).contains("Commissioning report");
            assertThat(text.split("Standing in for pc1", -1)).hasSize(3);
        }
        for (String hostile : List.of(
                "",
                "[]",
                "{\"format\":\"valt-site-plan\"}",
                "\u0000\u0000e\u0000\n",
                "{\"format\":\"valt-probe-result\",\"version\":1,\"device\":\"pc1\",\"started\":\"x\","
                        + "\"timeoutMs\":2000,\"flows\":[{\"rule\":\"R1\",\"destination\":\"app\",\"transport\":\"TCP\","
                        + "\"port\":99999,\"result\":\"open\",\"ms\":1}]}")) {
            Path bad = dir.resolve("bad.json");
            Files.writeString(bad, hostile);
            CliRun run = CliRun.of(
                    "export", site.toString(), "--out", dir.resolve("out2").toString(), "--probe", bad.toString());
            assertThat(run.status()).as(hostile).isEqualTo(2);
            assertThat(run.err())
                    .as(hostile)
                    .startsWith(bad + ": ")
                    .doesNotContain("\tat ")
                    .hasLineCount(1);
            assertThat(dir.resolve("out2/handoff.pdf")).doesNotExist();
        }
    }
}
