package com.valt.planner.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.valt.planner.domain.Device;
import com.valt.planner.domain.Firewall;
import com.valt.planner.domain.Platform;
import com.valt.planner.domain.Site;
import com.valt.planner.export.html.MatricesHtml;
import com.valt.planner.export.pdf.HandoffPdf;
import com.valt.planner.ruleset.FirewallRule;
import com.valt.planner.ruleset.FirewallRuleSet;
import com.valt.planner.syntax.RuleSyntax;
import com.valt.planner.syntax.Syntaxes;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Issue 11, item 6: the handoff's firewall chapter (PDF and HTML) shows each rule with the names its platform
 * file gives the objects, services, rules and interfaces, so the firewall engineer can match the handoff against
 * what they paste. Checked on real output: the names are read back from the HTML and the PDF and looked up, as
 * whole words, in the platform file that the same export writes.
 */
class PlatformNamesHandoffTest {
    /** A media server id long enough that FortiGate's 35-character names must shorten its cameras' object. */
    static final String LONG_ID = "media-server-2-in-the-intensive-care-unit";

    /** The zoned hospital sample with its core firewall on {@code platform} and ms2 renamed to {@link #LONG_ID}. */
    static Site hospital(Platform platform) throws Exception {
        Site site = ExportFixtures.sample("hospital-zones");
        List<Device> devices = new ArrayList<>();
        for (Device d : site.devices()) {
            Device n = d.id().equals("ms2") ? d.withId(LONG_ID) : d;
            devices.add("ms2".equals(n.mediaServer()) ? n.withMediaServer(LONG_ID) : n);
        }
        List<Firewall> firewalls = site.firewalls().stream()
                .map(f -> f.id().equals("core")
                        ? new Firewall(f.id(), f.name(), platform, f.interfaces(), f.x(), f.y(), f.extras())
                        : f)
                .toList();
        return site.withDevices(devices).withFirewalls(firewalls);
    }

    @ParameterizedTest
    @EnumSource(
            value = Platform.class,
            names = {"NFTABLES", "IPTABLES", "ASA", "FORTIGATE", "PANOS"})
    void theHtmlAndPdfShowTheRulesWithTheNamesOfThePlatformFile(Platform platform) throws Exception {
        Site site = hospital(platform);
        ExportInput input = ExportFixtures.input(site);
        FirewallRuleSet set = input.ruleSets().set("core").orElseThrow();
        RuleSyntax syntax = Syntaxes.forPlatform(platform).orElseThrow();
        String file = new String(
                ExportFixtures.export(new FirewallSyntaxFile("core", syntax), input), StandardCharsets.UTF_8);
        String fileName = "firewall-core" + syntax.fileSuffix();

        Document html =
                Jsoup.parse(new String(ExportFixtures.export(new MatricesHtml(), input), StandardCharsets.UTF_8));
        Element core = html.getElementById("firewall-core");
        Element rules = core.nextElementSiblings().select("table.rules").first();
        List<String> head = rules.select("thead th").eachText();
        List<Element> rows = rules.select("tbody tr");
        assertThat(rows).hasSize(set.rules().size());
        List<String> shown = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            FirewallRule r = set.rules().get(i);
            List<String> cells = rows.get(i).select("td").eachText();
            String in = cells.get(head.indexOf("In"));
            String out = cells.get(head.indexOf("Out"));
            String sources = cells.get(head.indexOf("Sources"));
            String destinations = cells.get(head.indexOf("Destinations"));
            assertThat(word(file, in))
                    .as(platform + " rule " + r.number() + " in: " + in)
                    .isTrue();
            assertThat(word(file, out))
                    .as(platform + " rule " + r.number() + " out: " + out)
                    .isTrue();
            if (platform == Platform.IPTABLES) {
                // no objects in an iptables file: the plan's names, and the chapter says so
                assertThat(sources).isEqualTo(r.sources().name());
                continue;
            }
            for (String side : List.of(sources, destinations)) {
                for (String name : side.split(" ")) {
                    boolean hostNames = r.sources().isHostNames() && side.equals(sources)
                            || r.destinations().isHostNames() && side.equals(destinations);
                    if (platform == Platform.NFTABLES && hostNames) {
                        continue; // nft matches outside hosts by interface: no set, the plan's name
                    }
                    assertThat(word(file, name))
                            .as(platform + " rule " + r.number() + ": " + name + " in " + fileName)
                            .isTrue();
                    shown.add(name);
                }
            }
            if (head.contains("Service")) {
                String service = cells.get(head.indexOf("Service"));
                assertThat(word(file, service)).as(service).isTrue();
            }
            if (head.contains("Name")) {
                String name = cells.get(head.indexOf("Name"));
                assertThat(word(file, name)).as(name).isTrue();
            }
        }
        String note = core.nextElementSiblings().select("p.note").eachText().toString();
        assertThat(note).contains(fileName);
        if (platform == Platform.IPTABLES) {
            assertThat(note).contains("names no objects");
        } else {
            assertThat(note).contains("Names are written as " + fileName + " writes them");
        }

        // The PDF's chapter: every name the HTML showed, and the file it comes from.
        // A long name wraps after one of its '_' or '-' (PdfCanvas.wrap): joined again here.
        String pdf = PdfChecks.text(ExportFixtures.export(new HandoffPdf(), input))
                .replace("\n", " ")
                .replaceAll("(?<=[_\\-])\\s+", "");
        assertThat(pdf).contains(fileName);
        for (String name : shown) {
            assertThat(pdf).as(platform + " PDF shows " + name).contains(name);
        }
        String cameras = "valt-" + LONG_ID + "-cameras";
        switch (platform) {
            case NFTABLES -> {
                // '-' is not legal in an nft set name, and sets are per family
                assertThat(shown).contains(cameras.replace('-', '_') + "_v4");
                assertThat(pdf).contains(cameras.replace('-', '_') + "_v4 (" + cameras + ")");
            }
            case FORTIGATE -> {
                // 55 characters do not fit FortiGate's 35: shortened with a hash, as the file writes it
                String legal = shown.stream()
                        .filter(n -> pdf.contains(n + " (" + cameras + ")"))
                        .findFirst()
                        .orElseThrow();
                assertThat(legal).hasSizeLessThanOrEqualTo(35).startsWith("valt-media-server-2");
                assertThat(file).contains("edit \"" + legal + "\"");
            }
            case PANOS -> {
                // PAN-OS rules name zones: the In/Out cells are the interfaces' zones, not srv1/cam1
                assertThat(rows.get(0).select("td").eachText()).doesNotContain("srv1", "staff1");
                assertThat(shown).contains(cameras);
            }
            default -> {}
        }
    }

    /** Whether {@code name} occurs in {@code text} as a whole name (not inside a longer one). */
    static boolean word(String text, String name) {
        return Pattern.compile("(?<![A-Za-z0-9_.\\-])" + Pattern.quote(name) + "(?![A-Za-z0-9_\\-])")
                .matcher(text)
                .find();
    }
}
