package com.valt.planner.probe;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.ServerSocket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** This computer: its name and addresses, and whether it has a given address. Looks nothing up on the network. */
public final class LocalHost {
    private LocalHost() {}

    /** The host name, from the environment or the kernel; never through DNS. */
    public static String name() {
        for (String var : new String[] {"COMPUTERNAME", "HOSTNAME"}) {
            String v = System.getenv(var);
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        try {
            return Files.readString(Path.of("/proc/sys/kernel/hostname"), StandardCharsets.US_ASCII)
                    .strip();
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    /** The addresses of the interfaces that are up, loopback last. */
    public static List<String> addresses() {
        List<String> out = new ArrayList<>();
        List<String> loopback = new ArrayList<>();
        try {
            for (NetworkInterface nif : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                if (!nif.isUp()) {
                    continue;
                }
                for (InetAddress a : Collections.list(nif.getInetAddresses())) {
                    String text = a.getHostAddress().replaceFirst("%.*$", "");
                    (a.isLoopbackAddress() ? loopback : out).add(text);
                }
            }
        } catch (SocketException e) {
            // No interface list: the report says so by listing none.
        }
        out.addAll(loopback);
        return out;
    }

    /**
     * Whether this computer can send from the address: binding to it is the kernel's own answer (it also
     * covers 127.0.0.0/8, which no interface lists address by address).
     */
    public static boolean has(InetAddress address) {
        try (ServerSocket s = new ServerSocket()) {
            s.bind(new InetSocketAddress(address, 0), 1);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
