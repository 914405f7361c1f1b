package com.valt.planner.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Load messages a user can act on: where the JSON breaks, without Jackson's token list; the type meant. */
class PlainMessagesTest {

    @Test
    void notJsonSaysWhereWithoutJacksonsTokenList() {
        SiteLoadException e = catchThrowableOfType(
                SiteLoadException.class,
                () -> SiteFileReader.read("{\n  \"format\": tru\n}".getBytes(StandardCharsets.UTF_8), "bad.valt.json"));
        String reason = e.problems().get(0).reason();
        assertThat(reason)
                .startsWith("not valid JSON at line 2, column")
                .contains("'tru'")
                .doesNotContain("JSON String", "Number, Array")
                .contains("a number, true, false, null");
    }

    @Test
    void aMistypedDeviceTypeSuggestsTheNearestOne() {
        assertThat(SiteFileReader.nearestType("camra")).isEqualTo("; did you mean camera?");
        assertThat(SiteFileReader.nearestType("Media Server")).isEqualTo("; did you mean media-server?");
        assertThat(SiteFileReader.nearestType("application_server")).isEqualTo("; did you mean application-server?");
        assertThat(SiteFileReader.nearestType("router")).isEmpty();
        SiteLoadException e = catchThrowableOfType(
                SiteLoadException.class,
                () -> SiteFileReader.read(
                        ("{\"format\":\"valt-site-plan\",\"version\":1,\"site\":{\"name\":\"x\"},\"devices\":["
                                        + "{\"id\":\"app\",\"type\":\"application-server\"},{\"id\":\"c\",\"type\":\"camrea\"}]}")
                                .getBytes(StandardCharsets.UTF_8),
                        "typo.valt.json"));
        assertThat(e.problems())
                .anySatisfy(p -> assertThat(p.reason())
                        .startsWith("unknown device type \"camrea\"; did you mean camera? (expected one of"));
    }
}
