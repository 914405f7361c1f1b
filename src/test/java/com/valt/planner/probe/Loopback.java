package com.valt.planner.probe;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** TCP listeners on loopback addresses for the tests; records who connected. Closed by the test. */
public final class Loopback implements AutoCloseable {
    final List<ServerSocket> servers = new CopyOnWriteArrayList<>();
    public final List<String> peers = new CopyOnWriteArrayList<>();

    /** Listens on address:port; false when the port cannot be opened (a low port without root). */
    public boolean listen(String address, int port) throws IOException {
        ServerSocket s = new ServerSocket();
        s.setReuseAddress(true);
        try {
            s.bind(new InetSocketAddress(InetAddress.getByName(address), port), 16);
        } catch (IOException e) {
            s.close();
            return false;
        }
        servers.add(s);
        Thread t = new Thread(
                () -> {
                    for (int i = 0; i < 1000 && !s.isClosed(); i++) {
                        try (Socket c = s.accept()) {
                            peers.add(c.getInetAddress().getHostAddress());
                        } catch (IOException e) {
                            return;
                        }
                    }
                },
                "loopback-" + port);
        t.setDaemon(true);
        t.start();
        return true;
    }

    static boolean root() {
        return "root".equals(System.getProperty("user.name"));
    }

    @Override
    public void close() throws IOException {
        for (ServerSocket s : servers) {
            s.close();
        }
    }
}
