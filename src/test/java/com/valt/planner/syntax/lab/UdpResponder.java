package com.valt.planner.syntax.lab;

import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;

/**
 * A tiny UDP echo for the lab ({@code UdpResponder PORT ADDRESS...}), run in a zone's namespace.
 * One socket per address, so that each answer leaves from the address that was asked. Prints
 * "ready" once bound; runs until killed.
 */
public final class UdpResponder {
    private UdpResponder() {}

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        List<DatagramSocket> sockets = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            sockets.add(new DatagramSocket(new InetSocketAddress(args[i], port)));
        }
        for (DatagramSocket s : sockets) {
            Thread t = new Thread(() -> echo(s));
            t.setDaemon(true);
            t.start();
        }
        System.out.println("ready");
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }

    private static void echo(DatagramSocket s) {
        byte[] buf = new byte[512];
        while (true) {
            try {
                DatagramPacket p = new DatagramPacket(buf, buf.length);
                s.receive(p);
                s.send(new DatagramPacket(p.getData(), p.getLength(), p.getSocketAddress()));
            } catch (Exception e) {
                return;
            }
        }
    }
}
