package com.valt.planner.edit;

import com.valt.planner.domain.Device;
import com.valt.planner.domain.Site;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Changes devices in place (move, rename, assign, ...): holds each device before and after, so undo
 * restores the exact earlier values. Devices are matched by id and keep their place in the list.
 */
record ReplaceDevices(String description, List<Device> before, List<Device> after) implements Command {
    ReplaceDevices {
        before = List.copyOf(before);
        after = List.copyOf(after);
        if (before.size() != after.size()) {
            throw new IllegalArgumentException("before and after differ in size");
        }
    }

    @Override
    public Site apply(Site site) {
        return replace(site, after);
    }

    @Override
    public Site undo(Site site) {
        return replace(site, before);
    }

    private static Site replace(Site site, List<Device> values) {
        Map<String, Device> byId = new HashMap<>();
        values.forEach(d -> byId.put(d.id(), d));
        return site.withDevices(
                site.devices().stream().map(d -> byId.getOrDefault(d.id(), d)).toList());
    }
}
