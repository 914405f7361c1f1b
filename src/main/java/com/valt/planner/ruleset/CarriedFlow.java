package com.valt.planner.ruleset;

import java.util.Objects;

/**
 * One flow as one firewall carries it: the aggregation's input.
 *
 * @param order     the flow's place in the engine's result (sections of flows.md first): rules are
 *                  written in the order of their first flow
 * @param ruleOrder the catalog rule's place in the catalog, so a rule lists its catalog ids in that order
 */
public record CarriedFlow(
        String inInterface,
        String outInterface,
        String section,
        String ruleId,
        int ruleOrder,
        int order,
        String transport,
        int port,
        Match source,
        Match destination) {
    public CarriedFlow {
        Objects.requireNonNull(inInterface, "inInterface");
        Objects.requireNonNull(outInterface, "outInterface");
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(transport, "transport");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(destination, "destination");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("bad port " + port);
        }
    }
}
