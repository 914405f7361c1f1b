package com.valt.planner.ui.plan;

import com.valt.planner.diagram.AutoLayout;
import com.valt.planner.diagram.DiagramGroup;
import com.valt.planner.diagram.DiagramNode;
import com.valt.planner.diagram.Rect;
import com.valt.planner.domain.Device;
import com.valt.planner.domain.Point;
import com.valt.planner.domain.Site;
import com.valt.planner.engine.FlowResult;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the canvas draws for one site and its flows: every device's place (its own x/y, else the
 * shared {@link AutoLayout}'s), the outside hosts beside the plan, the zones' frames and the
 * firewalls' places. Worked out once per edit on the model's worker, beside the flows, so the
 * canvas only reads it and nothing is laid out on the FX thread.
 *
 * @param result the site's flows, or null before they are computed (then no hosts and no zones)
 * @param positions centres of the devices and firewalls, plan units
 * @param servedBy each camera's and BEAM device's serving server
 */
public record PlanPicture(
        Site site,
        FlowResult result,
        Map<String, Point> positions,
        Map<String, String> servedBy,
        List<DiagramNode> hosts,
        List<DiagramGroup> frames,
        List<PlanZones.Frame> zoneFrames,
        Map<String, Point> firewallAt) {

    public static final PlanPicture EMPTY = of(Site.empty(), null);

    public static PlanPicture of(Site site, FlowResult result) {
        Map<String, Point> positions = new HashMap<>(AutoLayout.positions(site));
        Map<String, String> servedBy = new HashMap<>();
        Rect devices = null;
        for (Device d : site.devices()) {
            site.servingServer(d).ifPresent(server -> servedBy.put(d.id(), server.id()));
            Rect b = deviceBox(d, positions.get(d.id()));
            if (b != null) {
                devices = devices == null ? b : devices.union(b);
            }
        }
        PlanHosts.Placed placed = result == null ? PlanHosts.Placed.NONE : PlanHosts.place(result.endpoints(), devices);
        List<PlanZones.Frame> zoneFrames = PlanZones.frames(
                result,
                site.zones(),
                id -> site.device(id).map(d -> deviceBox(d, positions.get(id))).orElse(null));
        Rect internet =
                placed.frames().isEmpty() ? null : placed.frames().get(0).bounds();
        List<Rect> taken = new ArrayList<>();
        if (site.firewalls().stream().anyMatch(f -> !f.hasPosition())) {
            // a firewall without a place of its own must not land on a device, a host or a frame's title
            site.devices().forEach(d -> {
                Rect b = deviceBox(d, positions.get(d.id()));
                if (b != null) {
                    taken.add(b);
                }
            });
            placed.hosts().forEach(h -> taken.add(h.bounds()));
            zoneFrames.forEach(f -> taken.add(
                    new Rect(f.bounds().x(), f.bounds().y(), f.bounds().width(), PlanZones.TITLE)));
        }
        Map<String, Point> firewallAt = PlanZones.firewalls(site.firewalls(), zoneFrames, internet, devices, taken);
        positions.putAll(firewallAt);
        return new PlanPicture(
                site,
                result,
                Map.copyOf(positions),
                Map.copyOf(servedBy),
                placed.hosts(),
                placed.frames(),
                List.copyOf(zoneFrames),
                Map.copyOf(firewallAt));
    }

    /** True when this picture shows the flows of exactly this site. */
    public boolean isOf(Site s) {
        return site == s && result != null;
    }

    private static Rect deviceBox(Device d, Point p) {
        if (p == null) {
            return null;
        }
        return Rect.centeredAt(p, NodeShape.width(d.type()), NodeShape.height(d.type()));
    }
}
