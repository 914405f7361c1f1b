package com.valt.planner.edit;

import com.valt.planner.domain.Device;
import com.valt.planner.domain.Site;
import java.util.ArrayList;
import java.util.List;

/** Removes devices at known places in the list; undo puts each back where it was. */
record RemoveDevices(String description, List<Placed> removed) implements Command {
    /** A device and its index in the list before the removal. */
    record Placed(int index, Device device) {}

    RemoveDevices {
        removed = removed.stream()
                .sorted(java.util.Comparator.comparingInt(Placed::index))
                .toList();
    }

    @Override
    public Site apply(Site site) {
        List<Device> list = new ArrayList<>(site.devices());
        for (int i = removed.size() - 1; i >= 0; i--) {
            list.remove(removed.get(i).index());
        }
        return site.withDevices(list);
    }

    @Override
    public Site undo(Site site) {
        List<Device> list = new ArrayList<>(site.devices());
        for (Placed p : removed) {
            list.add(p.index(), p.device());
        }
        return site.withDevices(list);
    }
}
