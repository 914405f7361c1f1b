package com.valt.planner.ruleset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CidrsTest {
    private static List<String> fold(String... cidrs) {
        return Cidrs.fold(List.of(cidrs).stream().map(Cidrs::parse).toList());
    }

    @Test
    void aFullAlignedBlockIsOnePrefix() {
        List<String> eight = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            eight.add("10.20.0." + (8 + i));
        }
        assertThat(Cidrs.fold(eight.stream().map(Cidrs::parse).toList())).containsExactly("10.20.0.8/29");
    }

    @Test
    void anUnalignedRunIsCutIntoTheLargestAlignedBlocks() {
        assertThat(fold("10.0.0.1", "10.0.0.2", "10.0.0.3", "10.0.0.4", "10.0.0.5", "10.0.0.6"))
                .containsExactly("10.0.0.1/32", "10.0.0.2/31", "10.0.0.4/31", "10.0.0.6/32");
        // the spec's example
        assertThat(fold("10.40.0.21", "10.40.0.22", "10.40.0.23")).containsExactly("10.40.0.21/32", "10.40.0.22/31");
    }

    @Test
    void prefixesAbsorbTheAddressesInsideThemAndJoinTheirNeighbours() {
        assertThat(fold("10.50.0.0/24", "10.50.0.7", "10.50.1.0/24")).containsExactly("10.50.0.0/23");
        assertThat(fold("10.50.0.0/24", "10.50.2.0/24")).containsExactly("10.50.0.0/24", "10.50.2.0/24");
    }

    @Test
    void aTextParsedAgainGivesTheSameAnswerFromTheCache() {
        for (int round = 0; round < 2; round++) {
            assertThat(Cidrs.parse("10.20.0.5/24")).isEqualTo(Cidrs.parse("10.20.0.0/24"));
            assertThat(Cidrs.isCidr("10.20.0.5")).isTrue();
            assertThat(Cidrs.isCidr("mirror.example.com")).isFalse();
            assertThat(Cidrs.isCidr(null)).isFalse();
            assertThatThrownBy(() -> Cidrs.parse("10.20.0.0/33"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("bad prefix length: 10.20.0.0/33");
            assertThatThrownBy(() -> Cidrs.parse("mirror.example.com"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("not an address: mirror.example.com");
        }
    }

    @Test
    void hostBitsOfAPrefixAreIgnoredAndBareAddressesAreSingleHosts() {
        assertThat(fold("10.20.0.5/24")).containsExactly("10.20.0.0/24");
        assertThat(fold("fd00::1")).containsExactly("fd00::1/128");
    }

    @Test
    void ipv6IsWrittenInItsShortFormAndAfterIpv4() {
        assertThat(fold("fd00:40::3", "10.0.0.1", "fd00:40::2", "FD00:0040:0000:0000:0000:0000:0000:0001"))
                .containsExactly("10.0.0.1/32", "fd00:40::1/128", "fd00:40::2/127");
        assertThat(fold("2001:db8:0:0:1:0:0:1")).containsExactly("2001:db8::1:0:0:1/128");
        assertThat(fold("::/0")).containsExactly("::/0");
        assertThat(fold("0.0.0.0/0", "10.1.2.3")).containsExactly("0.0.0.0/0");
    }

    @Test
    void ipv4MappedIpv6StaysInTheIpv6Space() {
        assertThat(fold("::ffff:10.0.0.1")).containsExactly("::ffff:a00:1/128");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "10.0.0.1/33",
                "10.0.0.1/",
                "10.0.0.1/x",
                "fd00::/129",
                "example.com",
                "10.0.0.256",
                "10.0.0.1/-1"
            })
    void anythingElseIsRefused(String text) {
        assertThatThrownBy(() -> Cidrs.parse(text)).isInstanceOf(IllegalArgumentException.class);
        assertThat(Cidrs.isCidr(text)).isFalse();
    }

    /** Random subsets of a /26: the fold covers exactly the set, with as few blocks as possible. */
    @Test
    void randomSetsFoldExactlyAndMinimally() {
        Random random = new Random(7);
        for (int round = 0; round < 500; round++) {
            Set<Integer> set = new TreeSet<>();
            double density = random.nextDouble();
            for (int i = 0; i < 64; i++) {
                if (random.nextDouble() < density) {
                    set.add(i);
                }
            }
            boolean v6 = round % 2 == 1;
            List<IpRange> ranges = set.stream()
                    .map(i -> new IpRange(v6, BigInteger.valueOf(1000 * 64 + i), BigInteger.valueOf(1000 * 64 + i)))
                    .toList();
            List<String> blocks = Cidrs.fold(ranges);
            Set<BigInteger> expected = new TreeSet<>();
            set.forEach(i -> expected.add(BigInteger.valueOf(1000 * 64 + i)));
            assertThat(Expansion.addresses(blocks)).isEqualTo(expected);
            assertThat(blocks).hasSize(minimalCover(set, 0, 64));
        }
    }

    /** The fewest aligned blocks: a block is used whole, or its two halves are covered apart. */
    private static int minimalCover(Set<Integer> set, int from, int size) {
        long in = set.stream().filter(i -> i >= from && i < from + size).count();
        if (in == 0) {
            return 0;
        }
        if (in == size) {
            return 1;
        }
        return minimalCover(set, from, size / 2) + minimalCover(set, from + size / 2, size / 2);
    }

    @Test
    void portsBecomeRangesWhereContiguous() {
        assertThat(PortRanges.of(new TreeSet<>(List.of(444, 8000, 20100, 8001, 8002, 445))))
                .extracting(PortRange::text)
                .containsExactly("444-445", "8000-8002", "20100");
        assertThat(PortRanges.of(new TreeSet<>(List.of(53))))
                .extracting(PortRange::text)
                .containsExactly("53");
    }
}
