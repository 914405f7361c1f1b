package com.valt.planner.edit;

import com.valt.planner.domain.Settings;
import com.valt.planner.domain.Site;

/** Replaces the site-wide options (SSL, updates, Wowza key, DNS servers). */
record ChangeSettings(String description, Settings before, Settings after) implements Command {
    @Override
    public Site apply(Site site) {
        return site.withSettings(after);
    }

    @Override
    public Site undo(Site site) {
        return site.withSettings(before);
    }
}
