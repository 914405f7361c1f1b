package com.valt.planner.probe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.valt.planner.engine.FlowResult;
import com.valt.planner.testing.LabSites;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real connector against listeners on loopback addresses: open, closed, DNS; and what is attempted. */
class ProbeLoopbackTest {
    @TempDir
    Path dir;

    private static Map<String, Verdict> byRule(ProbeReport r) {
        return r.lines().stream()
                .collect(Collectors.toMap(l -> l.rule() + " " + l.transport() + " " + l.port(), ProbeLine::result));
    }

    @Test
    void aListeningPortIsOpenAnUnusedOneClosedAndAttemptsComeFromTheDevicesAddress() throws Exception {
        FlowResult flows = LabSites.flows(LabSites.loopback(dir, null, false));
        ProbePlan plan = ProbePlan.of(flows, "pc1", null);
        try (Loopback lo = new Loopback()) {
            // Ports from the catalog (R2 1935, R3 8000, R4 20100 need no root); R1's port 80 is left unused.
            for (int port : new int[] {1935, 8000, 20100}) {
                assertThat(lo.listen("127.0.0.2", port))
                        .as("port %d free on 127.0.0.2", port)
                        .isTrue();
            }
            List<ProbeLine> live = new CopyOnWriteArrayList<>();
            ProbeReport r = new Prober(new SocketConnector(), Resolver.literalsOnly(), 4, 2000).run(plan, live::add);
            assertThat(byRule(r))
                    .containsExactlyInAnyOrderEntriesOf(Map.of(
                            "R1 TCP 80",
                            Verdict.CLOSED,
                            "R2 TCP 1935",
                            Verdict.OPEN,
                            "R3 TCP 8000",
                            Verdict.OPEN,
                            "R4 TCP 20100",
                            Verdict.OPEN));
            assertThat(live).hasSize(4);
            assertThat(r.lines()).extracting(ProbeLine::rule).containsExactly("R1", "R2", "R3", "R4");
            assertThat(r.lines().get(0).message()).containsIgnoringCase("refused");
            assertThat(r.boundTo()).isEqualTo("127.0.0.3");
            assertThat(r.allPass()).isTrue();
            assertThat(r.complete()).isTrue();
            assertThat(r.summary()).isEqualTo("4 flows: 3 open, 1 closed");
            Thread.sleep(100);
            assertThat(lo.peers).hasSize(3).containsOnly("127.0.0.3");
        }
    }

    @Test
    void everyAttemptedAddressIsOneOfThePlansDestinations() throws Exception {
        FlowResult flows = LabSites.flows(LabSites.loopback(dir, "127.0.0.53", true));
        for (String device : List.of("pc1", "app")) {
            ProbePlan plan = ProbePlan.of(flows, device, null);
            Set<String> planned = plan.targets().stream()
                    .map(Target::host)
                    .filter(h -> h != null)
                    .collect(Collectors.toSet());
            List<String> attempted = new CopyOnWriteArrayList<>();
            Connector recording = new Connector() {
                @Override
                public Outcome tcp(InetAddress from, InetAddress to, int port, int timeoutMs) {
                    attempted.add(to.getHostAddress() + " TCP " + port);
                    return new Outcome(Verdict.CLOSED, 0, to.getHostAddress(), "recorded");
                }

                @Override
                public Outcome dns(InetAddress from, InetAddress to, int port, String name, int timeoutMs) {
                    attempted.add(to.getHostAddress() + " UDP " + port);
                    return new Outcome(Verdict.OPEN, 0, to.getHostAddress(), "recorded");
                }
            };
            ProbeReport r = new Prober(recording, Resolver.literalsOnly(), 8, 500).run(plan, l -> {});
            Set<String> plannedPorts = plan.targets().stream()
                    .map(t -> t.host() + " " + t.transport() + " " + t.port())
                    .collect(Collectors.toSet());
            assertThat(attempted)
                    .as(device)
                    .isNotEmpty()
                    .allSatisfy(a -> assertThat(plannedPorts).contains(a));
            assertThat(attempted.stream().map(a -> a.substring(0, a.indexOf(' '))))
                    .allSatisfy(a -> assertThat(planned).contains(a));
            // each planned (address, transport, port) at most once: no retries, no scan
            assertThat(attempted).doesNotHaveDuplicates();
            assertThat(r.lines()).hasSize(plan.targets().size());
            if (device.equals("pc1")) {
                // ms1 has no address: reported, never attempted
                assertThat(r.lines())
                        .filteredOn(l -> l.destination().equals("ms1"))
                        .isNotEmpty()
                        .allSatisfy(l -> {
                            assertThat(l.result()).isEqualTo(Verdict.ERROR);
                            assertThat(l.message()).contains("ms1 has no address in the plan");
                        });
            } else {
                // the update mirrors are host names: unresolved, and not looked up in this test
                assertThat(r.lines())
                        .filteredOn(l -> l.rule().equals("R8"))
                        .isNotEmpty()
                        .allSatisfy(l -> assertThat(l.result()).isEqualTo(Verdict.UNRESOLVED));
                assertThat(attempted).contains("127.0.0.53 UDP 53", "127.0.0.53 TCP 53");
            }
        }
    }

