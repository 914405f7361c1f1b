package com.valt.planner.revision;

import java.util.List;

/**
 * One filtering firewall's rules in the new revision against the old, by content (never by rule
 * number, which shifts when a rule comes or goes).
 *
 * @param firewallId the firewall's id
 * @param name       its display name in the newer revision that has it
 */
public record FirewallDiff(
        String firewallId, String name, List<RuleContent> added, List<RuleContent> removed, List<RuleChange> changed) {
    public FirewallDiff {
        added = List.copyOf(added);
        removed = List.copyOf(removed);
        changed = List.copyOf(changed);
    }

    public boolean isEmpty() {
        return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
    }
}
