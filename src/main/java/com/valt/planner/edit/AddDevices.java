package com.valt.planner.edit;

import com.valt.planner.domain.Device;
import com.valt.planner.domain.Site;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Appends devices to the end of the list; undo removes them again. */
record AddDevices(String description, List<Device> added) implements Command {
    AddDevices {
        added = List.copyOf(added);
    }

    @Override
    public Site apply(Site site) {
        List<Device> list = new ArrayList<>(site.devices());
        list.addAll(added);
        return site.withDevices(list);
    }

    @Override
    public Site undo(Site site) {
        // The added devices are the last ones; remove exactly those, so duplicates of ids elsewhere stay.
        List<Device> list = new ArrayList<>(site.devices());
        int from = list.size() - added.size();
        if (from < 0 || !list.subList(from, list.size()).equals(added)) {
            Set<String> ids = added.stream().map(Device::id).collect(Collectors.toSet());
            list.removeIf(d -> ids.contains(d.id()));
        } else {
            list.subList(from, list.size()).clear();
        }
        return site.withDevices(list);
    }
}
