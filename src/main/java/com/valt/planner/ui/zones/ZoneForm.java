package com.valt.planner.ui.zones;

import com.valt.planner.domain.Problem;
import com.valt.planner.domain.Site;
import com.valt.planner.domain.SiteValidator;
import com.valt.planner.edit.Command;
import com.valt.planner.ui.PlannerModel;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Label;

/**
 * What the editor forms share: a change is tried on a copy of the site and checked by the site
 * file's own validator, so the form shows the very messages a load of the saved file would give.
 */
final class ZoneForm {
    private ZoneForm() {}

    /** The problems {@code command} would add to {@code site}: empty when it may be executed. */
    /**
     * Checks the edit with the site file's own validator and shows its problems; when there are none,
     * runs {@code before} (which names the row being edited, so the table's refresh keeps it
     * selected) and records the edit. A null edit (nothing changed) does nothing.
     */
    static void apply(PlannerModel model, Site site, Command c, Label problems, Runnable before) {
        if (c == null) {
            return;
        }
        List<String> found = problemsOf(site, c);
        problems.setText(String.join("\n", found));
        if (found.isEmpty()) {
            before.run();
            model.execute(c);
        }
    }

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
