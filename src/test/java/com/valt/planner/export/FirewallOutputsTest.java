package com.valt.planner.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.valt.planner.domain.Site;
import com.valt.planner.engine.FlowResult;
import com.valt.planner.export.all.Exporters;
import com.valt.planner.export.html.MatricesHtml;
import com.valt.planner.export.pdf.HandoffPdf;
import com.valt.planner.ruleset.Bridge;
import com.valt.planner.ruleset.FirewallRule;
import com.valt.planner.ruleset.FirewallRuleSet;
import com.valt.planner.ruleset.HandRoutes;
import com.valt.planner.ruleset.RuleSets;
import com.valt.planner.ruleset.ZonedSites;
import com.valt.planner.testing.SiteGenerator;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The firewall CSVs, and the firewall chapters of the HTML and the PDF, read back from the real files. */
class FirewallOutputsTest {
    private static Site site;
    private static RuleSets sets;

    @BeforeAll
    static void zonedSite() {
        site = ZonedSites.zoned(SiteGenerator.generate(SiteGenerator.Spec.of(120, 3, 20, 9)), false);
        FlowResult result = ExportFixtures.ENGINE.compute(site);
        sets = Bridge.ruleSets(result, new HandRoutes(site, ZonedSites.fixedZones(site)));
    }

    private static ExportInput input() {
        return new ExportInput(ExportFixtures.ENGINE.compute(site), null, ExportFixtures.DATE).withRuleSets(sets);
    }

    @Test
    void eachFilteringFirewallGetsItsCsvWithTheSpecHeaderAndOneRowPerRule(@TempDir Path dir) throws Exception {
        List<Path> written = Exporters.writeAll(input(), dir);
        assertThat(written)
                .extracting(p -> p.getFileName().toString())
                .contains("flows.csv", "handoff.pdf", "firewall-edge.csv", "firewall-core.csv");
        FirewallRuleSet core = sets.set("core").orElseThrow();
        assertThat(core.rules()).isNotEmpty();
        CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
        try (MappingIterator<List<String>> it =
                mapper.readerForListOf(String.class).readValues(Files.readString(dir.resolve("firewall-core.csv")))) {
            List<List<String>> rows = it.readAll();
            assertThat(rows.get(0))
                    .containsExactly(
                            "firewall",
                            "rule",
                            "in_interface",
                            "out_interface",
                            "transport",
                            "sources",
                            "destinations",
                            "ports",
                            "catalog_rules",
                            "flows");
            assertThat(rows).hasSize(core.rules().size() + 1);
            for (FirewallRule r : core.rules()) {
                assertThat(rows.get(r.number()))
                        .containsExactly(
                                "core",
                                Integer.toString(r.number()),
                                r.inInterface(),
                                r.outInterface(),
                                r.transport(),
                                String.join(" ", r.sources().members()),
                                String.join(" ", r.destinations().members()),
                                RulesCsv.ports(r),
                                r.catalogRulesText(),
                                Integer.toString(r.flows()));
            }
        }
    }

    @Test
    void eachFilteringFirewallGetsItsPlatformFileAndTheChaptersNameIt(@TempDir Path dir) throws Exception {
        Exporters.writeAll(input(), dir);
        for (String id : List.of("edge", "core")) {
            FirewallRuleSet set = sets.set(id).orElseThrow();
            var syntax = com.valt.planner.syntax.Syntaxes.forPlatform(
                            set.firewall().platform())
                    .orElseThrow();
            Path file = dir.resolve("firewall-" + id + syntax.fileSuffix());
            assertThat(Files.readString(file)).isEqualTo(syntax.write(site, set));
            assertThat(Files.readString(dir.resolve("matrices.html")))
                    .contains(file.getFileName().toString());
        }
        assertThat(dir.resolve("firewall-core.nft")).exists();
        assertThat(dir.resolve("firewall-edge.fortigate.txt")).exists();
    }

    @Test
    void aSiteWithoutZonesExportsNoFirewallFiles(@TempDir Path dir) throws Exception {
        List<Path> written = Exporters.writeAll(ExportFixtures.input(ExportFixtures.sample("university")), dir);
        assertThat(written)
                .extracting(p -> p.getFileName().toString())
                .containsExactly(
                        "flows.csv",
                        "matrices.html",
                        "topology.svg",
                        "topology.graphml",
                        "topology.dot",
                        "topology.png",
                        "handoff.pdf");
    }

