package com.valt.planner.diagram;

import com.valt.planner.domain.Point;
import java.util.List;
import java.util.Set;

/**
 * One arrow: every flow from one node to another, labelled with all its ports.
 *
 * @param from      the source node's id (or a group frame's id)
 * @param to        the destination node's id (or a group frame's id, e.g. {@code internet})
 * @param label     "TCP 80, 554"; "UDP 53; TCP 53" when transports differ
 * @param path      from the source's border to the destination's border (the arrow head is at the end)
 * @param labelAt   where the label's centre goes
 * @param labelShown false when a neighbouring arrow with the same ports already shows this label (a fan
 *                  of arrows from many clients to one server carries its label once)
 * @param flowCount how many concrete flows this arrow stands for
 * @param sections  the catalog sections of those flows, e.g. {@code servers-to-cameras}
 * @param via       the firewall nodes the arrow passes through, in order (the flows' route); empty
 *                  when both ends are in one zone or the site has no zones
 */
public record DiagramEdge(
        String from,
        String to,
        String label,
        List<Point> path,
        Point labelAt,
        boolean labelShown,
        int flowCount,
        Set<String> sections,
        List<String> via) {
    public DiagramEdge {
        path = List.copyOf(path);
        sections = Set.copyOf(sections);
        via = List.copyOf(via);
    }

    public DiagramEdge(
            String from,
            String to,
            String label,
            List<Point> path,
            Point labelAt,
            boolean labelShown,
            int flowCount,
            Set<String> sections) {
        this(from, to, label, path, labelAt, labelShown, flowCount, sections, List.of());
    }

    DiagramEdge withLabel(Point at, boolean shown) {
        return new DiagramEdge(from, to, label, path, at, shown, flowCount, sections, via);
    }
}
