package com.valt.planner.diagram;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Decides which arrows carry their label. Arrows with the same ports that fan into one node (or out
 * of one node) show the label once, on the middle arrow of the fan, near the shared end; a lone arrow
 * shows its own label at its middle. Without this, a site with ten clients prints the same
 * "TCP 443, 444, 8000, 20100" forty times.
 */
final class LabelThinning {
    private LabelThinning() {}

    /** For each arrow (source, destination) that shows its label: where along it, 0..1 from the source. */
    static Map<List<String>, Double> choose(
            Set<List<String>> pairs, Function<List<String>, String> label, Map<String, Rect> boxes) {
        Map<String, List<List<String>>> byLabel = new LinkedHashMap<>();
        for (List<String> p : pairs) {
            byLabel.computeIfAbsent(label.apply(p), k -> new ArrayList<>()).add(p);
        }
        Map<List<String>, Double> shown = new HashMap<>();
        for (List<List<String>> same : byLabel.values()) {
            long sources = same.stream().map(p -> p.get(0)).distinct().count();
            long targets = same.stream().map(p -> p.get(1)).distinct().count();
            boolean byTarget = targets <= sources;
            int key = byTarget ? 1 : 0;
            Map<String, List<List<String>>> fans = new LinkedHashMap<>();
            same.forEach(p ->
                    fans.computeIfAbsent(p.get(key), k -> new ArrayList<>()).add(p));
            for (List<List<String>> fan : fans.values()) {
                if (fan.size() == 1) {
                    shown.put(fan.get(0), 0.5);
                    continue;
                }
                // The middle arrow of the fan, ordered by where its other end is.
                fan.sort(Comparator.comparingDouble(
                        p -> boxes.get(p.get(1 - key)).center().x()));
                shown.put(fan.get(fan.size() / 2), byTarget ? 0.72 : 0.28);
            }
        }
        return shown;
    }
}
