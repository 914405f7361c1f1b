package com.valt.planner.probe;

import java.net.InetAddress;

/**
 * Makes one attempt. The real one opens sockets; tests put in one that records every address it is
 * asked to reach, to prove a probe never leaves the plan.
 */
public interface Connector {
    /** A TCP connection from {@code from} (or the system's choice when null) to {@code to}:{@code port}. */
    Outcome tcp(InetAddress from, InetAddress to, int port, int timeoutMs);

    /** A DNS query for the A record of {@code name}, over UDP to {@code to}:{@code port}. */
    Outcome dns(InetAddress from, InetAddress to, int port, String name, int timeoutMs);
}
