package com.valt.planner.syntax;

import com.valt.planner.domain.Site;
import com.valt.planner.ruleset.FirewallRule;
import com.valt.planner.ruleset.FirewallRuleSet;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The comment at the top of every platform file: what it is, for which site and firewall, and how to load or merge it. */
final class Header {
    private final List<String> lines = new ArrayList<>();

    Header(Site site, FirewallRuleSet set, String platformTitle) {
        add("VALT Site Planner: " + platformTitle + " rules for firewall "
                + Text.safe(set.firewall().id(), 80) + " ("
                + Text.safe(set.firewall().displayName(), 80) + ")");
        String revision = site.info().revision().isBlank()
                ? "none"
                : Text.safe(site.info().revision(), 40);
        add("Site: " + Text.safe(site.info().name(), 100) + ", revision " + revision);
        add("Contains: " + set.rules().size() + " allow rules for the connections this firewall forwards"
                + ", the opening direction only (replies pass as established or related). Nothing else is allowed.");
    }

    /** A line of our own text: made safe like site text, so it may not hold quotes or {@code ;}. */
    Header add(String line) {
        lines.add(Text.safe(line, 400));
        return this;
    }

    /** A shell command for the integrator, kept as written: constant text of ours, never site text. */
    Header command(String line) {
        if (line.contains("\n") || line.contains("\r")) {
            throw new IllegalArgumentException("a command is one line");
        }
        lines.add(line);
        return this;
    }

    /** The exceptions to address-exactness (zones.md), once each. */
    Header notes(FirewallRuleSet set) {
        Set<String> notes = new LinkedHashSet<>();
        for (FirewallRule r : set.rules()) {
            r.notes().forEach(n -> notes.add("rule " + r.number() + ": " + Text.safe(n, 200)));
        }
        if (!notes.isEmpty()) {
            add("Not address-exact, by design:");
            notes.forEach(n -> add("- " + n));
        }
        return this;
    }

    /** Interface or zone names the platform could not take as written. */
    Header renamed(Interfaces interfaces) {
        if (!interfaces.renamed().isEmpty()) {
            add("Names changed to be legal here (check them against the device):");
            interfaces.renamed().forEach((from, to) -> add("- " + Text.safe(from, 80) + " is written " + to));
        }
        return this;
    }

    String text(String commentPrefix) {
        StringBuilder b = new StringBuilder();
        for (String l : lines) {
            b.append(commentPrefix).append(' ').append(l).append('\n');
        }
        return b.toString();
    }
}
