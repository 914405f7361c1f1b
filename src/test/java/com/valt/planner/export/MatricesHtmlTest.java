package com.valt.planner.export;

import static com.valt.planner.export.ExportFixtures.export;
import static com.valt.planner.export.ExportFixtures.input;
import static com.valt.planner.export.ExportFixtures.sample;
import static org.assertj.core.api.Assertions.assertThat;

import com.valt.planner.domain.Device;
import com.valt.planner.domain.DeviceType;
import com.valt.planner.domain.Site;
import com.valt.planner.engine.Flow;
import com.valt.planner.engine.FlowResult;
import com.valt.planner.engine.MatrixRow;
import com.valt.planner.engine.SectionResult;
import com.valt.planner.export.html.MatricesHtml;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MatricesHtmlTest {

    static Document html(Site site) throws Exception {
        return Jsoup.parse(new String(export(new MatricesHtml(), input(site)), StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @ValueSource(strings = {"clinic", "university", "police-interview"})
    void everyRowThatAppliesIsATableRowInItsSection(String name) throws Exception {
        Site site = sample(name);
        FlowResult r = ExportFixtures.ENGINE.compute(site);
        Document doc = html(site);
        for (SectionResult s : r.sections()) {
            Element sec =
                    doc.selectFirst("section.matrix[data-section=" + s.section().id() + "]");
            assertThat(sec).as(s.section().id()).isNotNull();
            assertThat(sec.selectFirst("h3").text()).isEqualTo(s.section().title());
            Elements rows = sec.select("tr.row");
            assertThat(rows).hasSize(s.rows().size());
            for (int i = 0; i < s.rows().size(); i++) {
                MatrixRow row = s.rows().get(i);
                List<String> cells = rows.get(i).select("td").eachText();
                assertThat(cells)
                        .containsExactly(
                                row.portLabel(), row.protocol(), row.service(), row.source(), row.destination());
                if (row.mark() != null) {
                    assertThat(rows.get(i)
                                    .select(".mark[data-mark=" + row.mark().id() + "] svg"))
                            .hasSize(1);
                }
            }
            for (String reason : s.omissionReasons()) {
                assertThat(sec.select("p.omitted").text()).contains(reason);
            }
        }
    }

    @Test
    void theReviewersDockerNoteSitsUnderItsRow() throws Exception {
        Document doc = html(sample("university"));
        Element docker = doc.select("tr.row").stream()
                .filter(tr -> tr.text().contains("download.docker.com"))
                .findFirst()
                .orElseThrow();
        Element next = docker.nextElementSibling();
        assertThat(next.hasClass("note")).isTrue();
        assertThat(next.text()).contains("Reviewer").contains("443");
    }

    @Test
    void subHeadingLegendAndSourcePageAreShown() throws Exception {
        Site site = sample("university");
        Document doc = html(site);
        assertThat(doc.select("tr.sub th").eachText()).contains("For Administration Only");
        assertThat(doc.select("p.legend").text())
                .contains("Required when SSL is Enabled", "Required only for Administration");
        assertThat(doc.select("h2").eachText()).contains("Basic Configuration", "Concrete flows");
        assertThat(doc.select("header .source").text())
                .contains("Template:Network Requirements")
                .contains(ExportFixtures.ENGINE.catalog().source().revision());
    }

    @ParameterizedTest
    @ValueSource(strings = {"clinic", "university"})
    void everyFlowIsCoveredByAFlowRow(String name) throws Exception {
        Site site = sample(name);
        FlowResult r = ExportFixtures.ENGINE.compute(site);
        Elements rows = html(site).select("tr.flow");
        int total = rows.stream()
                .mapToInt(tr -> Integer.parseInt(tr.selectFirst("td.count").text()))
                .sum();
        assertThat(total).isEqualTo(r.flows().size());
        for (Flow f : r.flows()) {
            boolean found = rows.stream()
                    .anyMatch(tr -> tr.attr("data-rule").equals(f.ruleId())
                            && tr.selectFirst("td.port").text().equals(f.portLabel())
                            && covers(
                                    tr.selectFirst("td.src").text(),
                                    f.source().name(),
                                    f.source().address())
                            && covers(
                                    tr.selectFirst("td.dst").text(),
                                    f.destination().name(),
                                    f.destination().address()));
            assertThat(found)
                    .as(f.ruleId() + " " + f.source().id() + " -> "
                            + f.destination().id() + " " + f.portLabel())
                    .isTrue();
        }
    }

    /** A cell covers an endpoint when it names it, or lists its address (alone or inside an exact range). */
    static boolean covers(String cell, String name, String address) {
        if (cell.contains(name) || (address != null && cell.contains(address))) {
            return true;
        }
        return address != null && inRanges(cell, address);
    }

    private static boolean inRanges(String cell, String address) {
        long a = com.valt.planner.domain.Addresses.ipv4Value(address);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(
                        "(\\d+\\.\\d+\\.\\d+\\.\\d+)\u2013(\\d+\\.\\d+\\.\\d+\\.\\d+)")
                .matcher(cell);
        while (m.find()) {
            long lo = com.valt.planner.domain.Addresses.ipv4Value(m.group(1));
            long hi = com.valt.planner.domain.Addresses.ipv4Value(m.group(2));
            if (a >= lo && a <= hi) {
                return true;
            }
        }
        return false;
    }

    @Test
    void aHostileNameIsTextNotMarkup() throws Exception {
        Site site = sample("clinic")
                .updateDevice("pc-front", d -> d.withName("<script>alert(1)</script><img src=x onerror=alert(2)>"))
                .plusDevice(Device.of("evil", DeviceType.CLIENT)
                        .withName("\"><b>bold</b>")
                        .withAddress("192.168.10.99"));
        Document doc = html(site);
        assertThat(doc.select("script")).isEmpty();
        assertThat(doc.select("img")).isEmpty();
        assertThat(doc.select("td b").eachText()).doesNotContain("bold");
        assertThat(doc.select("td.src").text())
                .contains("<script>alert(1)</script>")
                .contains("\"><b>bold</b>");
        // Self-contained: no external references at all.
        assertThat(doc.select("[src], link, [href]")).isEmpty();
    }
}
