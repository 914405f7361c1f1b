package com.valt.planner.syntax.lab;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.ConnectException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.PortUnreachableException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs inside a zone's namespace ({@code ip netns exec NS java ... Prober}): reads
 * "id TCP|UDP source destination port timeoutMs" lines, tries each connection from its source
 * address, in parallel, and prints "id PASS|DROP|ERROR detail". PASS: connected, refused by the far
 * end, a UDP answer, or an ICMP port unreachable (the packet crossed); DROP: no answer in time.
 * Only literal addresses are used, and they all live in the lab's namespaces.
 */
public final class Prober {
    private Prober() {}

    public static void main(String[] args) throws Exception {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        List<String> lines = new ArrayList<>();
        for (String l; (l = in.readLine()) != null; ) {
            if (!l.isBlank()) {
                lines.add(l);
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(64);
        List<Future<String>> results = new ArrayList<>();
        for (String l : lines) {
            results.add(pool.submit(() -> probe(l.split(" "))));
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        for (Future<String> f : results) {
            out.println(f.get());
        }
        pool.shutdown();
    }

    private static String probe(String[] p) {
        String id = p[0];
        try {
            InetAddress src = InetAddress.getByName(p[2]);
            InetAddress dst = InetAddress.getByName(p[3]);
            int port = Integer.parseInt(p[4]);
            int timeout = Integer.parseInt(p[5]);
            return id + " " + (p[1].equals("TCP") ? tcp(src, dst, port, timeout) : udp(src, dst, port, timeout));
        } catch (Exception e) {
            return id + " ERROR " + e.getClass().getSimpleName() + ": " + e.getMessage();
        }
    }

    private static String tcp(InetAddress src, InetAddress dst, int port, int timeout) throws Exception {
        try (Socket s = new Socket()) {
            s.bind(new InetSocketAddress(src, 0));
            s.connect(new InetSocketAddress(dst, port), timeout);
            return "PASS connected";
        } catch (ConnectException e) {
            return e.getMessage() != null && e.getMessage().contains("refused")
                    ? "PASS refused"
                    : "ERROR " + e.getMessage();
        } catch (SocketTimeoutException e) {
            return "DROP";
        }
    }

    private static String udp(InetAddress src, InetAddress dst, int port, int timeout) throws Exception {
        try (DatagramSocket s = new DatagramSocket(new InetSocketAddress(src, 0))) {
            s.connect(dst, port);
            s.setSoTimeout(timeout);
            byte[] ping = "valt-lab".getBytes(StandardCharsets.US_ASCII);
            s.send(new DatagramPacket(ping, ping.length));
            DatagramPacket answer = new DatagramPacket(new byte[64], 64);
            s.receive(answer);
            return "PASS answered";
        } catch (PortUnreachableException e) {
            return "PASS unreachable-port";
        } catch (SocketTimeoutException e) {
            return "DROP";
        }
    }
}
