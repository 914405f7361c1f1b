package com.valt.planner.probe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.valt.planner.testing.LabSites;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code filtered}, for real: a client namespace, a router namespace whose nftables drops one flow and
 * rejects another, and a server namespace running {@code listen}; {@code probe} runs in the client
 * namespace. Every address lives inside these namespaces, which the test makes and removes. Skipped,
 * with the reason, where namespaces cannot be made (not root, no ip or nft).
 */
class NamespaceLabTest {
    private static final String NFT = """
            table inet valtlab {
              chain forward {
                type filter hook forward priority 0; policy accept;
                ip daddr 10.199.2.2 tcp dport 8000 drop
                ip daddr 10.199.2.2 tcp dport 20100 reject with icmpx type admin-prohibited
              }
            }
            """;

    @TempDir
    Path dir;

    private final String prefix = "vpl" + ProcessHandle.current().pid() % 100_000;
    private final String client = prefix + "c";
    private final String router = prefix + "r";
    private final String server = prefix + "s";

    @Test
    void theFirewallsDroppedAndRejectedFlowsAreFilteredAndTheOthersOpen() throws Exception {
        assumeThat(System.getProperty("user.name"))
                .as("network namespaces need root")
                .isEqualTo("root");
        Result made = sh(10, "ip", "netns", "add", client);
        assumeThat(made.status)
                .as("cannot make a network namespace here: " + made.out)
                .isZero();
        Process listen = null;
        try {
            build();
            Path site = LabSites.write(dir.resolve("lab.valt.json"), """
                    {
                      "format": "valt-site-plan", "version": 1,
                      "site": { "name": "Namespace lab", "revision": "N1" },
                      "settings": { "ssl": false, "onlineUpdates": false, "wowzaKey": "physical" },
                      "devices": [
                        { "id": "app", "type": "application-server", "address": "10.199.2.2" },
                        { "id": "pc1", "type": "client", "address": "10.199.1.2" }
                      ]
                    }
                    """);
            Path listenOut = dir.resolve("listen.out");
            listen = new ProcessBuilder(java(
                            "ip", "netns", "exec", server, "listen", site.toString(), "--as", "app", "--for", "60s"))
                    .redirectErrorStream(true)
                    .redirectOutput(listenOut.toFile())
                    .start();
            for (int i = 0; i < 300 && !Files.readString(listenOut).contains("Listening as"); i++) {
                assertThat(listen.isAlive())
                        .as("listen: " + Files.readString(listenOut))
                        .isTrue();
                Thread.sleep(100);
            }
            assertThat(Files.readString(listenOut)).contains("Listening as app on 10.199.2.2, TCP 80 1935 8000 20100");
            Result probe = run(
                    60,
                    java(
                            "ip",
                            "netns",
                            "exec",
                            client,
                            "probe",
                            site.toString(),
                            "--as",
                            "pc1",
                            "--format",
                            "csv",
                            "--timeout",
                            "1s"));
            assertThat(probe.status).as(probe.out).isEqualTo(1);
            List<String> rows = probe.out.lines().filter(l -> l.startsWith("R")).toList();
            assertThat(rows).hasSize(4);
            assertThat(rows.get(0)).startsWith("R1,app,10.199.2.2,TCP,80,open,");
            assertThat(rows.get(1)).startsWith("R2,app,10.199.2.2,TCP,1935,open,");
            assertThat(rows.get(2))
                    .startsWith("R3,app,10.199.2.2,TCP,8000,filtered,")
                    .endsWith(",no answer in 1000 ms");
            assertThat(rows.get(3))
                    .startsWith("R4,app,10.199.2.2,TCP,20100,filtered,")
                    .contains("No route to host");
            assertThat(Files.readString(listenOut))
                    .contains("TCP 80 from 10.199.1.2: R1 pc1 -> app TCP 80 reached")
                    .doesNotContain("TCP 8000 from");
        } finally {
            if (listen != null) {
                listen.destroy();
                listen.waitFor(10, TimeUnit.SECONDS);
            }
            for (String ns : List.of(client, router, server)) {
                sh(10, "ip", "netns", "del", ns);
            }
        }
        assertThat(sh(10, "ip", "netns", "list").out).doesNotContain(prefix);
    }

    private void build() throws Exception {
        must("ip", "netns", "add", router);
        must("ip", "netns", "add", server);
        must("ip", "-n", client, "link", "add", "c0", "type", "veth", "peer", "name", "r0", "netns", router);
        must("ip", "-n", server, "link", "add", "s0", "type", "veth", "peer", "name", "r1", "netns", router);
        must("ip", "-n", client, "addr", "add", "10.199.1.2/24", "dev", "c0");
        must("ip", "-n", router, "addr", "add", "10.199.1.1/24", "dev", "r0");
        must("ip", "-n", router, "addr", "add", "10.199.2.1/24", "dev", "r1");
        must("ip", "-n", server, "addr", "add", "10.199.2.2/24", "dev", "s0");
        for (String[] link : new String[][] {
            {client, "c0"},
            {client, "lo"},
            {router, "r0"},
            {router, "r1"},
            {router, "lo"},
            {server, "s0"},
            {server, "lo"}
        }) {
            must("ip", "-n", link[0], "link", "set", link[1], "up");
        }
        must("ip", "-n", client, "route", "add", "default", "via", "10.199.1.1");
        must("ip", "-n", server, "route", "add", "default", "via", "10.199.2.1");
        must("ip", "netns", "exec", router, "sysctl", "-qw", "net.ipv4.ip_forward=1");
        Path rules = dir.resolve("lab.nft");
        Files.writeString(rules, NFT);
        must("ip", "netns", "exec", router, "nft", "-f", rules.toString());
    }

    /** This JVM's class path, run as the planner's command line inside a namespace. */
    private static String[] java(String ip, String netns, String exec, String ns, String... args) {
        List<String> cmd = new ArrayList<>(List.of(
                ip,
                netns,
                exec,
                ns,
                ProcessHandle.current().info().command().orElse("java"),
                "-Djava.awt.headless=true",
                "-cp",
                System.getProperty("java.class.path"),
                "com.valt.planner.Launcher"));
        cmd.addAll(List.of(args));
        return cmd.toArray(String[]::new);
    }

    private record Result(int status, String out) {}

    private static void must(String... cmd) throws Exception {
        Result r = sh(10, cmd);
        assertThat(r.status).as(String.join(" ", cmd) + ": " + r.out).isZero();
    }

    private static Result sh(int seconds, String... cmd) throws Exception {
        return run(seconds, cmd);
    }

    private static Result run(int seconds, String... cmd) throws Exception {
        Process p;
        try {
            p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        } catch (IOException e) {
            return new Result(-1, e.getMessage());
        }
        if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return new Result(-1, String.join(" ", cmd) + ": no end within " + seconds + " s");
        }
        return new Result(p.exitValue(), new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
    }
}
