package com.valt.planner.edit;

import com.valt.planner.domain.Site;
import com.valt.planner.domain.SiteInfo;

/** Replaces the site's name, customer, author, revision and notes. */
record ChangeInfo(String description, SiteInfo before, SiteInfo after) implements Command {
    @Override
    public Site apply(Site site) {
        return site.withInfo(after);
    }

    @Override
    public Site undo(Site site) {
        return site.withInfo(before);
    }
}
