package com.valt.planner.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The {@code rules} command's refusals and its output on a site without firewalls. */
class RulesCommandTest {
    private static final String UNIVERSITY = "samples/university.valt.json";

    @Test
    void csvOfASiteWithoutFirewallsIsTheHeaderAlone() {
        CliRun run = CliRun.of("rules", UNIVERSITY, "--format", "csv");
        assertThat(run.status()).isZero();
        assertThat(run.out()).isEqualTo("firewall,rule,in_interface,out_interface,transport,sources,destinations,"
                + "ports,catalog_rules,flows\n");
        assertThat(run.err()).contains("no firewalls");
    }

    @ParameterizedTest
    @ValueSource(strings = {"nftables", "iptables", "asa", "fortigate", "panos"})
    void aPlatformSyntaxWritesOneFirewallsFileWithItsHeader(String format) {
        CliRun run = CliRun.of("rules", "samples/hospital-zones.valt.json", "--firewall", "core", "--format", format);
        assertThat(run.status()).as(run.err()).isZero();
        String comment = format.equals("asa") ? "! " : "# ";
        assertThat(run.out()).startsWith(comment + "VALT Site Planner: ").contains("rules for firewall core");
        CliRun all = CliRun.of("rules", "samples/hospital-zones.valt.json", "--format", format);
        assertThat(all.status()).isEqualTo(2);
        assertThat(all.err()).contains("add --firewall ID");
    }

    @Test
    void eachFirewallsOwnPlatformIsTheDefaultFormat() {
        CliRun run = CliRun.of("rules", "samples/hospital-zones.valt.json", "--firewall", "core");
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("table inet valt {}", "policy drop;");
    }

    @Test
    void anUnknownFormatOrFirewallIsRefused() {
        CliRun format = CliRun.of("rules", UNIVERSITY, "--format", "cisco");
        assertThat(format.status()).isEqualTo(2);
        assertThat(format.err()).contains("unknown format 'cisco'").doesNotContain("Exception");
        CliRun firewall = CliRun.of("rules", UNIVERSITY, "--firewall", "core");
        assertThat(firewall.status()).isEqualTo(2);
        assertThat(firewall.err()).contains("no firewall 'core'").doesNotContain("Exception");
    }

    @Test
    void aBadSiteIsRefusedWithItsProblems(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.valt.json");
        Files.writeString(bad, "{\"format\": \"valt-site-plan\", \"version\": 1, \"devices\": [{\"id\": 3}]}");
        CliRun run = CliRun.of("rules", bad.toString());
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("bad.valt.json").doesNotContain("Exception");
        CliRun missing = CliRun.of("rules", dir.resolve("none.valt.json").toString());
        assertThat(missing.status()).isEqualTo(2);
    }

    @Test
    void helpNamesTheFormats() {
        CliRun run = CliRun.of("rules", "--help");
        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("--firewall").contains("table or csv").contains("nftables");
    }
}