    @Test
    void dnsWithNoServerIsClosedByThePortUnreachable() throws Exception {
        FlowResult flows = LabSites.flows(LabSites.loopback(dir, "127.0.0.54", false));
        ProbePlan plan = ProbePlan.of(flows, "app", null);
        Target dns = plan.targets().stream().filter(Target::isUdp).findFirst().orElseThrow();
        Outcome o = new SocketConnector()
                .dns(
                        InetAddress.getByName("127.0.0.2"),
                        InetAddress.getByName("127.0.0.54"),
                        dns.port(),
                        plan.queryName(),
                        2000);
        assertThat(o.verdict()).isEqualTo(Verdict.CLOSED);
        assertThat(o.message()).contains("port unreachable");
    }

    @Test
    void dnsAnsweredByAResponderIsOpen() throws Exception {
        DatagramSocket server = new DatagramSocket(null);
        try {
            server.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.53"), 53));
        } catch (java.io.IOException e) {
            server.close();
            assumeThat(false)
                    .as("UDP port 53 needs root here: " + e.getMessage())
                    .isTrue();
        }
        List<String> asked = new CopyOnWriteArrayList<>();
        Thread responder = new Thread(
                () -> {
                    byte[] buf = new byte[512];
                    for (int i = 0; i < 10; i++) {
                        try {
                            DatagramPacket p = new DatagramPacket(buf, buf.length);
                            server.receive(p);
                            asked.add(p.getAddress().getHostAddress());
                            byte[] reply = java.util.Arrays.copyOf(buf, p.getLength());
                            reply[2] |= (byte) 0x80; // QR: a response; RCODE stays NOERROR
                            server.send(new DatagramPacket(reply, reply.length, p.getSocketAddress()));
                        } catch (java.io.IOException e) {
                            return;
                        }
                    }
                },
                "dns-responder");
        responder.setDaemon(true);
        responder.start();
        try {
            FlowResult flows = LabSites.flows(LabSites.loopback(dir, "127.0.0.53", false));
            ProbePlan plan = ProbePlan.of(flows, "app", null);
            ProbeReport r = new Prober(new SocketConnector(), Resolver.literalsOnly(), 4, 2000).run(plan, l -> {});
            ProbeLine udp = r.lines().stream()
                    .filter(l -> l.transport().equals("UDP"))
                    .findFirst()
                    .orElseThrow();
            assertThat(udp.result()).isEqualTo(Verdict.OPEN);
            assertThat(udp.message()).isEqualTo("DNS answer NOERROR for " + plan.queryName());
            assertThat(asked).containsExactly("127.0.0.2");
        } finally {
            server.close();
        }
    }

