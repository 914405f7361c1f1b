package com.valt.planner.probe;

/**
 * What one attempt gave.
 *
 * @param address the address tried (the destination's address or what its name resolved to), or "" when none
 * @param message the system's message, or "" when there is none
 */
public record Outcome(Verdict verdict, long ms, String address, String message) {}
