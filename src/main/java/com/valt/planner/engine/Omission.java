package com.valt.planner.engine;

import com.valt.planner.catalog.Rule;

/** A row of the page that this site does not need, and why. */
public record Omission(Rule rule, String reason) {}
