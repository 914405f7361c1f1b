package com.valt.planner.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.valt.planner.domain.Site;
import com.valt.planner.io.SiteFileReader;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Findings and load problems name devices and settings in words, never {@code devices[0]}. */
class PathWordsTest {
    @Test
    void pathsInWords() throws Exception {
        Site s = SiteFileReader.read(Path.of("samples/clinic.valt.json"));
        assertThat(PathWords.of("devices[0]", s)).isEqualTo("VALT Server");
        assertThat(PathWords.of("devices[1].mediaServer", s)).isEqualTo("Front Desk PC, serving server");
        assertThat(PathWords.of("devices[2].type", null)).isEqualTo("device 3 in the file, type");
        assertThat(PathWords.of("settings.dnsServers", s)).isEqualTo("site settings, DNS servers");
        assertThat(PathWords.of("settings.onlineUpdates", s)).isEqualTo("site settings, online updates");
        assertThat(PathWords.of("site.name", s)).isEqualTo("site name");
        assertThat(PathWords.of("$", s)).isEmpty();
    }
}
