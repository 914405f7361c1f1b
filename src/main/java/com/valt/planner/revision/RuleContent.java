package com.valt.planner.revision;

import com.valt.planner.ruleset.FirewallRule;
import com.valt.planner.ruleset.PortRange;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A rule as the firewall team sees it, without its number or the plan's object names: in, out,
 * service and members. Two revisions' rules are the same rule when these agree.
 */
public record RuleContent(
        String inInterface,
        String outInterface,
        String transport,
        String ports,
        List<String> sources,
        List<String> destinations) {
    public RuleContent {
        sources = List.copyOf(sources);
        destinations = List.copyOf(destinations);
    }

    public static RuleContent of(FirewallRule r) {
        String ports = r.service().ports().stream().map(RuleContent::port).collect(Collectors.joining(" "));
        return new RuleContent(
                r.inInterface(),
                r.outInterface(),
                r.transport(),
                ports,
                r.sources().members(),
                r.destinations().members());
    }

    private static String port(PortRange p) {
        return p.text();
    }

    /** In, out and service: a rule whose members changed keeps these. */
    String place() {
        return inInterface + "\u0000" + outInterface + "\u0000" + transport + "\u0000" + ports;
    }

    /** "staff1 > srv1 TCP 443 8000". */
    public String serviceText() {
        return inInterface + " > " + outInterface + " " + transport + " " + ports;
    }

    /** "staff1 > srv1 TCP 443: 10.40.0.21/32 -> 10.20.0.10/32". */
    public String text() {
        return serviceText() + ": " + String.join(" ", sources) + " -> " + String.join(" ", destinations);
    }
}
