package com.valt.planner.ruleset;

import java.util.List;
import java.util.Objects;

/**
 * A named set of ports of one transport ({@code TCP} or {@code UDP}), ranges where contiguous.
 *
 * @param name the plan's name for it ({@code valt-tcp-443-8000}); each platform makes it legal for itself
 */
public record ServiceObject(String name, String transport, List<PortRange> ports) {
    public ServiceObject {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(transport, "transport");
        ports = List.copyOf(ports);
    }
}
