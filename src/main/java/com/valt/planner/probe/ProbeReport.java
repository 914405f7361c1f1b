package com.valt.planner.probe;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The evidence of one probe run: who stood in for which device, from which computer, when, and what
 * each flow gave. What {@code probe --format json} writes, the window saves, and the handoff reads back.
 *
 * @param boundTo   the address every attempt was made from, or "" when this computer does not have the device's
 * @param firewall  the firewall the run was limited to, or ""
 * @param complete  false when the run was stopped before every flow was tried
 */
public record ProbeReport(
        String site,
        String revision,
        String device,
        String deviceAddress,
        String boundTo,
        String hostName,
        List<String> localAddresses,
        String started,
        long timeoutMs,
        String firewall,
        boolean complete,
        List<ProbeLine> lines) {
    public ProbeReport {
        localAddresses = List.copyOf(localAddresses);
        lines = List.copyOf(lines);
    }

    public boolean allPass() {
        return lines.stream().allMatch(l -> l.result().passes());
    }

    public List<ProbeLine> failures() {
        return lines.stream().filter(l -> !l.result().passes()).toList();
    }

    /** How many flows gave each result, in the verdicts' order; results that did not occur are left out. */
    public Map<Verdict, Integer> counts() {
        Map<Verdict, Integer> counts = new EnumMap<>(Verdict.class);
        for (ProbeLine l : lines) {
            counts.merge(l.result(), 1, Integer::sum);
        }
        return counts;
    }

    /** "12 flows: 9 open, 1 closed, 2 filtered". */
    public String summary() {
        List<String> parts = new ArrayList<>();
        counts().forEach((v, n) -> parts.add(n + " " + v.id()));
        String s = lines.size()
                + (lines.size() == 1 ? " flow" : " flows")
                + (parts.isEmpty() ? "" : ": " + String.join(", ", parts));
        return complete ? s : s + " (stopped before the end)";
    }

    /** Failures first (in flow order), then the flows that passed. */
    public List<ProbeLine> failuresFirst() {
        List<ProbeLine> out = new ArrayList<>(failures());
        lines.stream().filter(l -> l.result().passes()).forEach(out::add);
        return out;
    }
}
