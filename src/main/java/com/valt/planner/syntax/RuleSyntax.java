package com.valt.planner.syntax;

import com.valt.planner.domain.Platform;
import com.valt.planner.domain.Site;
import com.valt.planner.ruleset.FirewallRuleSet;

/** Writes one firewall's aggregated rule set in its platform's own syntax (zones.md, "Platform syntax"). */
public interface RuleSyntax {
    Platform platform();

    /** ".nft", ".iptables", ".asa.txt", ".fortigate.txt", ".panos.txt" */
    String fileSuffix();

    String write(Site site, FirewallRuleSet set);
}
