package com.valt.planner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The {@code rules} command's refusals and its output on a site without firewalls. */
class RulesCommandTest {
    private static final String UNIVERSITY = "samples/university.valt.json";

    @Test
    void csvOfASiteWithoutFirewallsIsTheHeaderAlone() {
        CliRun run = CliRun.of("rules", UNIVERSITY, "--format", "csv");
        assertThat(run.status()).isZero();
        assertThat(run.out())
                .isEqualTo("firewall,rule,in_interface,out_interface,transport,sources,destinations,"
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

    private static final String HOSPITAL = "samples/hospital-zones.valt.json";

    @Test
    void csvOfAZonedSiteHasOneRowPerRuleOfEveryFirewall() throws Exception {
        CliRun run = CliRun.of("rules", HOSPITAL, "--format", "csv");
        assertThat(run.status()).isZero();
        com.valt.planner.ruleset.RuleSets sets = com.valt.planner.ruleset.RuleSets.of(
                new com.valt.planner.engine.FlowEngine(com.valt.planner.io.CatalogLoader.loadDefault())
                        .compute(com.valt.planner.io.SiteFileReader.read(Path.of(HOSPITAL))));
        java.io.ByteArrayOutputStream expected = new java.io.ByteArrayOutputStream();
        com.valt.planner.export.RulesCsv.write(sets.sets(), expected);
        assertThat(run.out()).isEqualTo(expected.toString(java.nio.charset.StandardCharsets.UTF_8));
        String[] lines = run.out().split("\n");
        assertThat(lines)
                .hasSize(
                        1 + sets.sets().stream().mapToInt(s -> s.rules().size()).sum());
        assertThat(lines)
                .contains("core,3,staff1,srv1,TCP,10.40.1.21/32 10.40.1.22/32 10.40.7.9/32 fd00:40::21/128,"
                        + "10.20.0.10/31 10.20.0.12/32,444 8000 20100,R2s R3 R4,36");
        assertThat(run.err()).contains("NOTE firewalls[1]").contains("ipad1, ipad2");
    }

    @Test
    void oneFirewallDefaultsToItsPlatformsSyntaxAndGivesATableOnRequest() {
        CliRun nft = CliRun.of("rules", HOSPITAL, "--firewall", "core");
        assertThat(nft.status()).isZero();
        assertThat(nft.out())
                .contains("table inet valt")
                .contains("chain forward")
                .doesNotContain("firewall edge");
        CliRun run = CliRun.of("rules", HOSPITAL, "--firewall", "core", "--format", "table");
        assertThat(run.status()).isZero();
        assertThat(run.out())
                .startsWith("core: Core firewall (nftables), 8 rules\n")
                .doesNotContain("edge:");
        assertThat(run.out()).contains("valt-wifi-beam").contains("rule 7: no address");
        assertThat(run.err()).contains("NOTE firewalls[1]").doesNotContain("firewalls[0]");
        CliRun all = CliRun.of("rules", HOSPITAL);
        assertThat(all.out())
                .contains("edge: Edge firewall (fortigate), 4 rules")
                .contains("core: Core firewall");
    }

    @Test
    void exportWritesACsvPerFilteringFirewall(@TempDir Path dir) throws Exception {
        CliRun run = CliRun.of("export", HOSPITAL, "--out", dir.toString());
        assertThat(run.status()).isZero();
        assertThat(dir.resolve("firewall-edge.csv")).exists();
        assertThat(Files.readString(dir.resolve("firewall-core.csv")))
                .isEqualTo(CliRun.of("rules", HOSPITAL, "--firewall", "core", "--format", "csv")
                        .out());
    }

    @Test
    void helpNamesTheFormats() {
        CliRun run = CliRun.of("rules", "--help");
        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("--firewall").contains("table or csv").contains("nftables");
    }
}
