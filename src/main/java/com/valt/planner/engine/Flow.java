package com.valt.planner.engine;

import com.valt.planner.catalog.Mark;
import com.valt.planner.catalog.Rule;

/**
 * One concrete required flow: this source opens a connection to this destination on this port.
 * Two flows are the same flow when source, destination, transport and port agree (docs/rules-catalog.md).
 */
public record Flow(Rule rule, Endpoint source, Endpoint destination, String transport, int port) {

    public String ruleId() {
        return rule.id();
    }

    public String section() {
        return rule.section();
    }

    public String protocol() {
        return rule.protocol();
    }

    public String service() {
        return rule.service();
    }

    /** The page's mark for the row this flow comes from, or null. */
    public Mark mark() {
        return rule.mark();
    }

    /** "TCP 443". */
    public String portLabel() {
        return transport + " " + port;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Flow f
                && port == f.port
                && transport.equals(f.transport)
                && source.equals(f.source)
                && destination.equals(f.destination);
    }

    @Override
    public int hashCode() {
        // Objects.hash's value without its array and boxing: computed for every edge the graph adds
        return ((31 * (31 + source.id().hashCode()) + destination.id().hashCode()) * 31 + transport.hashCode()) * 31
                + port;
    }
}
