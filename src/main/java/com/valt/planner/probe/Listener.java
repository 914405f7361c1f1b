package com.valt.planner.probe;

import com.valt.planner.domain.Device;
import com.valt.planner.engine.Flow;
import com.valt.planner.engine.FlowResult;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * {@code listen}: a TCP listener on every port a device must accept, so that {@code probe} from the other
 * side reads {@code open}. Each connection gets one line naming the planner and the flow, then is closed.
 * UDP (DNS) is not answered: DNS is the customer's own server.
 */
public final class Listener implements AutoCloseable {
    public static final String BANNER = "VALT Site Planner: ";

    /** One port to open and the flows that reach the device on it. */
    public record Port(int port, List<Flow> flows) {}

    private final List<Port> ports;
    private final InetAddress bind;
    private final Consumer<String> log;
    private final List<ServerSocket> open = new ArrayList<>();
    private volatile boolean closed;

    /** @param bind the address to listen on, or null for all of this computer's addresses */
    public Listener(List<Port> ports, InetAddress bind, Consumer<String> log) {
        this.ports = List.copyOf(ports);
        this.bind = bind;
        this.log = log;
    }

    /** A listener for the device: on its address when this computer has it, else on all addresses. */
    public static Listener standingInFor(Device d, List<Port> ports, Consumer<String> log) {
        return new Listener(ports, bindFor(d), log);
    }

    /** The address listened on, or "" for all of this computer's addresses. */
    public String boundTo() {
        return bind == null ? "" : bind.getHostAddress();
    }

    /** The TCP ports the device must accept, from the engine's flows whose destination it is, by port. */
    public static List<Port> ports(FlowResult result, String deviceId) throws ProbeException {
        Device d = result.site()
                .device(deviceId)
                .orElseThrow(() -> new ProbeException(ProbePlan.unknownDevice(result, deviceId)));
        Map<Integer, List<Flow>> byPort = new TreeMap<>();
        boolean udp = false;
        for (Flow f : result.flows()) {
            if (f.destination().id().equals(deviceId)) {
                if ("TCP".equals(f.transport())) {
                    byPort.computeIfAbsent(f.port(), k -> new ArrayList<>()).add(f);
                } else {
                    udp = true;
                }
            }
        }
        if (byPort.isEmpty()) {
            throw new ProbeException(deviceId + " (" + d.displayName() + ") accepts no TCP connection in this plan"
                    + (udp ? " (its UDP flows are DNS, answered by the customer's DNS server)" : "")
                    + ": nothing to listen on.");
        }
        return byPort.entrySet().stream()
                .map(e -> new Port(e.getKey(), e.getValue()))
                .toList();
    }

    /** The device's address when this computer has it (an address literal only; nothing is looked up), else null. */
    public static InetAddress bindFor(Device d) {
        String a = d.address();
        if (a == null
                || !(com.valt.planner.domain.Addresses.isIpv4(a) || com.valt.planner.domain.Addresses.isIpv6(a))) {
            return null;
        }
        try {
            InetAddress address = InetAddress.getByName(a);
            return LocalHost.has(address) ? address : null;
        } catch (IOException e) {
            return null;
        }
    }

    /** Opens every port it can; returns the ports opened. A port it cannot open is logged and skipped. */
    public List<Integer> start() {
        List<Integer> opened = new ArrayList<>();
        for (Port p : ports) {
            ServerSocket s = null;
            try {
                s = new ServerSocket();
                s.setReuseAddress(true);
                s.bind(new InetSocketAddress(bind, p.port()), 50);
                synchronized (open) {
                    open.add(s);
                }
                opened.add(p.port());
                ServerSocket server = s;
                Thread t = new Thread(() -> serve(server, p), "listen-" + p.port());
                t.setDaemon(true);
                t.start();
            } catch (IOException | SecurityException e) {
                closeQuietly(s);
                log.accept("cannot listen on TCP " + p.port() + " (" + rules(p.flows()) + "): "
                        + SocketConnector.message(e)
                        + (p.port() < 1024 ? " (ports below 1024 need administrator rights)" : "")
                        + ": skipped");
            }
        }
        return opened;
    }

    private void serve(ServerSocket server, Port p) {
        while (!closed && !server.isClosed()) {
            try (Socket c = server.accept()) {
                String peer = c.getInetAddress().getHostAddress();
                String line = answer(p, peer, c.getLocalAddress().getHostAddress());
                c.setSoTimeout(1000);
                OutputStream out = c.getOutputStream();
                out.write((line + "\n").getBytes(StandardCharsets.UTF_8));
                out.flush();
                log.accept(LocalTime.now().truncatedTo(ChronoUnit.SECONDS) + " TCP " + p.port() + " from " + peer + ": "
                        + line.substring(BANNER.length()));
            } catch (IOException e) {
                if (!closed && !server.isClosed()) {
                    log.accept("TCP " + p.port() + ": " + SocketConnector.message(e));
                }
            }
        }
    }

    /** "VALT Site Planner: R3 pc1 -> ms1 TCP 8000 reached": the flows from the connecting address, else all of the port's. */
    static String answer(Port p, String peer, String local) {
        List<Flow> from = p.flows().stream()
                .filter(f -> peer.equals(f.source().address()))
                .toList();
        List<Flow> shown = from.isEmpty() ? p.flows() : from;
        String flows = shown.stream()
                .limit(4)
                .map(f -> f.ruleId() + " " + f.source().id() + " -> "
                        + f.destination().id() + " " + f.portLabel())
                .collect(Collectors.joining("; "));
        if (shown.size() > 4) {
            flows += "; and " + (shown.size() - 4) + " more";
        }
        return BANNER + flows + " reached" + (from.isEmpty() ? " (from " + peer + ", not a planned source)" : "");
    }

    private static String rules(List<Flow> flows) {
        return flows.stream().map(Flow::ruleId).distinct().collect(Collectors.joining(" "));
    }

    @Override
    public void close() {
        closed = true;
        synchronized (open) {
            open.forEach(Listener::closeQuietly);
            open.clear();
        }
    }

    private static void closeQuietly(ServerSocket s) {
        if (s != null) {
            try {
                s.close();
            } catch (IOException e) {
                // closing: nothing more to do
            }
        }
    }
}