    @Test
    void theHtmlListsZonesEachFirewallsRulesObjectsAndExceptions() throws Exception {
        Document doc =
                Jsoup.parse(new String(ExportFixtures.export(new MatricesHtml(), input()), StandardCharsets.UTF_8));
        assertThat(doc.select("h2").eachText())
                .contains(
                        "Zones",
                        "Firewall edge: Edge firewall",
                        "Firewall core: Core firewall core",
                        "Flows with no path");
        assertThat(doc.select("table.zones tbody tr td:eq(0)").eachText())
                .containsExactly("servers", "cameras", "staff", "wifi", "internet");
        Element core = doc.getElementById("firewall-core");
        assertThat(core).isNotNull();
        FirewallRuleSet set = sets.set("core").orElseThrow();
        Element rules = core.nextElementSiblings().select("table.rules").first();
        assertThat(rules.select("tbody tr")).hasSize(set.rules().size());
        FirewallRule first = set.rules().get(0);
        // The core is an nftables firewall: its sets are named as firewall-core.nft names them ('_', one per family).
        assertThat(set.firewall().platform()).isEqualTo(com.valt.planner.domain.Platform.NFTABLES);
        String nft = new com.valt.planner.syntax.NftablesSyntax().write(site, set);
        List<String> cells = rules.select("tbody tr").first().select("td").eachText();
        assertThat(cells)
                .containsExactly(
                        "1",
                        first.inInterface(),
                        first.outInterface(),
                        first.transport(),
                        cells.get(4),
                        cells.get(5),
                        RulesCsv.ports(first),
                        first.catalogRulesText(),
                        Integer.toString(first.flows()));
        assertThat(cells.get(4)).startsWith(first.sources().name().replace('-', '_') + "_v4");
        assertThat(cells.get(5)).startsWith(first.destinations().name().replace('-', '_') + "_v4");
        assertThat(nft)
                .contains(
                        "saddr @" + cells.get(4).split(" ")[0],
                        "daddr @" + cells.get(5).split(" ")[0]);
        assertThat(core.nextElementSiblings().select("table.objects").first().text())
                .contains("valt_clients_v4", "valt-clients");
        assertThat(core.nextElementSiblings().select("ul.exceptions").first().text())
                .contains("no address");
        assertThat(doc.select("p.empty").eachText()).contains("Every flow has a path through the zones.");
    }

    @Test
    void thePdfHasAChapterPerFirewallWithItsRules() throws Exception {
        byte[] pdf = ExportFixtures.export(new HandoffPdf(), input());
        String text = PdfChecks.text(pdf);
        assertThat(text)
                .contains("Zones")
                .contains("Firewall core: Core firewall core")
                .contains("Firewall edge: Edge firewall")
                .contains("valt-update-mirrors")
                .contains("Exceptions");
        FirewallRuleSet core = sets.set("core").orElseThrow();
        for (FirewallRule r : core.rules()) {
            assertThat(text).contains(r.sources().name()).contains(r.catalogRulesText());
        }
        assertThat(PdfChecks.veraPdfFailures(pdf)).isEmpty();
        Files.write(Path.of("target", "firewall-chapters.pdf"), pdf);
    }

    @Test
    void aSiteWhoseZonesNoFirewallJoinsListsTheFlowsWithNoPath() throws Exception {
        Site split = site.withFirewalls(List.of(ZonedSites.edge()));
        FlowResult result = ExportFixtures.ENGINE.compute(split);
        RuleSets noCore = Bridge.ruleSets(result, new HandRoutes(split, ZonedSites.fixedZones(split)));
        assertThat(noCore.unroutable()).isNotEmpty();
        ExportInput in = new ExportInput(result, null, ExportFixtures.DATE).withRuleSets(noCore);
        Document doc = Jsoup.parse(new String(ExportFixtures.export(new MatricesHtml(), in), StandardCharsets.UTF_8));
        Element h = doc.getElementById("unroutable");
        assertThat(h.nextElementSibling().text()).startsWith(noCore.unroutable().size() + " flows join zones");
        String pdf = PdfChecks.text(ExportFixtures.export(new HandoffPdf(), in));
        assertThat(pdf)
                .contains("Flows with no path")
                .contains(noCore.unroutable().size() + " flows join zones");
    }
}
