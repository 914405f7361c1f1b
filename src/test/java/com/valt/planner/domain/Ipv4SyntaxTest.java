package com.valt.planner.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link Addresses#isIpv4} is written out for speed; it must accept exactly what the spec's regex did. */
class Ipv4SyntaxTest {
    private static final Pattern REFERENCE =
            Pattern.compile("((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)");

    @ParameterizedTest
    @ValueSource(strings = {"0.0.0.0", "10.20.0.53", "255.255.255.255", "1.2.3.4", "199.249.250.9"})
    void accepts(String s) {
        assertThat(Addresses.isIpv4(s)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                ".",
                "1.2.3",
                "1.2.3.4.",
                ".1.2.3.4",
                "1.2.3.4.5",
                "256.1.1.1",
                "1.2.3.01",
                "00.1.1.1",
                "1..2.3",
                "1.2.3.4 ",
                " 1.2.3.4",
                "1.2.3.a",
                "1000.1.1.1",
                "1.2.3.٣",
                "99999999999.1.1.1"
            })
    void refuses(String s) {
        assertThat(Addresses.isIpv4(s)).isFalse();
    }

    @Test
    void agreesWithTheRegexOnSeededRandomText() {
        Random random = new Random(20261125);
        String alphabet = "0123456789.....a-:";
        for (int n = 0; n < 100_000; n++) {
            String s;
            if (n % 2 == 0) {
                StringBuilder sb = new StringBuilder();
                int len = random.nextInt(18);
                for (int i = 0; i < len; i++) {
                    sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
                s = sb.toString();
            } else {
                StringBuilder sb = new StringBuilder();
                int parts = 3 + random.nextInt(3);
                for (int p = 0; p < parts; p++) {
                    if (p > 0) {
                        sb.append('.');
                    }
                    sb.append(random.nextInt(10) == 0 ? "0" : "").append(random.nextInt(300));
                }
                s = sb.toString();
            }
            assertThat(Addresses.isIpv4(s)).as(s).isEqualTo(REFERENCE.matcher(s).matches());
        }
    }

    /** ipv4Value, written out for speed, gives what splitting at the dots gave, and -1 for what is not IPv4. */
    @Test
    void valueAgreesWithSplittingOnSeededAddresses() {
        Random random = new Random(20261201);
        for (int n = 0; n < 100_000; n++) {
            String s = random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(256) + "."
                    + random.nextInt(256);
            long expected = 0;
            for (String part : s.split("\\.")) {
                expected = expected * 256 + Integer.parseInt(part);
            }
            assertThat(Addresses.ipv4Value(s)).as(s).isEqualTo(expected);
        }
        assertThat(Addresses.ipv4Value("255.255.255.255")).isEqualTo(0xFFFFFFFFL);
        assertThat(Addresses.ipv4Value("0.0.0.0")).isZero();
        for (String bad : new String[] {"", "1.2.3", "1.2.3.4.5", "256.1.1.1", "01.2.3.4", "a.b.c.d", "fe80::1"}) {
            assertThat(Addresses.ipv4Value(bad)).as(bad).isEqualTo(-1);
        }
        assertThat(Addresses.ipv4Value(null)).isEqualTo(-1);
    }
}
