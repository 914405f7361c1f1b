package com.valt.planner.installer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * The .deb's Depends line (issue 15) is written by hand in installer/installer.properties and must stay
 * minimal: only packages the runtime's native libraries need that a minimal system lacks, none of the
 * build machine's transitive library packages (jpackage's old list: libjpeg62-turbo, libffi8, ...), each
 * with the name Ubuntu 24.04 gave it in the 64-bit time_t transition. installer/smoke-test.sh checks that
 * the built package carries exactly this line; installer/chroot-test.sh installs it on a minimal Debian.
 */
class DebDependsTest {
    /** Every package the line may name, with why. A new one needs a reason here. */
    private static final Map<String, String> ALLOWED = Map.of(
            "libgtk-3-0", "JavaFX glass (libglassgtk3.so); brings GLib, Pango, Cairo, ATK, fontconfig, X11",
            "libasound2", "java.desktop's libjsound.so links ALSA",
            "libgl1", "JavaFX es2 pipeline (libprism_es2.so)",
            "libxxf86vm1", "JavaFX es2 pipeline (libprism_es2.so)",
            "libxtst6", "XTest: libglassgtk3.so and libawt_xawt.so",
            "fontconfig", "fonts for the window's text",
            "fonts-dejavu-core", "a font for the window's text",
            "xdg-utils", "postinst/prerm register the menu entry and the file type");
    /** Packages Ubuntu 24.04 renamed to *t64: an entry naming one must offer both names. */
    private static final List<String> RENAMED_T64 = List.of(
            "libgtk-3-0",
            "libasound2",
            "libglib2.0-0",
            "libatk1.0-0",
            "libcups2",
            "libpng16-16",
            "libssl3",
            "libcurl4",
            "libgdk-pixbuf-2.0-0");

    private static String depends() throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(Path.of("installer", "installer.properties"))) {
            p.load(r);
        }
        return p.getProperty("linux.deb.depends", "").trim();
    }

    private static List<List<String>> entries(String line) {
        List<List<String>> out = new ArrayList<>();
        for (String entry : line.split(",")) {
            out.add(Arrays.stream(entry.split("\\|")).map(String::trim).toList());
        }
        return out;
    }

    @Test
    void dependsIsShortAndNamesOnlyAllowedPackages() throws IOException {
        List<List<String>> entries = entries(depends());
        assertThat(entries).hasSizeLessThanOrEqualTo(ALLOWED.size());
        for (List<String> alternatives : entries) {
            assertThat(alternatives.get(0))
                    .as("first alternative of %s", alternatives)
                    .isIn(ALLOWED.keySet());
            for (String name : alternatives) {
                assertThat(name)
                        .as("a plain package name, no version constraint or architecture")
                        .matches("[a-z0-9][a-z0-9.+-]+");
            }
        }
        assertThat(entries.stream().map(e -> e.get(0)).distinct().count()).isEqualTo(entries.size());
    }

    @Test
    void everyRenamedLibraryOffersItsUbuntuName() throws IOException {
        for (List<String> alternatives : entries(depends())) {
            String first = alternatives.get(0);
            if (RENAMED_T64.contains(first)) {
                assertThat(alternatives).as("Ubuntu 24.04 name of " + first).contains(first + "t64");
            }
        }
    }

    @Test
    void noBuildMachineOnlyLibraryPackages() throws IOException {
        assertThat(depends()).doesNotContain("libjpeg62-turbo", "libffi8", "libc6", "libstdc++", "zlib1g", "(");
    }

    @Test
    void theControlTemplateTakesTheLineAndNotJpackagesList() throws IOException {
        String control = Files.readString(Path.of("installer", "linux", "control"));
        assertThat(control).contains("\nDepends: @DEPENDS@\n").doesNotContain("PACKAGE_DEFAULT_DEPENDENCIES");
        assertThat(Files.readString(Path.of("installer", "Package.java"))).doesNotContain("\"--linux-package-deps\"");
    }
}
