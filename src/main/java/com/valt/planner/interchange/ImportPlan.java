package com.valt.planner.interchange;

import com.valt.planner.domain.Device;
import com.valt.planner.domain.Site;
import com.valt.planner.edit.Command;
import com.valt.planner.edit.Edits;
import java.util.List;

/**
 * What importing a spreadsheet into a site would do: the new devices (ids given, positions laid out), the rows
 * rejected with their reasons, and notes about the file as a whole (columns ignored).
 *
 * @param lines for each new device, the line of the file it comes from (same order)
 */
public record ImportPlan(List<Device> devices, List<Integer> lines, List<Rejection> rejected, List<String> notes) {
    public ImportPlan {
        devices = List.copyOf(devices);
        lines = List.copyOf(lines);
        rejected = List.copyOf(rejected);
        notes = List.copyOf(notes);
    }

    /** Every row is importable. */
    public boolean clean() {
        return rejected.isEmpty();
    }

    /** The good rows as one undoable edit, or null when there are none. */
    public Command command() {
        return Edits.addAll(
                "Import " + (devices.size() == 1 ? devices.get(0).displayName() : devices.size() + " devices"),
                devices);
    }

    /** The site with the good rows added. */
    public Site applyTo(Site site) {
        Command c = command();
        return c == null ? site : c.apply(site);
    }
}
