package com.valt.planner.revision;

import com.valt.planner.domain.Firewall;
import com.valt.planner.engine.Flow;
import com.valt.planner.engine.FlowResult;
import com.valt.planner.revision.FlowSide.FlowKey;
import com.valt.planner.ruleset.FirewallRule;
import com.valt.planner.ruleset.FirewallRuleSet;
import com.valt.planner.ruleset.RuleSets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Compares two revisions from the engine's results: reads their flows and rule sets, computes none. */
public final class Revisions {
    private Revisions() {}

    public static RevisionDiff compare(FlowResult before, FlowResult after) {
        return compare(before, RuleSets.of(before), after, RuleSets.of(after));
    }

    /** With the rule sets already made (the export shares its own). */
    public static RevisionDiff compare(FlowResult before, RuleSets beforeRules, FlowResult after, RuleSets afterRules) {
        Map<FlowKey, FlowSide> old = sides(before);
        Map<FlowKey, FlowSide> now = sides(after);
        List<FlowSide> added = new ArrayList<>();
        List<FlowSide> removed = new ArrayList<>();
        List<FlowChange> changed = new ArrayList<>();
        for (FlowSide s : now.values()) {
            FlowSide o = old.get(s.key());
            if (o == null) {
                added.add(s);
            } else if (!o.firewallView().equals(s.firewallView())) {
                changed.add(new FlowChange(o, s));
            }
        }
        for (FlowSide o : old.values()) {
            if (!now.containsKey(o.key())) {
                removed.add(o);
            }
        }
        return new RevisionDiff(
                before, after, added, removed, changed, firewalls(beforeRules, afterRules), Causes.of(before, after));
    }

    private static Map<FlowKey, FlowSide> sides(FlowResult r) {
        Map<FlowKey, FlowSide> m = new LinkedHashMap<>();
        for (Flow f : r.flows()) {
            FlowSide s = new FlowSide(f, r.route(f));
            m.putIfAbsent(s.key(), s);
        }
        return m;
    }

    private static List<FirewallDiff> firewalls(RuleSets before, RuleSets after) {
        Map<String, FirewallRuleSet> old = new LinkedHashMap<>();
        before.sets().forEach(s -> old.put(s.firewall().id(), s));
        List<FirewallDiff> out = new ArrayList<>();
        for (FirewallRuleSet s : after.sets()) {
            FirewallRuleSet o = old.remove(s.firewall().id());
            out.add(diff(s.firewall(), o == null ? List.of() : o.rules(), s.rules()));
        }
        for (FirewallRuleSet o : old.values()) {
            out.add(diff(o.firewall(), o.rules(), List.of()));
        }
        return out.stream().filter(f -> !f.isEmpty()).toList();
    }

    private static FirewallDiff diff(Firewall fw, List<FirewallRule> before, List<FirewallRule> after) {
        Set<RuleContent> old = contents(before);
        Set<RuleContent> now = contents(after);
        List<RuleContent> added = now.stream().filter(r -> !old.contains(r)).toList();
        List<RuleContent> removed =
                new ArrayList<>(old.stream().filter(r -> !now.contains(r)).toList());
        List<RuleContent> unpaired = new ArrayList<>(added);
        List<RuleChange> changed = new ArrayList<>();
        for (RuleContent r : List.copyOf(removed)) {
            RuleContent match = partner(r, removed, unpaired);
            if (match != null) {
                changed.add(RuleChange.of(r, match));
                removed.remove(r);
                unpaired.remove(match);
            }
        }
        return new FirewallDiff(fw.id(), fw.displayName(), unpaired, removed, changed);
    }

    /**
     * The added rule that a removed one became: same interfaces and service, sharing the most members;
     * a rule sharing none is its partner only when it is the only candidate on both sides.
     */
    private static RuleContent partner(RuleContent r, List<RuleContent> removed, List<RuleContent> added) {
        List<RuleContent> candidates =
                added.stream().filter(a -> a.place().equals(r.place())).toList();
        RuleContent best = null;
        int bestScore = 0;
        for (RuleContent c : candidates) {
            int score = shared(r, c);
            if (score > bestScore) {
                best = c;
                bestScore = score;
            }
        }
        if (best == null
                && candidates.size() == 1
                && removed.stream().filter(o -> o.place().equals(r.place())).count() == 1) {
            best = candidates.get(0);
        }
        return best;
    }

    private static int shared(RuleContent a, RuleContent b) {
        int score = a.sources().equals(b.sources()) ? 100 : 0;
        score += a.destinations().equals(b.destinations()) ? 100 : 0;
        score += (int) a.sources().stream().filter(b.sources()::contains).count();
        score += (int)
                a.destinations().stream().filter(b.destinations()::contains).count();
        score += overlap(a.sources(), b.sources()) + overlap(a.destinations(), b.destinations());
        return score;
    }

    /** 1 when the two member lists share an address (10.30.0.4/32 and 10.30.0.4/31 do), else 0. */
    private static int overlap(List<String> a, List<String> b) {
        return Members.minus(a, b).equals(Members.minus(a, List.of())) ? 0 : 1;
    }

    private static Set<RuleContent> contents(List<FirewallRule> rules) {
        Set<RuleContent> s = new LinkedHashSet<>();
        rules.forEach(r -> s.add(RuleContent.of(r)));
        return s;
    }
}
