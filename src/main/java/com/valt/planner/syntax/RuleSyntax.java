package com.valt.planner.syntax;

import com.valt.planner.domain.Platform;
import com.valt.planner.domain.Site;
import com.valt.planner.ruleset.FirewallRuleSet;

/**
 * One firewall platform's configuration syntax (zones.md, "Platform syntax"): writes a firewall's
 * aggregated rule set as a complete file that loads as it is. The {@code rules} command and
 * {@code export} find syntaxes through {@link Syntaxes}.
 */
public interface RuleSyntax {
    /** The platform this syntax writes. */
    Platform platform();

    /** The export file's suffix after {@code firewall-ID}, e.g. {@code .nft} or {@code .asa.txt}. */
    String fileSuffix();

    /** The whole file for one firewall's rule set. */
    String write(Site site, FirewallRuleSet set);
}
