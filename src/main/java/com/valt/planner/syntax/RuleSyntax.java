package com.valt.planner.syntax;

import com.valt.planner.domain.Platform;
import com.valt.planner.domain.Site;
import com.valt.planner.ruleset.FirewallRuleSet;

/** Writes one firewall's aggregated rule set in its platform's own syntax (zones.md, "Platform syntax"). */
public interface RuleSyntax {
    Platform platform();

    /** ".nft", ".iptables", ".asa.txt", ".fortigate.txt", ".panos.txt" */
    String fileSuffix();

    /** The file's text and the names it gives the plan's objects, rules and interfaces. */
    Written render(Site site, FirewallRuleSet set);

    /** The file's text alone. */
    default String write(Site site, FirewallRuleSet set) {
        return render(site, set).text();
    }

    /** One platform file: its text and the legal names its rules use. */
    record Written(String text, PlatformNames names) {}
}
