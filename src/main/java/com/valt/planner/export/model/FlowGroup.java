package com.valt.planner.export.model;

import com.valt.planner.catalog.Rule;

/** One row of the firewall team's list: these sources open this port on these destinations. */
public record FlowGroup(
        Rule rule, String transport, int port, EndpointSet sources, EndpointSet destinations, int flowCount) {
    public String portLabel() {
        return transport + " " + port;
    }
}
