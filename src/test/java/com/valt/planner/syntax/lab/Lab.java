package com.valt.planner.syntax.lab;

import com.valt.planner.domain.Firewall;
import com.valt.planner.domain.FirewallInterface;
import com.valt.planner.domain.Zone;
import com.valt.planner.syntax.Cidr;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * The plan built as Linux network namespaces: one per zone (its devices' addresses on its loopback),
 * one router per firewall, a veth pair per firewall interface, and routes along
 * {@link Topology#nextHop}. Firewall interfaces carry the plan's names where Linux allows them
 * ({@link #ifname}). Transfer links use 169.254.K.0/30 and fe80::1/fe80::2, so no plan address is
 * taken. Namespace names carry a random suffix; {@link #close} (and a shutdown hook) removes them.
 * No packet can leave these namespaces: they have no link to the machine's own network.
 */
final class Lab implements AutoCloseable {
    private static final Pattern LINUX_IFNAME = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]{0,14}");
    private static final Set<String> LIVE = ConcurrentHashMap.newKeySet();
    private static final List<Process> PROCESSES = new java.util.concurrent.CopyOnWriteArrayList<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(Lab::removeAll));
    }

    private final Topology topology;
    private final String run = HexFormat.of().formatHex(new SecureRandom().generateSeed(3));
    private final Map<String, String> namespaces = new LinkedHashMap<>();
    private final Map<String, Map<String, String>> ifnames = new HashMap<>();
    private final Map<String, List<String>> addresses = new LinkedHashMap<>();
    private final StringBuilder log = new StringBuilder();

    private Lab(Topology topology) {
        this.topology = topology;
    }

    /** Builds the lab with every address given placed in its zone's namespace. */
    static Lab build(Topology topology, Collection<String> hostAddresses) {
        Lab lab = new Lab(topology);
        try {
            lab.create(hostAddresses);
            return lab;
        } catch (RuntimeException e) {
            lab.close();
            throw e;
        }
    }

    /** The Linux name of a firewall interface in the lab: the plan's name when it is a legal one, else ifK. */
    String ifname(String firewall, String planName) {
        return ifnames.get(firewall).get(planName);
    }

    String namespace(String node) {
        return namespaces.get(node);
    }

    private void create(Collection<String> hostAddresses) {
        int n = 0;
        for (String z : topology.zones()) {
            namespaces.put(Topology.zone(z), "vl" + run + "z" + n++);
        }
        n = 0;
        for (Firewall f : topology.site.firewalls()) {
            namespaces.put(Topology.fw(f.id()), "vl" + run + "f" + n++);
        }
        for (String ns : namespaces.values()) {
            LIVE.add(ns);
            sh(List.of("ip", "netns", "add", ns), null);
        }
        for (String a : hostAddresses) {
            addresses
                    .computeIfAbsent(topology.zoneOf(a), k -> new ArrayList<>())
                    .add(a);
        }
        Map<String, StringBuilder> scripts = new LinkedHashMap<>();
        namespaces.forEach((node, ns) -> scripts.put(node, new StringBuilder(prelude())));
        int k = 0;
        Map<String, Map<String, Integer>> linkOf = new HashMap<>();
        for (Firewall f : topology.site.firewalls()) {
            Map<String, String> names = new LinkedHashMap<>();
            ifnames.put(f.id(), names);
            for (FirewallInterface i : f.interfaces()) {
                if (k >= 250) {
                    throw new IllegalStateException("more than 250 firewall interfaces: too big for this lab");
                }
                String fwIf =
                        LINUX_IFNAME.matcher(i.name()).matches() && !i.name().equals("lo") ? i.name() : "if" + k;
                names.put(i.name(), fwIf);
                String zoneIf = "l" + k;
                sh(
                        List.of(
                                "ip",
                                "link",
                                "add",
                                fwIf,
                                "netns",
                                namespaces.get(Topology.fw(f.id())),
                                "type",
                                "veth",
                                "peer",
                                "name",
                                zoneIf,
                                "netns",
                                namespaces.get(Topology.zone(i.zone()))),
                        null);
                scripts.get(Topology.fw(f.id())).append(linkUp(fwIf, "169.254." + k + ".1/30", "fe80::1/64"));
                scripts.get(Topology.zone(i.zone())).append(linkUp(zoneIf, "169.254." + k + ".2/30", "fe80::2/64"));
                linkOf.computeIfAbsent(Topology.fw(f.id()), x -> new HashMap<>())
                        .put(Topology.zone(i.zone()), k);
                linkOf.computeIfAbsent(Topology.zone(i.zone()), x -> new HashMap<>())
                        .put(Topology.fw(f.id()), k);
                k++;
            }
        }
        addresses.forEach((zone, list) -> {
            StringBuilder s = scripts.get(Topology.zone(zone));
            for (String a : list) {
                boolean v6 = a.contains(":");
                s.append(v6 ? "ip -6 addr add " + a + "/128 dev lo nodad\n" : "ip addr add " + a + "/32 dev lo\n");
            }
        });
        for (String node : namespaces.keySet()) {
            for (String dest : topology.zones()) {
                String next = topology.nextHop(node, dest);
                if (next != null) {
                    int link = linkOf.get(node).get(next);
                    boolean fromFirewall = node.startsWith("f:");
                    String dev = fromFirewall ? ifname(node.substring(2), interfaceName(node, next)) : "l" + link;
                    scripts.get(node).append(routes(dest, link, fromFirewall ? 2 : 1, dev));
                }
            }
        }
        scripts.forEach((node, script) -> sh(
                List.of(
                        "ip",
                        "netns",
                        "exec",
                        namespaces.get(node),
                        "sh",
                        "-ec",
                        script.append("for f in /proc/sys/net/ipv4/conf/*/rp_filter; do echo 0 > $f; done\n")
                                .toString()),
                null));
    }

    private String interfaceName(String firewallNode, String zoneNode) {
        return topology.site
                .firewall(firewallNode.substring(2))
                .orElseThrow()
                .interfaceTo(zoneNode.substring(2))
                .orElseThrow()
                .name();
    }

    private static String prelude() {
        return "echo 1 > /proc/sys/net/ipv4/ip_forward\n"
                + "echo 1 > /proc/sys/net/ipv6/conf/all/forwarding\n"
                + "echo 0 > /proc/sys/net/ipv4/conf/all/rp_filter\n"
                + "echo 0 > /proc/sys/net/ipv4/conf/default/rp_filter\n"
                + "ip link set lo up\n";
    }

    private static String linkUp(String dev, String v4, String v6) {
        return "ip addr add " + v4 + " dev " + dev + "\nip -6 addr add " + v6 + " dev " + dev + " nodad\n"
                + "ip link set " + dev + " up\n";
    }

    /** Routes to a zone's networks (internet: the default routes) through link K's host .1 or .2. */
    private String routes(String dest, int link, int host, String dev) {
        String v4 = "169.254." + link + "." + host;
        String v6 = "fe80::" + host + " dev " + dev;
        List<String> nets = dest.equals(Zone.INTERNET)
                ? List.of("0.0.0.0/0", "::/0")
                : topology.site.zone(dest).map(Zone::networks).orElse(List.of());
        StringBuilder b = new StringBuilder();
        for (String net : nets) {
            String text = net.equals("::/0") ? net : Cidr.parse(net).text();
            b.append(
                    text.contains(":")
                            ? "ip -6 route replace " + text + " via " + v6 + "\n"
                            : "ip route replace " + text + " via " + v4 + " dev " + dev + "\n");
        }
        return b.toString();
    }

    void loadNft(String firewall, String text) {
        sh(List.of("ip", "netns", "exec", namespace(Topology.fw(firewall)), "nft", "-f", "-"), text);
    }

    void loadIptables(String firewall, String ipv4, String ipv6) {
        String ns = namespace(Topology.fw(firewall));
        sh(List.of("ip", "netns", "exec", ns, "iptables-restore"), ipv4);
        if (ipv6 != null) {
            sh(List.of("ip", "netns", "exec", ns, "ip6tables-restore"), ipv6);
        }
    }

    /** Removes every rule of a firewall namespace (nft and iptables-nft alike) and sets nothing. */
    void clearRules(String firewall) {
        sh(List.of("ip", "netns", "exec", namespace(Topology.fw(firewall)), "nft", "flush", "ruleset"), null);
    }

    /** Starts a UDP echo on a port in each zone for the given addresses (all at once), and waits until all are bound. */
    void startUdpResponders(int port, Map<String, List<String>> addressesByZone) throws IOException {
        List<Process> started = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : addressesByZone.entrySet()) {
            List<String> cmd = new ArrayList<>(List.of(
                    "ip",
                    "netns",
                    "exec",
                    namespace(Topology.zone(e.getKey())),
                    javaBinary(),
                    "-XX:TieredStopAtLevel=1",
                    "-XX:+UseSerialGC",
                    "-cp",
                    classes(),
                    UdpResponder.class.getName(),
                    Integer.toString(port)));
            cmd.addAll(e.getValue());
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            PROCESSES.add(p);
            started.add(p);
        }
        for (Process p : started) {
            String first =
                    new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8)).readLine();
            if (!"ready".equals(first)) {
                throw new IllegalStateException("a UDP responder did not start: " + first);
            }
        }
    }

    /** Runs the probes of one source zone in that zone's namespace; returns "id OUTCOME detail" lines by id. */
    Map<String, String> probe(String zone, List<Probe> probes) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(
                        "ip",
                        "netns",
                        "exec",
                        namespace(Topology.zone(zone)),
                        javaBinary(),
                        "-XX:TieredStopAtLevel=1",
                        "-XX:+UseSerialGC",
                        "-cp",
                        classes(),
                        Prober.class.getName())
                .redirectErrorStream(true)
                .start();
        PROCESSES.add(p);
        try (OutputStream in = p.getOutputStream()) {
            for (Probe pr : probes) {
                in.write((pr.line() + "\n").getBytes(StandardCharsets.UTF_8));
            }
        }
        Map<String, String> out = new HashMap<>();
        for (String line : new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
            int sp = line.indexOf(' ');
            if (sp > 0) {
                out.put(line.substring(0, sp), line.substring(sp + 1));
            }
        }
        p.waitFor(60, TimeUnit.SECONDS);
        PROCESSES.remove(p);
        return out;
    }

    String log() {
        return log.toString();
    }

    private void sh(List<String> command, String stdin) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            try (OutputStream in = p.getOutputStream()) {
                if (stdin != null) {
                    in.write(stdin.getBytes(StandardCharsets.UTF_8));
                }
            }
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed: " + out);
            }
            log.append(out);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String javaBinary() {
        return ProcessHandle.current()
                .info()
                .command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    private static String classes() {
        try {
            return Path.of(Prober.class
                            .getProtectionDomain()
                            .getCodeSource()
                            .getLocation()
                            .toURI())
                    .toString();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        for (Process p : PROCESSES) {
            p.destroyForcibly();
        }
        PROCESSES.clear();
        for (String ns : namespaces.values()) {
            delete(ns);
        }
    }

    private static void delete(String ns) {
        if (LIVE.remove(ns)) {
            try {
                new ProcessBuilder("ip", "netns", "del", ns)
                        .redirectErrorStream(true)
                        .start()
                        .waitFor(10, TimeUnit.SECONDS);
            } catch (IOException e) {
                // nothing more to do: the name is random and the namespace holds no process
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static void removeAll() {
        PROCESSES.forEach(Process::destroyForcibly);
        List.copyOf(LIVE).forEach(Lab::delete);
    }

    /** Whether namespaces can be made here: root, ip and nft present. */
    static String unavailableReason() {
        if (!"root".equals(System.getProperty("user.name"))) {
            return "the namespace lab needs root (CI runs as root)";
        }
        for (String tool : List.of("ip", "nft")) {
            if (!Files.isExecutable(Path.of("/usr/sbin", tool))
                    && !Files.isExecutable(Path.of("/sbin", tool))
                    && !Files.isExecutable(Path.of("/usr/bin", tool))) {
                return "the namespace lab needs " + tool + " (apt-get install iproute2 nftables)";
            }
        }
        return null;
    }
}
