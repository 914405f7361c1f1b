package com.valt.planner.engine;

import java.util.List;

/** All flows from one endpoint to another: what the diagram draws as one labelled edge. */
public record Link(Endpoint source, Endpoint destination, List<Flow> flows) {
    public Link {
        flows = List.copyOf(flows);
    }

    /** "TCP 80, 554", grouped by transport, ports ascending. */
    public String portsLabel() {
        StringBuilder sb = new StringBuilder();
        String current = null;
        for (Flow f : flows.stream()
                .sorted(java.util.Comparator.comparing(Flow::transport).thenComparingInt(Flow::port))
                .toList()) {
            if (!f.transport().equals(current)) {
                if (current != null) {
                    sb.append("; ");
                }
                sb.append(f.transport()).append(' ');
                current = f.transport();
            } else {
                sb.append(", ");
            }
            sb.append(f.port());
        }
        return sb.toString();
    }
}
