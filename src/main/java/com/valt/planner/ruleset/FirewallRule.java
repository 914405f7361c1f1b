package com.valt.planner.ruleset;

import java.util.List;

/**
 * One aggregated allow rule of a firewall: every source x every destination x every port, entering
 * through {@code inInterface} and leaving through {@code outInterface}. Only the direction that
 * opens the connection; replies are the platform's established/related handling.
 *
 * @param number       1, 2, ... per firewall, in the order the rules are written
 * @param name         the plan's name for it; each platform makes it legal for itself
 * @param catalogRules the catalog rule ids it serves, e.g. {@code [R2s, R3, R4]}
 * @param flows        how many of the firewall's flows it carries
 * @param notes        the named exceptions to address-exactness that apply to it (empty when exact)
 */
public record FirewallRule(
        int number,
        String name,
        String inInterface,
        String outInterface,
        AddressObject sources,
        AddressObject destinations,
        ServiceObject service,
        List<String> catalogRules,
        int flows,
        List<String> notes) {
    public FirewallRule {
        catalogRules = List.copyOf(catalogRules);
        notes = List.copyOf(notes);
    }

    public String transport() {
        return service.transport();
    }

    /** "R2s R3 R4": the comment every platform writes on the rule. */
    public String catalogRulesText() {
        return String.join(" ", catalogRules);
    }
}
