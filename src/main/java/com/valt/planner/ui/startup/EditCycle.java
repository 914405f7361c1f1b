package com.valt.planner.ui.startup;

import com.valt.planner.domain.Device;
import com.valt.planner.domain.DeviceType;
import com.valt.planner.domain.Point;
import com.valt.planner.domain.Site;
import com.valt.planner.domain.Zone;
import com.valt.planner.edit.Command;
import com.valt.planner.edit.Edits;
import com.valt.planner.edit.ZoneEdits;
import com.valt.planner.engine.Endpoint;
import com.valt.planner.engine.FlowResult;
import com.valt.planner.ui.PlannerModel;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * A repeatable cycle of the edits users make most, through the commands the mouse and menus give the model:
 * add a camera to a media server (a palette drop on a server), assign a camera to another server, move a
 * client to another zone (Edit > Move to zone), toggle SSL (the site panel), delete a client, undo, redo.
 * Used by the edit-latency benchmark and by the build's ahead-of-time training, so the cache holds profiles
 * of exactly what an edit runs. An edit the site has nothing for (no camera, no zones) is replaced by the
 * next one of the cycle.
 */
public final class EditCycle {
    /** The names of the cycle's edits, in order. */
    public static final List<String> KINDS = List.of(
            "add camera",
            "camera to other server",
            "device to other zone",
            "toggle SSL",
            "delete client",
            "undo",
            "redo");

    private final PlannerModel model;
    private final Random random;
    private int next;

    public EditCycle(PlannerModel model, long seed) {
        this.model = model;
        this.random = new Random(seed);
    }

    /** Makes the next edit of the cycle on the model's current site; returns its name. */
    public String next() {
        for (int tries = 0; tries < KINDS.size(); tries++) {
            String kind = KINDS.get(next++ % KINDS.size());
            if (run(kind)) {
                return kind;
            }
        }
        throw new IllegalStateException("no edit of the cycle applies to this site");
    }

    private boolean run(String kind) {
        switch (kind) {
            case "undo" -> {
                if (!model.canUndo()) {
                    return false;
                }
                model.undo();
                return true;
            }
            case "redo" -> {
                if (!model.canRedo()) {
                    return false;
                }
                model.redo();
                return true;
            }
            default -> {
                Command c = command(kind);
                if (c == null) {
                    return false;
                }
                model.execute(c);
                return true;
            }
        }
    }

    /** The edit's command on the current site, as a click makes it; null when the site has nothing for it. */
    private Command command(String kind) {
        Site site = model.site();
        return switch (kind) {
            case "add camera" -> addCamera(site);
            case "camera to other server" -> moveCamera(site);
            case "device to other zone" -> moveToZone(site);
            case "toggle SSL" -> toggleSsl(site);
            case "delete client" -> deleteClient(site);
            default -> throw new IllegalArgumentException(kind);
        };
    }

    private Command addCamera(Site site) {
        List<Device> servers = site.devicesOfType(DeviceType.MEDIA_SERVER);
        if (servers.isEmpty()) {
            return null;
        }
        Device server = pick(servers);
        Point at = new Point((server.x() == null ? 0 : server.x()) + 40, (server.y() == null ? 0 : server.y()) + 300);
        return Edits.add(site, DeviceType.CAMERA, at, server.id());
    }

    private Command moveCamera(Site site) {
        List<Device> cameras = site.devicesOfType(DeviceType.CAMERA);
        if (cameras.isEmpty()) {
            return null;
        }
        Device camera = pick(cameras);
        List<Device> others = site.devicesOfType(DeviceType.MEDIA_SERVER).stream()
                .filter(s -> !s.id().equals(camera.mediaServer()))
                .toList();
        return others.isEmpty()
                ? null
                : Edits.assign(site, Set.of(camera.id()), pick(others).id());
    }

    /** To a zone other than the one the client is in now (its own, or the one its address falls in). */
    private Command moveToZone(Site site) {
        List<Device> clients = site.devicesOfType(DeviceType.CLIENT);
        if (clients.isEmpty()) {
            return null;
        }
        Device client = pick(clients);
        FlowResult r = model.result();
        String now = client.zone() != null || r == null ? client.zone() : r.zoneOf(Endpoint.of(client));
        List<String> zones =
                site.zones().stream().map(Zone::id).filter(z -> !z.equals(now)).toList();
        return zones.isEmpty() ? null : ZoneEdits.pin(site, Set.of(client.id()), pick(zones));
    }

    private static Command toggleSsl(Site site) {
        boolean ssl = site.settings().sslEnabled();
        return Edits.settings(site, site.settings().withSsl(!ssl), ssl ? "SSL off" : "SSL on");
    }

    private Command deleteClient(Site site) {
        List<Device> clients = site.devicesOfType(DeviceType.CLIENT);
        return clients.size() < 2
                ? null
                : Edits.delete(site, Set.of(pick(clients).id()));
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }
}
