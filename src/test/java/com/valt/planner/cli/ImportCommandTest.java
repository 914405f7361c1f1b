package com.valt.planner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.valt.planner.domain.Device;
import com.valt.planner.domain.DeviceType;
import com.valt.planner.domain.Site;
import com.valt.planner.io.SiteFileReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code import SITE DEVICES.csv [--skip-bad]} as cli.md says: exit 0, 1 or 2, and nothing half-written. */
class ImportCommandTest {
    @TempDir
    Path dir;

    private Path clinic() throws Exception {
        return Files.copy(
                Path.of("samples/clinic.valt.json"),
                dir.resolve("clinic.valt.json"),
                StandardCopyOption.REPLACE_EXISTING);
    }

    private Path csv(String text) throws Exception {
        return Files.writeString(dir.resolve("devices.csv"), text, StandardCharsets.UTF_8);
    }

    @Test
    void allRowsGoodImportsThemAtomicallyAndExitsZero() throws Exception {
        Path site = clinic();
        byte[] before = Files.readAllBytes(site);
        CliRun run = CliRun.of(
                "import",
                site.toString(),
                csv("Name;Type;IP\nLobby;camera;192.168.10.120\nDesk 2;pc;192.168.10.52\n")
                        .toString());
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("imported 2 devices into " + site);
        Site after = SiteFileReader.read(site);
        assertThat(after.device("lobby")).map(Device::type).contains(DeviceType.CAMERA);
        assertThat(after.device("desk-2")).map(Device::address).contains("192.168.10.52");
        assertThat(Files.readAllBytes(dir.resolve("clinic.valt.json.bak"))).isEqualTo(before);
        try (var files = Files.list(dir)) {
            assertThat(files).noneMatch(p -> p.getFileName().toString().startsWith(".valt-tmp-"));
        }
        // The file is in canonical form: fmt --check has nothing to do.
        assertThat(CliRun.of("fmt", site.toString(), "--check").status()).isZero();
    }

    @Test
    void aBadRowMeansNothingIsWrittenAndEveryBadRowIsListed() throws Exception {
        Path site = clinic();
        byte[] before = Files.readAllBytes(site);
        Path devices = csv("name,type,address\nGood,camera,192.168.10.120\nBad,camra,192.168.10.121\n"
                + "Dup,camera,192.168.10.101\n");
        CliRun run = CliRun.of("import", site.toString(), devices.toString());
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err())
                .contains(
                        devices + ": line 3: Bad: unknown type \"camra\" (did you mean camera?)",
                        devices + ": line 4: Dup: address 192.168.10.101 is already used by Exam Room 1 (cam1)",
                        "nothing imported: 2 of 3 rows rejected (fix them, or use --skip-bad to import the other 1)");
        assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(Files.readAllBytes(site)).isEqualTo(before);
        assertThat(dir.resolve("clinic.valt.json.bak")).doesNotExist();
    }

    @Test
    void skipBadImportsTheGoodRowsAndStillExitsOne() throws Exception {
        Path site = clinic();
        CliRun run = CliRun.of(
                "import",
                site.toString(),
                csv("name,type\nGood,camera\nBad,toaster\n").toString(),
                "--skip-bad");
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).contains("line 3: Bad: unknown type \"toaster\"");
        assertThat(run.out()).contains("imported 1 device into", "; 1 row skipped");
        assertThat(SiteFileReader.read(site).device("good")).isPresent();
    }

    @Test
    void aBadSiteOrAnUnreadableSpreadsheetExitsTwoWithoutAStackTrace() throws Exception {
        Path site = clinic();
        byte[] before = Files.readAllBytes(site);
        CliRun missing =
                CliRun.of("import", site.toString(), dir.resolve("nope.csv").toString());
        assertThat(missing.status()).isEqualTo(2);
        assertThat(missing.err()).contains("nope.csv: cannot be read");
        CliRun noType = CliRun.of(
                "import", site.toString(), csv("name,address\nA,10.0.0.1\n").toString());
        assertThat(noType.status()).isEqualTo(2);
        assertThat(noType.err()).contains("devices.csv: line 1: no column for the device type");
        CliRun folder = CliRun.of("import", site.toString(), dir.toString());
        assertThat(folder.status()).isEqualTo(2);
        Path broken = Files.writeString(dir.resolve("broken.valt.json"), "{ not json");
        CliRun badSite = CliRun.of(
                "import", broken.toString(), csv("name,type\nA,camera\n").toString());
        assertThat(badSite.status()).isEqualTo(2);
        assertThat(badSite.err()).contains("broken.valt.json");
        for (CliRun r : new CliRun[] {missing, noType, folder, badSite}) {
            assertThat(r.err()).doesNotContain("\tat ");
        }
        assertThat(Files.readAllBytes(site)).isEqualTo(before);
    }

    @Test
    void helpNamesTheExitStatuses() {
        CliRun run = CliRun.of("import", "--help");
        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("--skip-bad", "rows rejected");
    }
}
