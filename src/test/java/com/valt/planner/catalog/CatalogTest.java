package com.valt.planner.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.valt.planner.io.CatalogException;
import com.valt.planner.io.CatalogLoader;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CatalogTest {
    /**
     * The page copy beside the checkout (CI keeps shared/ next to the clone). A plain clone has none:
     * the tests comparing with the page are then skipped, with a message, and the rest still run.
     */
    private static final Path PAGE = Path.of("..", "shared", "source", "valt-network-requirements.txt");

    private static final Pattern PAGE_ROW = Pattern.compile("^(?:(\\S+) )?(TCP|UDP) (\\d+) (.+)$");

    private final Catalog catalog = CatalogLoader.loadDefault();

    @Test
    void sectionsAndRuleIdsAreThoseOfFlowsMd() {
        assertThat(catalog.sections())
                .extracting(Section::id)
                .containsExactly(
                        "client-to-servers",
                        "servers-to-cameras",
                        "beam-to-servers",
                        "servers-to-repositories",
                        "app-to-media",
                        "media-to-app",
                        "servers-to-wowza-licensing",
                        "servers-to-dns");
        assertThat(catalog.rules())
                .extracting(Rule::id)
                .containsExactlyInAnyOrder(
                        "R1", "R1s", "R2", "R2s", "R3", "R4", "R5", "R5w", "R6", "R6r", "R7", "R7s", "R7r", "R7t", "R8",
                        "R9", "R9b", "R10", "R10s", "R10b", "R10c", "R11", "R12");
        assertThat(catalog.source().revision()).startsWith("sha256:");
    }

    /**
     * Every table row of the page, in the page's words, is a row of the catalog and the other way round
     * (the DNS rule, which the page states in a sentence, aside).
     */
    @Test
    void catalogRowsAreExactlyThePageRows() throws Exception {
        String page = pageText();
        List<String> pageRows = new ArrayList<>();
        for (String line : page.lines().toList()) {
            Matcher m = PAGE_ROW.matcher(line.strip());
            if (m.matches()) {
                String mark = m.group(1) == null ? "" : m.group(1) + " ";
                pageRows.add(
                        mark + m.group(2) + " " + m.group(3) + " " + m.group(4).replace("HTTP/HTTPS*", "HTTP/HTTPS"));
            }
        }
        List<String> catalogRows = new ArrayList<>();
        for (Section s : catalog.sections()) {
            if (!s.onPage()) {
                continue;
            }
            boolean serviceColumn =
                    !s.id().equals("servers-to-repositories") && !s.id().equals("servers-to-wowza-licensing");
            for (Rule r : s.rules()) {
                List<String> destinations =
                        r.pageHostUrls().isEmpty() ? List.of(r.pageDestination()) : r.pageHostUrls();
                for (String destination : destinations) {
                    String mark = r.mark() == null ? "" : r.mark().symbol() + " ";
                    catalogRows.add(mark + r.portLabel() + " " + r.protocol() + " "
                            + (serviceColumn ? r.service() + " " : "") + r.pageSource() + " " + destination);
                }
            }
        }
        assertThat(pageRows).hasSize(28);
        assertThat(catalogRows).containsExactlyInAnyOrderElementsOf(pageRows);
    }

    @Test
    void sectionTitlesNotesAndLegendAreThePagesWords() throws Exception {
        String page = pageText();
        for (Section s : catalog.sections()) {
            if (s.onPage()) {
                assertThat(page).contains(s.title(), s.group());
                s.notes().stream()
                        .filter(n -> !n.startsWith("Every server runs"))
                        .forEach(n -> assertThat(page).contains(n));
            }
        }
        catalog.legend().values().forEach(text -> assertThat(page).contains(text));
        assertThat(page).contains("For Administration Only");
    }

    @Test
    void recordedRevisionIsTheHashOfThePage() throws Exception {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(requirePage()));
        assertThat(catalog.source().revision())
                .isEqualTo("sha256:" + HexFormat.of().formatHex(digest));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown role      | "source": "client", | "source": "printer", | sections[0].rules[0].source: unknown role printer
            bad port          | "port": 80, | "port": 70000, | sections[0].rules[0].port: 70000 is not a port (1-65535)
            duplicate id      | "id": "R1s" | "id": "R1" | sections[0].rules[2].id: duplicate rule id R1
            unknown condition | "when": ["ssl-off"] | "when": ["tuesday"] | sections[0].rules[0].when: unknown condition tuesday
            """)
    void brokenCatalogIsAClearError(String what, String find, String replace, String message) throws Exception {
        String json;
        try (InputStream in = CatalogLoader.class.getResourceAsStream(CatalogLoader.DEFAULT)) {
            json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String broken = json.replaceFirst(Pattern.quote(find), Matcher.quoteReplacement(replace));
        assertThat(broken).as(what).isNotEqualTo(json);
        assertThatThrownBy(() -> CatalogLoader.load(broken.getBytes(StandardCharsets.UTF_8), "test-catalog.json"))
                .isInstanceOf(CatalogException.class)
                .hasMessage("catalog test-catalog.json: " + message);
    }

    private static Path requirePage() {
        assumeTrue(
                Files.isRegularFile(PAGE),
                () -> "page copy " + PAGE.toAbsolutePath().normalize()
                        + " is absent: the catalog is not compared with the VALT Network Requirements page");
        return PAGE;
    }

    private static String pageText() throws Exception {
        return Files.readString(requirePage(), StandardCharsets.UTF_8);
    }
}
