package com.valt.planner.edit;

import com.valt.planner.domain.Site;

/**
 * One undoable change to a site. A command knows its own inverse: {@link #undo} applied to the
 * result of {@link #apply} gives back an equal site. Commands hold the data they need for that
 * (the devices before and after), so the history keeps commands, not copies of whole sites.
 */
public interface Command {
    /** What the menu shows after "Undo" / "Redo", e.g. "Move 3 devices". */
    String description();

    Site apply(Site site);

    Site undo(Site site);
}
