package com.valt.planner.arch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every relative link and picture in the user documentation (README.md, docs/*.md, installer/README.md)
 * points at a file of the checkout, and every {@code #anchor} into a Markdown file names one of its
 * headings (GitHub's rule: lower case, punctuation dropped, spaces to hyphens). Web addresses are not
 * fetched: the build works offline.
 */
class DocsLinksTest {
    /** [text](target) and ![alt](target); the target ends at the first space or closing parenthesis. */
    private static final Pattern LINK = Pattern.compile("!?\\[[^\\]]*\\]\\(([^)\\s]+)[^)]*\\)");

    private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+(.*?)\\s*#*\\s*$");

    @Test
    void everyRelativeLinkAndPictureOfTheDocsExists() throws IOException {
        List<Path> pages = pages();
        assertThat(pages).contains(Path.of("README.md"), Path.of("docs/planner-window.md"));
        List<String> broken = new ArrayList<>();
        for (Path page : pages) {
            broken.addAll(brokenLinks(page, Files.readString(page, StandardCharsets.UTF_8), Files::exists));
        }
        assertThat(broken).as("broken links in the documentation").isEmpty();
    }

    @Test
    void theReadmeShowsTheWalkThroughPictures() throws IOException {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        assertThat(readme)
                .contains("(docs/screenshots/first-plan-add-cameras.png)")
                .contains("(docs/screenshots/first-plan-new-cameras.png)");
    }

    /** The check itself finds what it should, so the test above can fail. */
    @Test
    void theCheckFindsAMissingFileAndAMissingHeading() {
        String text = "See [the window](docs/planner-window.md), [nothing](docs/nope.md),\n"
                + "![a picture](docs/screenshots/none.png), [the web](https://example.com/x),\n"
                + "[a heading](#the-two-commands), [no heading](#no-such-heading) and [mail](mailto:a@b.c).\n"
                + "## The two commands\n";
        Set<Path> present = Set.of(Path.of("docs/planner-window.md"));
        List<String> broken = brokenLinks(Path.of("README.md"), text, present::contains);
        assertThat(broken)
                .containsExactly(
                        "README.md: docs/nope.md (no such file)",
                        "README.md: docs/screenshots/none.png (no such file)",
                        "README.md: #no-such-heading (no such heading)");
    }

    @Test
    void anchorsFollowGitHubsRule() {
        assertThat(anchor("The two commands")).isEqualTo("the-two-commands");
        assertThat(anchor("The site file (`*.valt.json`)")).isEqualTo("the-site-file-valtjson");
        assertThat(anchor("1. Engine vs a bare JGraphT build (JMH) — target ≤ 3×"))
                .isEqualTo("1-engine-vs-a-bare-jgrapht-build-jmh--target--3");
    }

    private static List<Path> pages() throws IOException {
        List<Path> pages = new ArrayList<>();
        pages.add(Path.of("README.md"));
        pages.add(Path.of("installer/README.md"));
        try (Stream<Path> docs = Files.list(Path.of("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
        }
        return pages;
    }

    static List<String> brokenLinks(Path page, String text, Predicate<Path> exists) {
        List<String> broken = new ArrayList<>();
        String withoutCode = text.replaceAll("(?s)```.*?```", "").replaceAll("`[^`\\n]*`", "");
        Matcher m = LINK.matcher(withoutCode);
        while (m.find()) {
            String target = m.group(1);
            if (target.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*")) {
                continue; // https:, mailto:, ...: not fetched
            }
            int hash = target.indexOf('#');
            String file = hash < 0 ? target : target.substring(0, hash);
            String fragment = hash < 0 ? null : target.substring(hash + 1);
            Path dir = page.getParent() == null ? Path.of("") : page.getParent();
            Path resolved = file.isEmpty() ? page : dir.resolve(file).normalize();
            if (!file.isEmpty() && !exists.test(resolved)) {
                broken.add(page + ": " + target + " (no such file)");
                continue;
            }
            if (fragment != null && resolved.toString().endsWith(".md")) {
                String headingsOf = resolved.equals(page) ? text : read(resolved);
                if (!anchors(headingsOf).contains(fragment)) {
                    broken.add(page + ": " + target + " (no such heading)");
                }
            }
        }
        return broken;
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> anchors(String markdown) {
        Set<String> out = new HashSet<>();
        boolean inCode = false;
        for (String line : markdown.split("\n")) {
            if (line.startsWith("```")) {
                inCode = !inCode;
            }
            Matcher h = HEADING.matcher(line);
            if (!inCode && h.matches()) {
                String a = anchor(h.group(1));
                String unique = a;
                for (int i = 1; !out.add(unique); i++) {
                    unique = a + "-" + i;
                }
            }
        }
        return out;
    }

    /** GitHub's heading anchor: lower case, everything but letters, digits, spaces, - and _ dropped, spaces to -. */
    static String anchor(String heading) {
        return heading.toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N} _-]", "")
                .replace(' ', '-');
    }
}
