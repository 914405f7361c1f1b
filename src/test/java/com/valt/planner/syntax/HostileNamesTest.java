package com.valt.planner.syntax;

import static com.valt.planner.syntax.RuleSetFixture.cidrs;
import static com.valt.planner.syntax.RuleSetFixture.hosts;
import static com.valt.planner.syntax.RuleSetFixture.service;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.valt.planner.domain.Extras;
import com.valt.planner.domain.Platform;
import com.valt.planner.domain.Site;
import com.valt.planner.domain.SiteInfo;
import com.valt.planner.ruleset.AddressObject;
import com.valt.planner.ruleset.FirewallRuleSet;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Site text that tries to end a comment or a name (quotes, newlines, {@code ;}, 300 characters,
 * non-ASCII, keywords, names that clean to the same name) must stay inside it on every platform:
 * each file is read by a strict reader or the kernel, line by line.
 */
class HostileNamesTest {
    static final String EVIL =
            "Evil \"site\"\n; flush ruleset\r\n} # \u0141\u00f3d\u017a \u6771\u4eac ? ' `x` \\ " + "y".repeat(300);

    static RuleSetFixture hostile(Platform platform) {
        AddressObject src =
                cidrs("valt-\"clients\"\n; drop " + EVIL, "10.40.0.21/32", "10.40.0.22/31", "fd00:40::21/128");
        AddressObject twin = cidrs("valt clients", "10.40.0.30/32");
        AddressObject twin2 = cidrs("valt_clients", "10.40.0.31/32");
        AddressObject rt = cidrs("rt", "10.20.0.10/32", "fd00:20::10/128");
        AddressObject any = cidrs("any", "10.20.0.11/32");
        AddressObject umlaut = new AddressObject(
                "Kameras \u00fcber \u00c4rger",
                AddressObject.Kind.CIDRS,
                java.util.List.of("10.30.0.0/24"),
                "note with \"quotes\"\nand a new line; " + EVIL);
        AddressObject mirrors = hosts("fwd", "us.archive.ubuntu.com");
        return new RuleSetFixture()
                .info(new SiteInfo(EVIL, EVIL, EVIL, "7\"\n}" + EVIL, EVIL, Extras.NONE))
                .zone("servers", "10.20.0.0/24", "fd00:20::/64")
                .zone("staff", "10.40.0.0/16", "fd00:40::/64")
                .zone("cam\"eras;\n", "10.30.0.0/22")
                .firewall(
                        "fw\"1;\n" + EVIL,
                        platform,
                        "eth0\"; drop=staff",
                        "ethernet1/1=servers=trust \"zone\";\nset",
                        "a-very-long-interface-name-" + "z".repeat(280) + "=cam\"eras;\n",
                        "wlan-\u00fc+=internet=any")
                .rule(
                        "eth0\"; drop",
                        "ethernet1/1=servers=trust \"zone\";\nset".split("=")[0],
                        src,
                        rt,
                        service("svc \"x\";\n" + EVIL, "TCP", "444 20000-20003"),
                        "R2s R3",
                        "note \"a\";\n" + EVIL)
                .rule("eth0\"; drop", "ethernet1/1", twin, any, service("valt-tcp-443", "TCP", "443"), "R4")
                .rule("eth0\"; drop", "ethernet1/1", twin2, any, service("valt_tcp_443", "TCP", "443"), "R5")
                .rule(
                        "ethernet1/1",
                        "a-very-long-interface-name-" + "z".repeat(280),
                        rt,
                        umlaut,
                        service("valt-udp-53", "UDP", "53"),
                        "R6")
                .rule("ethernet1/1", "wlan-\u00fc+", rt, mirrors, service("valt-tcp-80", "TCP", "80"), "R8");
    }

    @Test
    void nftablesKeepsHostileTextInsideCommentsAndNames() {
        String text = write(Platform.NFTABLES);
        Pattern allowed = Pattern.compile(
                String.join(
                        "|",
                        "",
                        "table inet valt \\{\\}",
                        "delete table inet valt",
                        "table inet valt \\{",
                        "\\}",
                        "\t\\}",
                        "\tset [A-Za-z][A-Za-z0-9_]{0,62}_v[46] \\{",
                        "\t\ttype ipv[46]_addr",
                        "\t\tflags interval",
                        "\t\telements = \\{ [0-9a-f.:/, ]+ \\}",
                        "\tchain forward \\{",
                        "\t\ttype filter hook forward priority filter; policy drop;",
                        "\t\tct state established,related accept",
                        "\t\tct state invalid drop",
                        "\t*# [ -~]*",
                        "\t\tiifname \"[A-Za-z][A-Za-z0-9_.-]{0,14}\" oifname \"[A-Za-z][A-Za-z0-9_.-]{0,14}\""
                                + "( ip6? [sd]addr @[A-Za-z0-9_]+)* (tcp|udp) dport [0-9{}, -]+ accept comment \"[^\"]{0,128}\""));
        assertLines(text, allowed);
        assumeTrue(Kernel.has("nft") && Kernel.canUnshare(), "needs nft and unshare -rn (apt-get install nftables)");
        Kernel.Result r = Kernel.nftCheck(text);
        assertThat(r.status()).as(r.output()).isZero();
    }

