package com.valt.planner.syntax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.valt.planner.domain.FirewallInterface;
import com.valt.planner.domain.Platform;
import com.valt.planner.domain.Site;
import com.valt.planner.ruleset.FirewallRuleSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every syntax for every filtering firewall of the zoned samples and a generated zoned site, on
 * their real rule sets: the kernel's checks for nftables and iptables, parse-back for the others.
 */
class SampleFilesTest {
    private static final Map<String, Site> SITES = ZonedSites.all();

    @Test
    void theSitesHaveFilteringFirewallsWithRules() {
        for (Map.Entry<String, Site> e : SITES.entrySet()) {
            List<FirewallRuleSet> sets = ZonedSites.ruleSets(e.getValue());
            assertThat(sets)
                    .as(e.getKey())
                    .isNotEmpty()
                    .allMatch(s -> !s.rules().isEmpty());
        }
    }

    @Test
    void nftablesAndIptablesFilesPassTheKernelsChecks() {
        assumeTrue(
                Kernel.has("nft") && Kernel.has("iptables-restore") && Kernel.canUnshare(),
                "needs nft, iptables-restore and unshare -rn (apt-get install nftables iptables)");
        for (Map.Entry<String, Site> e : SITES.entrySet()) {
            for (FirewallRuleSet set : ZonedSites.ruleSets(e.getValue())) {
                String what = e.getKey() + " " + set.firewall().id();
                Kernel.Result nft = Kernel.nftCheck(new NftablesSyntax().write(e.getValue(), set));
                assertThat(nft.status()).as(what + ": " + nft.output()).isZero();
                String[] parts = new IptablesSyntax()
                        .write(e.getValue(), set)
                        .split(Pattern.quote(IptablesSyntax.IPV6_MARKER + "\n"));
                Kernel.Result v4 = Kernel.restoreTest("iptables-restore", parts[0]);
                assertThat(v4.status()).as(what + ": " + v4.output()).isZero();
                if (parts.length > 1) {
                    Kernel.Result v6 = Kernel.restoreTest("ip6tables-restore", parts[1]);
                    assertThat(v6.status()).as(what + ": " + v6.output()).isZero();
                }
            }
        }
    }

    @Test
    void vendorFilesParseBackToExactlyTheRuleSets() {
        for (Map.Entry<String, Site> e : SITES.entrySet()) {
            Site site = e.getValue();
            for (FirewallRuleSet set : ZonedSites.ruleSets(site)) {
                String what = e.getKey() + " " + set.firewall().id();
                Function<String, String> intf = n -> vendorOr(
                        FortiGateSyntax.iface(set, n),
                        FortiGateSyntax.iface(set, n).name());
                Function<String, String> zone = n -> vendorOr(
                        FortiGateSyntax.iface(set, n),
                        FortiGateSyntax.iface(set, n).zone());
                Interfaces nameifs = new Interfaces(48, "-_."); // an ASA nameif has no "/": ethernet1/2 is ethernet1_2
                assertThat(AsaReader.read(new AsaSyntax().write(site, set)))
                        .as(what + " asa")
                        .isEqualTo(Tuple.expand(set, nameifs::name, n -> "*"));
                assertThat(FortiGateReader.read(new FortiGateSyntax().write(site, set)))
                        .as(what + " fortigate")
                        .isEqualTo(Tuple.expand(set, intf, intf));
                assertThat(PanosReader.read(new PanosSyntax().write(site, set)))
                        .as(what + " panos")
                        .isEqualTo(Tuple.expand(set, zone, zone));
            }
        }
    }

    /** The vendor zone where the interface has one (the samples' names are legal there as written). */
    private static String vendorOr(FirewallInterface i, String otherwise) {
        return i.vendorZone() != null && !i.vendorZone().isBlank() ? i.vendorZone() : otherwise;
    }

    @Test
    void everyFilteringFirewallGetsItsOwnPlatformsFile() {
        for (Site site : SITES.values()) {
            for (FirewallRuleSet set : ZonedSites.ruleSets(site)) {
                Platform p = set.firewall().platform();
                assertThat(Syntaxes.forPlatform(p).map(s -> s.write(site, set)))
                        .as(set.firewall().id())
                        .matches(o -> p == Platform.GENERIC ? o.isEmpty() : o.isPresent());
            }
        }
    }
}
