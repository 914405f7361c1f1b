package com.valt.planner.probe;

import com.valt.planner.engine.Flow;

/**
 * One flow to try: the destination's host (an address, or a host name for the internet's hosts) and port.
 *
 * @param host      the destination's address or host name from the plan, or null when the plan gives none
 * @param firewalls the flow's path through the firewalls ({@code Route.firewallsText()})
 */
public record Target(Flow flow, String host, String firewalls) {
    public String rule() {
        return flow.ruleId();
    }

    public String destination() {
        return flow.destination().id();
    }

    public String transport() {
        return flow.transport();
    }

    public int port() {
        return flow.port();
    }

    /** DNS flows over UDP are tried with a real query; everything else is a TCP connection. */
    public boolean isUdp() {
        return "UDP".equals(flow.transport());
    }

    /** "R3 pc1 -> ms1 TCP 8000". */
    public String label() {
        return flow.ruleId() + " " + flow.source().id() + " -> "
                + flow.destination().id() + " " + flow.portLabel();
    }
}