    @Test
    void iptablesKeepsHostileTextInsideCommentsAndNames() {
        String text = write(Platform.IPTABLES);
        Pattern allowed = Pattern.compile(String.join(
                "|",
                "",
                "\\*filter",
                ":(INPUT|OUTPUT) ACCEPT \\[0:0\\]",
                ":FORWARD DROP \\[0:0\\]",
                "COMMIT",
                "# [ -~]*",
                "-A FORWARD -m conntrack --ctstate (ESTABLISHED,RELATED -j ACCEPT|INVALID -j DROP)",
                "-A FORWARD -i [A-Za-z][A-Za-z0-9_.-]{0,14} -o [A-Za-z][A-Za-z0-9_.-]{0,14}( -[sd] [0-9a-f.:/]+)*"
                        + " -p (tcp|udp)( --dport [0-9:]+| -m multiport --dports [0-9:,]+)"
                        + " -m comment --comment \"[^\"]{0,256}\" -j ACCEPT"));
        assertLines(text, allowed);
        assumeTrue(Kernel.has("iptables-restore") && Kernel.canUnshare(), "needs iptables-restore and unshare -rn");
        String[] parts = text.split(Pattern.quote(IptablesSyntax.IPV6_MARKER + "\n"));
        Kernel.Result v4 = Kernel.restoreTest("iptables-restore", parts[0]);
        assertThat(v4.status()).as(v4.output()).isZero();
        Kernel.Result v6 = Kernel.restoreTest("ip6tables-restore", parts[1]);
        assertThat(v6.status()).as(v6.output()).isZero();
    }

    @Test
    void asaReadsBackTheSameFlowsDespiteHostileText() {
        String text = write(Platform.ASA);
        assertThat(withoutInterfaces(AsaReader.read(text))).isEqualTo(withoutInterfaces(expected(Platform.ASA)));
        assertThat(AsaReader.read(text).stream().map(Tuple::in).collect(Collectors.toSet()))
                .hasSize(2)
                .allMatch(n -> n.length() <= 48);
    }

    @Test
    void fortiGateReadsBackTheSameFlowsDespiteHostileText() {
        String text = write(Platform.FORTIGATE);
        Set<Tuple> back = FortiGateReader.read(text);
        assertThat(withoutInterfaces(back)).isEqualTo(withoutInterfaces(expected(Platform.FORTIGATE)));
        assertThat(back.stream().map(Tuple::out).collect(Collectors.toSet()))
                .hasSize(3)
                .allMatch(n -> n.length() <= FortiGateSyntax.NAME_MAX);
    }

    @Test
    void panosReadsBackTheSameFlowsDespiteHostileText() {
        String text = write(Platform.PANOS);
        Set<Tuple> back = PanosReader.read(text);
        assertThat(withoutInterfaces(back)).isEqualTo(withoutInterfaces(expected(Platform.PANOS)));
        assertThat(back.stream().map(Tuple::out).collect(Collectors.toSet()))
                .hasSize(3)
                .allMatch(n -> n.length() <= PanosSyntax.ZONE_MAX);
    }

    @Test
    void namesAreUniqueLegalAndStable() {
        NameTable t = new NameTable(35, "-_.", '_', Set.of("any"));
        String a = t.name("valt clients");
        String b = t.name("valt_clients");
        assertThat(a).isEqualTo("valt_clients");
        assertThat(b).isNotEqualTo(a).startsWith("valt_clients_").hasSizeLessThanOrEqualTo(35);
        assertThat(t.name("valt clients")).isEqualTo(a);
        assertThat(t.name("any")).startsWith("any_").isNotEqualTo("any");
        assertThat(t.name("x".repeat(300))).hasSize(35);
        assertThat(t.name("\u6771\u4eac")).matches("v_[0-9a-f_]+");
        NameTable again = new NameTable(35, "-_.", '_', Set.of("any"));
        again.name("valt clients");
        assertThat(again.name("valt_clients")).isEqualTo(b);
    }

    private static String write(Platform p) {
        RuleSetFixture f = hostile(p);
        Site site = f.site();
        String text = Syntaxes.forPlatform(p).orElseThrow().write(site, f.sets().get(0));
        assertThat(text).doesNotContain("\r").matches("[\\x20-\\x7e\\t\\n]*");
        assertThat(text).doesNotContain("\"site\"", "\"; drop").doesNotContainPattern("(?m)^\\s*flush");
        return text;
    }

    private static Set<Tuple> expected(Platform p) {
        RuleSetFixture f = hostile(p);
        f.site();
        FirewallRuleSet set = f.sets().get(0);
        return Tuple.expand(set, Function.identity(), Function.identity());
    }

    private static Set<Tuple> withoutInterfaces(Set<Tuple> tuples) {
        return tuples.stream()
                .map(t -> new Tuple("", "", t.transport(), t.src(), t.dst(), t.port()))
                .collect(Collectors.toSet());
    }

    private static void assertLines(String text, Pattern allowed) {
        for (String line : text.split("\n", -1)) {
            assertThat(allowed.matcher(line).matches())
                    .as("line may not be written: [%s]", line)
                    .isTrue();
        }
    }
}
