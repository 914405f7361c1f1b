package com.valt.planner.ruleset;

import com.valt.planner.domain.Firewall;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rules of one filtering firewall, in the order they are written. Within one set a name means
 * one content: two objects with the same name are equal.
 */
public record FirewallRuleSet(Firewall firewall, List<FirewallRule> rules) {
    public FirewallRuleSet {
        rules = List.copyOf(rules);
    }

    /** Every address object the rules use, once each, in order of first use (sources before destinations). */
    public List<AddressObject> addressObjects() {
        Map<String, AddressObject> byName = new LinkedHashMap<>();
        for (FirewallRule r : rules) {
            byName.putIfAbsent(r.sources().name(), r.sources());
            byName.putIfAbsent(r.destinations().name(), r.destinations());
        }
        return new ArrayList<>(byName.values());
    }

    /** Every service object the rules use, once each, in order of first use. */
    public List<ServiceObject> serviceObjects() {
        Map<String, ServiceObject> byName = new LinkedHashMap<>();
        for (FirewallRule r : rules) {
            byName.putIfAbsent(r.service().name(), r.service());
        }
        return new ArrayList<>(byName.values());
    }
}
