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
 */
public record DiagramEdge(String from, String to, String label, List<Point> path, Point labelAt,
                          boolean labelShown, int flowCount, Set<String> sections) {
    public DiagramEdge {
        path = List.copyOf(path);
        sections = Set.copyOf(sections);
    }
}
