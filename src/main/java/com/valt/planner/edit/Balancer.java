package com.valt.planner.edit;

import com.valt.planner.catalog.Catalog;
import com.valt.planner.domain.Device;
import com.valt.planner.domain.DeviceType;
import com.valt.planner.domain.Site;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * "Balance cameras": moves cameras off servers that serve more than the limit (the page's 50) onto
 * the least loaded servers that have room. Media servers take cameras first; the application server
 * only when the site has no media server, because integrators keep it for the web application.
 * With {@code addServers}, new media servers are added when the existing ones are full.
 */
public final class Balancer {
    public static final int PAGE_LIMIT = Catalog.CAMERAS_PER_SERVER;

    /**
     * @param command      the change, or null when nothing moves
     * @param moved        cameras that change server
     * @param serversAdded new media servers
     * @param stillOver    cameras above the limit that found no room (only without addServers)
     */
    public record Plan(Command command, int moved, int serversAdded, int stillOver) {}

    private Balancer() {}

    public static Plan plan(Site site, int limit, boolean addServers) {
        List<Device> servers = new ArrayList<>(site.servers());
        if (servers.isEmpty()) {
            return new Plan(null, 0, 0, 0);
        }
        Map<String, List<Device>> load = new LinkedHashMap<>();
        servers.forEach(s -> load.put(s.id(), new ArrayList<>()));
        for (Device d : site.devicesOfType(DeviceType.CAMERA)) {
            site.servingServer(d).ifPresent(s -> load.get(s.id()).add(d));
        }
        List<Device> targets = new ArrayList<>(servers.stream()
                .filter(s -> s.type() == DeviceType.MEDIA_SERVER)
                .toList());
        if (targets.isEmpty()) {
            targets.addAll(servers);
        }
        List<Device> added = new ArrayList<>();
        int room = targets.stream()
                .mapToInt(s -> Math.max(0, limit - load.get(s.id()).size()))
                .sum();
        int excess = load.values().stream()
                .mapToInt(l -> Math.max(0, l.size() - limit))
                .sum();
        if (addServers && excess > room) {
            int needed = (excess - room + limit - 1) / limit;
            Site grown = site;
            Device last = servers.get(servers.size() - 1);
            for (int i = 0; i < needed; i++) {
                Device ms = newMediaServer(grown, last, i);
                grown = grown.plusDevice(ms);
                added.add(ms);
                targets.add(ms);
                load.put(ms.id(), new ArrayList<>());
            }
        }
        Map<String, String> newServer = new LinkedHashMap<>();
        int stillOver = 0;
        for (Device s : servers) {
            List<Device> cams = load.get(s.id());
            while (cams.size() > limit) {
                Device target = targets.stream()
                        .filter(t -> !t.id().equals(s.id()))
                        .min(Comparator.comparingInt(t -> load.get(t.id()).size()))
                        .orElse(null);
                if (target == null || load.get(target.id()).size() >= limit) {
                    stillOver += cams.size() - limit;
                    break;
                }
                Device cam = cams.remove(cams.size() - 1);
                load.get(target.id()).add(cam);
                newServer.put(cam.id(), target.id());
            }
        }
        if (newServer.isEmpty()) {
            return new Plan(null, 0, 0, stillOver);
        }
        String appId = site.applicationServer().map(Device::id).orElse(null);
        List<Device> before = new ArrayList<>();
        List<Device> after = new ArrayList<>();
        for (Device d : site.devices()) {
            String to = newServer.get(d.id());
            if (to != null) {
                before.add(d);
                after.add(d.withMediaServer(to.equals(appId) ? null : to));
            }
        }
        String what = "Balance cameras (" + newServer.size() + " moved"
                + (added.isEmpty() ? "" : ", " + added.size() + " media servers added") + ")";
        List<Command> parts = new ArrayList<>();
        if (!added.isEmpty()) {
            parts.add(new AddDevices(what, added));
        }
        parts.add(new ReplaceDevices(what, before, after));
        return new Plan(new Compound(what, parts), newServer.size(), added.size(), stillOver);
    }

    private static Device newMediaServer(Site site, Device last, int i) {
        String prefix = Edits.idPrefix(DeviceType.MEDIA_SERVER);
        String id = site.freeId(prefix);
        String number = id.substring(prefix.length());
        Double x = last.x() == null ? null : last.x() + 220.0 * (i + 1);
        Double y = last.y();
        return Device.of(id, DeviceType.MEDIA_SERVER)
                .withName("Media Server " + number)
                .withPosition(x, y);
    }
}
