package com.valt.planner.syntax.lab;

/** One connection to try in the lab, from a source address inside its zone's namespace. */
record Probe(String id, String transport, String src, String dst, int port, int timeoutMs) {
    String line() {
        return id + " " + transport + " " + src + " " + dst + " " + port + " " + timeoutMs;
    }
}
