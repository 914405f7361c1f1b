package com.valt.planner.probe;

/** One row of a probe's report: the flow, then what was found. Also one entry of the result file. */
public record ProbeLine(
        String rule,
        String destination,
        String address,
        String transport,
        int port,
        Verdict result,
        long ms,
        String firewalls,
        String message) {
    static ProbeLine of(Target t, Outcome o) {
        return new ProbeLine(
                t.rule(),
                t.destination(),
                o.address(),
                t.transport(),
                t.port(),
                o.verdict(),
                o.ms(),
                t.firewalls(),
                o.message());
    }

    /** "R3 -> ms1 TCP 8000". */
    public String label() {
        return rule + " -> " + destination + " " + transport + " " + port;
    }
}
