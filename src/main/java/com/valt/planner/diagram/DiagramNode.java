package com.valt.planner.diagram;

import com.valt.planner.engine.EndpointType;
import java.util.List;

/**
 * One box of the diagram: a device, an outside host, or several devices of one kind shown as one
 * group node ("48 cameras").
 *
 * @param id        the device id (or host) for a single node; {@code group:...} for a group node
 * @param title     first line: the device's name, or "48 cameras"
 * @param subtitle  second line: the address, or the address range of a group; may be empty
 * @param memberIds the device ids (or hosts) this node stands for; one for a single node
 */
public record DiagramNode(
        String id, EndpointType kind, String title, String subtitle, Rect bounds, List<String> memberIds) {
    public DiagramNode {
        memberIds = List.copyOf(memberIds);
    }

    public boolean isGroup() {
        return memberIds.size() > 1 || id.startsWith(DiagramBuilder.GROUP_PREFIX);
    }

    public int count() {
        return memberIds.size();
    }
}
