package com.valt.planner.ruleset;

import com.valt.planner.engine.Flow;
import com.valt.planner.engine.FlowResult;
import com.valt.planner.engine.Route;
import java.util.function.Function;

/** Lets the benchmarks (another package) make rule sets with hand-made routes. */
public final class Bridge {
    private Bridge() {}

    public static RuleSets ruleSets(FlowResult result, Function<Flow, Route> routes) {
        return RuleSets.of(result, routes);
    }
}
