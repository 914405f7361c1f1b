package com.valt.planner.revision;

import com.valt.planner.engine.Flow;
import com.valt.planner.engine.Route;

/** One flow as one revision has it, with where that revision routes it. */
public record FlowSide(Flow flow, Route route) {
    /** Source id, destination id, transport, port: what makes two revisions' flows the same flow. */
    public FlowKey key() {
        return FlowKey.of(flow);
    }

    /** The addresses and route, which the firewall team types: the same flow with these changed is a change. */
    String firewallView() {
        return flow.source().address() + "\u0000" + flow.destination().address() + "\u0000" + route.sourceZone()
                + "\u0000" + route.destinationZone() + "\u0000" + route.firewallsText();
    }

    /** One flow identified across revisions (flows.md: source, destination, transport, port). */
    public record FlowKey(String source, String destination, String transport, int port) {
        public static FlowKey of(Flow f) {
            return new FlowKey(f.source().id(), f.destination().id(), f.transport(), f.port());
        }
    }
}