    @Test
    void aQueryIsAWellFormedDnsMessage() {
        byte[] q = DnsQuery.build(0xBEEF, "us.archive.ubuntu.com");
        assertThat(DnsQuery.id(q, q.length)).isEqualTo(0xBEEF);
        assertThat(q).hasSize(12 + 1 + 2 + 1 + 7 + 1 + 6 + 1 + 3 + 1 + 4);
        assertThat(DnsQuery.answers(0xBEEF, q, q.length))
                .as("a query is not an answer")
                .isFalse();
    }

    @Test
    void unknownDeviceSuggestsNearIdsAndADeviceWithNoFlowsSaysWhatToDo() throws Exception {
        FlowResult flows = LabSites.flows(LabSites.loopback(dir, null, false));
        assertThatThrownBy(() -> ProbePlan.of(flows, "pc2", null))
                .hasMessage("no device has the id \"pc2\"; did you mean pc1?");
        assertThatThrownBy(() -> ProbePlan.of(flows, "cam1", null))
                .hasMessageContaining("cam1 (Room 1, ")
                .hasMessageContaining("opens no connection in this plan")
                .hasMessageContaining("run 'listen'");
        assertThatThrownBy(() -> ProbePlan.of(flows, "pc1", "core"))
                .hasMessageContaining("no firewall has the id \"core\"");
    }

    @Test
    void listenAnswersEachConnectionWithTheFlowAndSkipsAPortInUse() throws Exception {
        FlowResult flows = LabSites.flows(LabSites.loopback(dir, null, false));
        List<Listener.Port> ports = Listener.ports(flows, "app");
        assertThat(ports).extracting(Listener.Port::port).contains(80, 1935, 8000, 20100);
        List<String> log = new CopyOnWriteArrayList<>();
        try (Loopback taken = new Loopback()) {
            assertThat(taken.listen("127.0.0.2", 1935)).isTrue();
            List<Listener.Port> high =
                    ports.stream().filter(p -> p.port() >= 1024).toList();
            try (Listener listener =
                    Listener.standingInFor(flows.site().device("app").orElseThrow(), high, log::add)) {
                assertThat(listener.boundTo()).isEqualTo("127.0.0.2");
                assertThat(listener.start()).containsExactly(8000, 20100);
                assertThat(log)
                        .anySatisfy(l -> assertThat(l)
                                .startsWith("cannot listen on TCP 1935 (R2)")
                                .endsWith(": skipped"));
                try (java.net.Socket s = new java.net.Socket()) {
                    s.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.3"), 0));
                    s.connect(new InetSocketAddress("127.0.0.2", 8000), 2000);
                    s.setSoTimeout(2000);
                    String line =
                            new java.io.BufferedReader(new java.io.InputStreamReader(s.getInputStream())).readLine();
                    assertThat(line).isEqualTo("VALT Site Planner: R3 pc1 -> app TCP 8000 reached");
                }
                ProbeReport r = new Prober(new SocketConnector(), Resolver.literalsOnly(), 4, 2000)
                        .run(ProbePlan.of(flows, "pc1", null), l -> {});
                assertThat(byRule(r))
                        .containsEntry("R3 TCP 8000", Verdict.OPEN)
                        .containsEntry("R4 TCP 20100", Verdict.OPEN);
            }
        }
    }

    @Test
    void durationsAreParsedWithTheirUnitAndRefusedWithAClearMessage() {
        assertThat(Durations.parse("30m")).hasMinutes(30);
        assertThat(Durations.parse("90s")).hasSeconds(90);
        assertThat(Durations.parse("2h")).hasHours(2);
        assertThat(Durations.parse("500ms")).hasMillis(500);
        assertThat(Durations.format(Durations.parse("120s"))).isEqualTo("2m");
        assertThatThrownBy(() -> Durations.parse("2 minutes")).hasMessageContaining("write a number and a unit");
    }
}
