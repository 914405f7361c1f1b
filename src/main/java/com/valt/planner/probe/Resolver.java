package com.valt.planner.probe;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** Turns the plan's addresses and host names into addresses to try. */
public interface Resolver {
    InetAddress[] resolve(String host) throws UnknownHostException;

    /** The system's resolver (an address literal is parsed, never looked up). */
    static Resolver system() {
        return InetAddress::getAllByName;
    }

    /** Address literals only: a host name is "unresolved" without any look-up (tests, and the dry run). */
    static Resolver literalsOnly() {
        return host -> {
            if (!com.valt.planner.domain.Addresses.isIpv4(host) && !com.valt.planner.domain.Addresses.isIpv6(host)) {
                throw new UnknownHostException(host + ": not looked up (address literals only)");
            }
            return InetAddress.getAllByName(host);
        };
    }
}
