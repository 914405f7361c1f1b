package com.valt.planner.diagram;

import com.valt.planner.engine.Flow;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/** Collects the ports of several links that one arrow stands for, and labels them like Link.portsLabel(). */
final class PortLabel {
    private final Map<String, TreeSet<Integer>> ports = new TreeMap<>();

    void add(Flow f) {
        ports.computeIfAbsent(f.transport(), k -> new TreeSet<>()).add(f.port());
    }

    /** "TCP 80, 554"; transports separated by "; ". */
    String label() {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, TreeSet<Integer>> e : ports.entrySet()) {
            if (!sb.isEmpty()) {
                sb.append("; ");
            }
            sb.append(e.getKey()).append(' ');
            boolean first = true;
            for (int p : e.getValue()) {
                sb.append(first ? "" : ", ").append(p);
                first = false;
            }
        }
        return sb.toString();
    }
}
