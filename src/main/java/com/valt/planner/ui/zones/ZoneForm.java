package com.valt.planner.ui.zones;

import com.valt.planner.domain.Problem;
import com.valt.planner.domain.Site;
import com.valt.planner.domain.SiteValidator;
import com.valt.planner.edit.Command;
import java.util.ArrayList;
import java.util.List;

/**
 * What the editor forms share: a change is tried on a copy of the site and checked by the site
 * file's own validator, so the form shows the very messages a load of the saved file would give.
 */
final class ZoneForm {
    private ZoneForm() {}

    /** The problems {@code command} would add to {@code site}: empty when it may be executed. */
    static List<String> problemsOf(Site site, Command command) {
        List<Problem> before = SiteValidator.validate(site);
        List<String> out = new ArrayList<>();
        for (Problem p : SiteValidator.validate(command.apply(site))) {
            if (!before.contains(p)) {
                out.add(field(p.path()) + ": " + p.message());
            }
        }
        return out;
    }

    /** "zones[4].networks[1]" is shown as "networks[1]": the form says which zone. */
    private static String field(String path) {
        int dot = path.indexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }

    /** Words separated by commas or blanks. */
    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        for (String w : text.strip().split("[,\\s]+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }
}
