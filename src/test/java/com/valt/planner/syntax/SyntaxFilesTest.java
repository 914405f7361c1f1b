package com.valt.planner.syntax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.valt.planner.domain.Platform;
import com.valt.planner.domain.Site;
import com.valt.planner.ruleset.FirewallRuleSet;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Each platform's file for the fixture campus: its golden file, the kernel's own check, and a parse-back. */
class SyntaxFilesTest {
    static final Path GOLDEN = Path.of("src/test/resources/golden/syntax");

    @ParameterizedTest
    @EnumSource(
            value = Platform.class,
            names = {"NFTABLES", "IPTABLES", "ASA", "FORTIGATE", "PANOS"})
    void eachFirewallsFileMatchesItsGoldenFileReviewedAgainstTheVendorsSyntax(Platform platform) throws Exception {
        RuleSetFixture f = RuleSetFixture.campus(platform);
        Site site = f.site();
        RuleSyntax syntax = Syntaxes.forPlatform(platform).orElseThrow();
        for (FirewallRuleSet set : f.sets()) {
            String text = syntax.write(site, set);
            Path golden = GOLDEN.resolve("campus-" + set.firewall().id() + syntax.fileSuffix());
            if (Boolean.getBoolean("golden.update")) {
                Files.createDirectories(GOLDEN);
                Files.writeString(golden, text, StandardCharsets.UTF_8);
            }
            assertThat(text).as(golden.toString()).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
            assertThat(syntax.write(site, set)).as("same rule set, same bytes").isEqualTo(text);
        }
    }

    @Test
    void syntaxesCoverEveryFilteringPlatformButGeneric() {
        for (Platform p : Platform.values()) {
            if (p == Platform.GENERIC || p == Platform.ROUTER) {
                assertThat(Syntaxes.forPlatform(p)).as(p.id()).isEmpty();
            } else {
                assertThat(Syntaxes.forPlatform(p).orElseThrow().platform())
                        .as(p.id())
                        .isEqualTo(p);
            }
        }
    }

    @Test
    void nftablesFilesPassTheKernelsCheck() {
        assumeTrue(Kernel.has("nft") && Kernel.canUnshare(), "needs nft and unshare -rn (apt-get install nftables)");
        RuleSetFixture f = RuleSetFixture.campus(Platform.NFTABLES);
        Site site = f.site();
        for (FirewallRuleSet set : f.sets()) {
            Kernel.Result r = Kernel.nftCheck(new NftablesSyntax().write(site, set));
            assertThat(r.status()).as(r.output()).isZero();
        }
    }

    @Test
    void iptablesFilesPassRestoreTestForBothFamilies() {
        assumeTrue(
                Kernel.has("iptables-restore") && Kernel.has("ip6tables-restore") && Kernel.canUnshare(),
                "needs iptables-restore, ip6tables-restore and unshare -rn (apt-get install iptables)");
        RuleSetFixture f = RuleSetFixture.campus(Platform.IPTABLES);
        Site site = f.site();
        for (FirewallRuleSet set : f.sets()) {
            String text = new IptablesSyntax().write(site, set);
            String[] parts = text.split(java.util.regex.Pattern.quote(IptablesSyntax.IPV6_MARKER + "\n"));
            assertThat(parts).as("IPv4 part and IPv6 part").hasSize(2);
            Kernel.Result v4 = Kernel.restoreTest("iptables-restore", parts[0]);
            assertThat(v4.status()).as(v4.output()).isZero();
            Kernel.Result v6 = Kernel.restoreTest("ip6tables-restore", parts[1]);
            assertThat(v6.status()).as(v6.output()).isZero();
        }
    }

    @Test
    void asaParsesBackToExactlyTheRuleSet() {
        RuleSetFixture f = RuleSetFixture.campus(Platform.ASA);
        Site site = f.site();
        for (FirewallRuleSet set : f.sets()) {
            Set<Tuple> back = AsaReader.read(new AsaSyntax().write(site, set));
            assertThat(back).isNotEmpty().isEqualTo(Tuple.expand(set, Function.identity(), out -> "*"));
        }
    }

    @Test
    void fortiGateParsesBackToExactlyTheRuleSet() {
        RuleSetFixture f = RuleSetFixture.campus(Platform.FORTIGATE);
        Site site = f.site();
        for (FirewallRuleSet set : f.sets()) {
            Function<String, String> intf = n -> {
                var i = FortiGateSyntax.iface(set, n);
                return i.vendorZone() != null ? i.vendorZone() : i.name();
            };
            Set<Tuple> back = FortiGateReader.read(new FortiGateSyntax().write(site, set));
            assertThat(back).isNotEmpty().isEqualTo(Tuple.expand(set, intf, intf));
        }
    }

    @Test
    void panosParsesBackToExactlyTheRuleSet() {
        RuleSetFixture f = RuleSetFixture.campus(Platform.PANOS);
        Site site = f.site();
        for (FirewallRuleSet set : f.sets()) {
            Function<String, String> zone = n -> {
                var i = FortiGateSyntax.iface(set, n);
                return i.vendorZone() != null ? i.vendorZone() : i.zone();
            };
            Set<Tuple> back = PanosReader.read(new PanosSyntax().write(site, set));
            assertThat(back).isNotEmpty().isEqualTo(Tuple.expand(set, zone, zone));
        }
    }

    @Test
    void everyFileStartsWithItsHeaderComment() {
        for (Platform p :
                List.of(Platform.NFTABLES, Platform.IPTABLES, Platform.ASA, Platform.FORTIGATE, Platform.PANOS)) {
            RuleSetFixture f = RuleSetFixture.campus(p);
            Site site = f.site();
            String text =
                    Syntaxes.forPlatform(p).orElseThrow().write(site, f.sets().get(0));
            String c = p == Platform.ASA ? "! " : "# ";
            assertThat(text)
                    .startsWith(c + "VALT Site Planner: ")
                    .contains(c + "Site: Fixture campus, revision 7\n", "firewall core (core firewall)", c + "Merge: ");
        }
    }
}
