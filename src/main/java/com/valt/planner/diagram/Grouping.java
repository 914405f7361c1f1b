package com.valt.planner.diagram;

import com.valt.planner.domain.Device;
import com.valt.planner.domain.DeviceType;
import com.valt.planner.domain.Site;
import com.valt.planner.engine.EndpointType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides which devices share one node: a server's cameras (or BEAM devices) above the threshold,
 * and the clients (admin PCs apart, as their ports differ). Produces one group per node-to-be.
 */
final class Grouping {
    /** A node-to-be: its id, kind, the devices it stands for and, for served devices, its server. */
    record Group(String id, EndpointType kind, List<Device> devices, String serverId) {
        boolean single() {
            return devices.size() == 1 && !id.startsWith(DiagramBuilder.GROUP_PREFIX);
        }
    }

    private Grouping() {}

    static List<Group> of(Site site, DiagramOptions options) {
        List<Device> unique = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Device d : site.devices()) {
            if (seen.add(d.id())) {
                unique.add(d);
            }
        }
        List<Group> out = new ArrayList<>();
        List<Device> clients = unique.stream()
                .filter(d -> d.type() == DeviceType.CLIENT && !d.admin())
                .toList();
        List<Device> admins = unique.stream()
                .filter(d -> d.type() == DeviceType.CLIENT && d.admin())
                .toList();
        addClients(out, clients, "clients", options);
        addClients(out, admins, "admin-clients", options);
        Map<String, List<Device>> cameras = new LinkedHashMap<>();
        Map<String, List<Device>> beams = new LinkedHashMap<>();
        for (Device d : unique) {
            if (d.type().isServer()) {
                out.add(new Group(d.id(), EndpointType.of(d.type()), List.of(d), null));
            } else if (d.type().isServed()) {
                String server = site.servingServer(d).map(Device::id).orElse("");
                (d.type() == DeviceType.CAMERA ? cameras : beams)
                        .computeIfAbsent(server, k -> new ArrayList<>())
                        .add(d);
            }
        }
        addServed(out, cameras, EndpointType.CAMERA, "cameras", options);
        addServed(out, beams, EndpointType.BEAM, "beam", options);
        return out;
    }

    private static void addClients(List<Group> out, List<Device> clients, String name, DiagramOptions options) {
        if (options.collapses(clients.size())) {
            out.add(new Group(DiagramBuilder.GROUP_PREFIX + name, EndpointType.CLIENT, clients, null));
        } else {
            clients.forEach(d -> out.add(new Group(d.id(), EndpointType.CLIENT, List.of(d), null)));
        }
    }

    private static void addServed(
            List<Group> out,
            Map<String, List<Device>> byServer,
            EndpointType kind,
            String name,
            DiagramOptions options) {
        for (Map.Entry<String, List<Device>> e : byServer.entrySet()) {
            String server = e.getKey().isEmpty() ? null : e.getKey();
            List<Device> devices = e.getValue();
            // Devices whose server is missing (an invalid site) stay single, so each one can be found.
            if (server != null && options.collapses(devices.size())) {
                out.add(new Group(DiagramBuilder.GROUP_PREFIX + name + ":" + server, kind, devices, server));
            } else {
                devices.forEach(d -> out.add(new Group(d.id(), kind, List.of(d), server)));
            }
        }
    }

    /** "48 cameras", "1 BEAM device", "12 admin PCs". */
    static String title(Group g) {
        int n = g.devices().size();
        String noun = switch (g.kind()) {
            case CAMERA -> n == 1 ? "camera" : "cameras";
            case BEAM -> n == 1 ? "BEAM device" : "BEAM devices";
            case CLIENT ->
                g.id().endsWith("admin-clients")
                        ? (n == 1 ? "admin PC" : "admin PCs")
                        : (n == 1 ? "client PC" : "client PCs");
            default -> n == 1 ? "device" : "devices";
        };
        return n + " " + noun;
    }
}
