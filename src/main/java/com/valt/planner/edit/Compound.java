package com.valt.planner.edit;

import com.valt.planner.domain.Site;
import java.util.List;

/** Several commands as one undo step; undone in reverse order. */
record Compound(String description, List<Command> parts) implements Command {
    Compound {
        parts = List.copyOf(parts);
    }

    @Override
    public Site apply(Site site) {
        Site s = site;
        for (Command c : parts) {
            s = c.apply(s);
        }
        return s;
    }

    @Override
    public Site undo(Site site) {
        Site s = site;
        for (int i = parts.size() - 1; i >= 0; i--) {
            s = parts.get(i).undo(s);
        }
        return s;
    }
}
