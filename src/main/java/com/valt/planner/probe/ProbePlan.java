package com.valt.planner.probe;

import com.valt.planner.domain.Device;
import com.valt.planner.domain.Spelling;
import com.valt.planner.engine.Endpoint;
import com.valt.planner.engine.Flow;
import com.valt.planner.engine.FlowResult;
import com.valt.planner.engine.Route;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * What a probe standing in for one device tries: every flow of the engine's result whose source is
 * that device (optionally only those crossing one firewall). Reads the {@link FlowResult}; computes no flows.
 *
 * @param queryName the host name DNS queries ask for: one of the site's own outside hosts, or the update mirror
 */
public record ProbePlan(FlowResult result, Device device, String firewall, List<Target> targets, String queryName) {
    /** Asked for when the site names no outside host (online updates off): the update mirror VALT uses. */
    public static final String UPDATE_MIRROR = "us.archive.ubuntu.com";

    public ProbePlan {
        targets = List.copyOf(targets);
    }

    /**
     * @param firewall a firewall id, or null for every flow
     * @throws ProbeException for an unknown device or firewall, or a device with no outgoing flows
     */
    public static ProbePlan of(FlowResult result, String deviceId, String firewall) throws ProbeException {
        Device device =
                result.site().device(deviceId).orElseThrow(() -> new ProbeException(unknownDevice(result, deviceId)));
        if (firewall != null && result.site().firewall(firewall).isEmpty()) {
            List<String> ids =
                    result.site().firewalls().stream().map(f -> f.id()).toList();
            throw new ProbeException("no firewall has the id \"" + firewall + "\""
                    + (ids.isEmpty()
                            ? " (this site has no firewalls)"
                            : " (firewalls: " + String.join(", ", ids) + ")"));
        }
        List<Target> targets = new ArrayList<>();
        boolean any = false;
        for (Flow f : result.flows()) {
            if (!f.source().id().equals(deviceId)) {
                continue;
            }
            any = true;
            Route route = result.route(f);
            if (firewall == null || route.crosses(firewall)) {
                // Without zones nothing is known of the firewalls: the column stays empty rather than "-".
                targets.add(new Target(
                        f, f.destination().address(), result.site().hasZones() ? route.firewallsText() : ""));
            }
        }
        if (!any) {
            throw new ProbeException(deviceId + " (" + device.displayName() + ", "
                    + device.type().label()
                    + ") opens no connection in this plan: nothing to try. Stand in for a device that does"
                    + " (a client, a server or a BEAM device); to test connections towards " + deviceId
                    + ", run 'listen' on this computer and 'probe' from the other end.");
        }
        if (targets.isEmpty()) {
            throw new ProbeException("none of " + deviceId + "'s flows crosses the firewall \"" + firewall + "\"");
        }
        String query = result.endpoints().stream()
                .filter(e -> e.type() == com.valt.planner.engine.EndpointType.INTERNET)
                .map(Endpoint::id)
                .findFirst()
                .orElse(UPDATE_MIRROR);
        return new ProbePlan(result, device, firewall, targets, query);
    }

    /** The destinations the plan names without an address: they cannot be tried. */
    public List<Target> withoutAddress() {
        return targets.stream()
                .filter(t -> t.host() == null || t.host().isBlank())
                .toList();
    }

    static String unknownDevice(FlowResult result, String id) {
        List<String> sameLetters = result.site().devices().stream()
                .map(Device::id)
                .filter(id::equalsIgnoreCase)
                .toList();
        List<String> near = !sameLetters.isEmpty()
                ? sameLetters
                : result.site().devices().stream()
                        .map(Device::id)
                        .sorted(Comparator.comparingInt((String d) ->
                                        Spelling.distance(d.toLowerCase(Locale.ROOT), id.toLowerCase(Locale.ROOT)))
                                .thenComparing(Comparator.naturalOrder()))
                        .filter(d -> Spelling.distance(d.toLowerCase(Locale.ROOT), id.toLowerCase(Locale.ROOT))
                                        <= Math.max(2, id.length() / 2)
                                || d.toLowerCase(Locale.ROOT).contains(id.toLowerCase(Locale.ROOT)))
                        .limit(5)
                        .toList();
        return "no device has the id \"" + id + "\""
                + (near.isEmpty()
                        ? " (run 'flows SITE' to see the ids)"
                        : "; did you mean " + String.join(", ", near) + "?");
    }
}
