package com.valt.planner.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PrefixTest {
    @ParameterizedTest
    @CsvSource({
        "10.20.0.0/24, 10.20.0.0/24",
        "10.20.0.7, 10.20.0.7/32",
        "0.0.0.0/0, 0.0.0.0/0",
        "fd00:40::/64, fd00:40::/64",
        "FD00:0040:0:0:0:0:0:0/64, fd00:40::/64",
        "::1, ::1/128",
        "2001:db8:0:0:1:0:0:1/128, 2001:db8::1:0:0:1/128",
        "::ffff:10.0.0.1, ::ffff:a00:1/128",
        "::/0, ::/0"
    })
    void parsesAndPrintsCanonically(String text, String canonical) {
        assertThat(Prefix.parse(text))
                .hasValueSatisfying(p -> assertThat(p.toString()).isEqualTo(canonical));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "10.20.0.0/33",
                "10.20.0.0/",
                "10.20.0/24",
                "host.example/24",
                "fd00::/129",
                "10.0.0.0/024",
                "10.0.0.0/-1",
                "",
                "/24",
                "10.0.0.0/24/1"
            })
    void refusesWhatIsNoPrefix(String text) {
        assertThat(Prefix.parse(text)).isEmpty();
    }

    @Test
    void containsAndNetwork() {
        Prefix wide = Prefix.parse("10.40.0.0/16").orElseThrow();
        Prefix narrow = Prefix.parse("10.40.7.0/24").orElseThrow();
        assertThat(wide.contains(narrow)).isTrue();
        assertThat(narrow.contains(wide)).isFalse();
        assertThat(wide.contains(Prefix.ofAddress("10.40.255.255"))).isTrue();
        assertThat(wide.contains(Prefix.ofAddress("10.41.0.0"))).isFalse();
        assertThat(Prefix.parse("0.0.0.0/0").orElseThrow().contains(Prefix.ofAddress("8.8.8.8")))
                .isTrue();
        assertThat(wide.contains(Prefix.ofAddress("fd00::1")))
                .as("other family")
                .isFalse();
        Prefix v6 = Prefix.parse("fd00:40::/64").orElseThrow();
        assertThat(v6.contains(Prefix.ofAddress("fd00:40::21"))).isTrue();
        assertThat(v6.contains(Prefix.ofAddress("fd00:40:0:1::21"))).isFalse();
        assertThat(Prefix.parse("fd00::/8").orElseThrow().contains(Prefix.ofAddress("fdff::1")))
                .isTrue();
        assertThat(Prefix.parse("10.20.0.5/24").orElseThrow().isNetworkAddress())
                .isFalse();
        assertThat(Prefix.parse("10.20.0.5/24").orElseThrow().network().toString())
                .isEqualTo("10.20.0.0/24");
        assertThat(Prefix.parse("fd00:40::1/64").orElseThrow().network().toString())
                .isEqualTo("fd00:40::/64");
        assertThat(Prefix.ofAddress("cam.example.org")).isNull();
    }
}
