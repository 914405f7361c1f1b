package com.valt.planner.probe;

import java.io.IOException;
import java.net.ConnectException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NoRouteToHostException;
import java.net.PortUnreachableException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.security.SecureRandom;

/** The real attempts: one TCP connection, or one DNS query over UDP; each bounded by the timeout. */
public final class SocketConnector implements Connector {
    private static final SecureRandom RANDOM = new SecureRandom();

    @Override
    public Outcome tcp(InetAddress from, InetAddress to, int port, int timeoutMs) {
        long t0 = System.nanoTime();
        try (Socket s = new Socket()) {
            if (from != null) {
                s.bind(new InetSocketAddress(from, 0));
            }
            s.connect(new InetSocketAddress(to, port), timeoutMs);
            return outcome(Verdict.OPEN, t0, to, "");
        } catch (SocketTimeoutException e) {
            return outcome(Verdict.FILTERED, t0, to, "no answer in " + timeoutMs + " ms");
        } catch (NoRouteToHostException e) {
            // Linux reports an ICMP "administratively prohibited" from a firewall as "No route to host".
            return outcome(
                    Verdict.FILTERED, t0, to, message(e) + " (ICMP unreachable: a firewall rejecting, or no host)");
        } catch (ConnectException e) {
            String m = message(e);
            return outcome(m.toLowerCase().contains("refused") ? Verdict.CLOSED : Verdict.ERROR, t0, to, m);
        } catch (IOException | RuntimeException e) {
            return outcome(Verdict.ERROR, t0, to, message(e));
        }
    }

    @Override
    public Outcome dns(InetAddress from, InetAddress to, int port, String name, int timeoutMs) {
        long t0 = System.nanoTime();
        try (DatagramSocket s =
                from == null ? new DatagramSocket() : new DatagramSocket(new InetSocketAddress(from, 0))) {
            s.connect(to, port);
            int id = RANDOM.nextInt(1 << 16);
            byte[] query = DnsQuery.build(id, name);
            s.send(new DatagramPacket(query, query.length));
            byte[] buf = new byte[1500];
            long deadline = t0 + timeoutMs * 1_000_000L;
            // Bounded: each receive waits at most what is left of the timeout; stray datagrams are skipped.
            for (int i = 0; i < 64; i++) {
                long left = (deadline - System.nanoTime()) / 1_000_000L;
                if (left <= 0) {
                    break;
                }
                s.setSoTimeout((int) left);
                DatagramPacket p = new DatagramPacket(buf, buf.length);
                s.receive(p);
                if (DnsQuery.answers(id, buf, p.getLength())) {
                    return outcome(Verdict.OPEN, t0, to, "DNS answer " + DnsQuery.rcode(buf) + " for " + name);
                }
            }
            return outcome(Verdict.FILTERED, t0, to, "no DNS answer in " + timeoutMs + " ms");
        } catch (SocketTimeoutException e) {
            return outcome(Verdict.FILTERED, t0, to, "no DNS answer in " + timeoutMs + " ms");
        } catch (PortUnreachableException e) {
            return outcome(Verdict.CLOSED, t0, to, "ICMP port unreachable: no DNS server listens");
        } catch (IOException | RuntimeException e) {
            return outcome(Verdict.ERROR, t0, to, message(e));
        }
    }

    private static Outcome outcome(Verdict v, long t0, InetAddress to, String message) {
        return new Outcome(v, (System.nanoTime() - t0) / 1_000_000L, to.getHostAddress(), message);
    }

    static String message(Throwable e) {
        return e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage();
    }
}
