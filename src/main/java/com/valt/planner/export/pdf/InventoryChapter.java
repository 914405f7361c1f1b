package com.valt.planner.export.pdf;

import com.valt.planner.domain.Device;
import com.valt.planner.domain.DeviceType;
import com.valt.planner.domain.Site;
import com.valt.planner.export.text.SafeText;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every device: name, type, address, served by, Wowza key. One table per type (the type is the
 * table's heading); long lists run in two newspaper columns so a campus fits.
 */
final class InventoryChapter {
    static final int TWO_COLUMNS_FROM = 24;
    static final int THREE_COLUMNS_FROM = 120;
    static final float INVENTORY_SIZE = 6.8f;

    private InventoryChapter() {}

    static void write(Blocks b, PdfCanvas c, Site site) throws IOException {
        b.chapter("Device inventory");
        List<Device> devices = unique(site);
        Map<String, int[]> served = new HashMap<>();
        for (Device d : devices) {
            if (d.type().isServed()) {
                site.servingServer(d)
                        .ifPresent(s -> served.computeIfAbsent(s.id(), k -> new int[2])[
                                d.type() == DeviceType.CAMERA ? 0 : 1]++);
            }
        }
        List<Device> servers = devices.stream().filter(d -> d.type().isServer()).toList();
        if (!servers.isEmpty()) {
            b.heading("Servers (" + servers.size() + ")");
            PdfTable t = new PdfTable(
                    List.of("Name", "Type", "Address", "Wowza key", "Serves"),
                    new float[] {0.3f, 0.17f, 0.2f, 0.15f, 0.18f},
                    INVENTORY_SIZE); // one size for every inventory table
            for (Device d : servers) {
                int[] n = served.getOrDefault(d.id(), new int[2]);
                String key = site.effectiveWowzaKey(d).id() + (d.wowzaKey() == null ? " (site)" : "");
                t.rowOf(name(d), d.type().label(), address(d), key, n[0] + " cameras, " + n[1] + " BEAM");
            }
            t.draw(c, 1);
        }
        served(b, c, site, devices, DeviceType.CLIENT, "Client PCs");
        served(b, c, site, devices, DeviceType.CAMERA, "Cameras");
        served(b, c, site, devices, DeviceType.BEAM, "BEAM devices");
    }

    private static void served(Blocks b, PdfCanvas c, Site site, List<Device> all, DeviceType type, String title)
            throws IOException {
        List<Device> list = all.stream().filter(d -> d.type() == type).toList();
        if (list.isEmpty()) {
            return;
        }
        b.heading(title + " (" + String.format("%,d", list.size()) + ")");
        boolean client = type == DeviceType.CLIENT;
        int columns = list.size() >= THREE_COLUMNS_FROM && namesFitThreeColumns(c, list)
                ? 3
                : list.size() >= TWO_COLUMNS_FROM ? 2 : 1;
        PdfTable t = client
                ? new PdfTable(List.of("Name", "Address", "Admin"), new float[] {0.56f, 0.3f, 0.14f}, INVENTORY_SIZE)
                        .dense()
                : new PdfTable(List.of("Name", "Address"), new float[] {0.66f, 0.34f}, INVENTORY_SIZE).dense();
        if (client) {
            list.forEach(d -> t.rowOf(name(d), address(d), d.admin() ? "yes" : ""));
        } else {
            // Under a line naming their server, so the firewall team reads each server's devices together.
            Map<String, List<Device>> byServer = new LinkedHashMap<>();
            for (Device d : list) {
                String server = site.servingServer(d)
                        .map(s -> SafeText.shown(s.displayName())
                                + (s.address() == null ? "" : " (" + SafeText.shown(s.address()) + ")"))
                        .orElse("no server (" + SafeText.shown(d.mediaServer()) + " is not a server)");
                byServer.computeIfAbsent(server, k -> new ArrayList<>()).add(d);
            }
            for (Map.Entry<String, List<Device>> e : byServer.entrySet()) {
                t.sub("Served by " + e.getKey() + ": " + e.getValue().size());
                e.getValue().forEach(d -> t.rowOf(name(d), address(d)));
            }
        }
        t.draw(c, columns);
    }

    /** Three columns only when nine names in ten fit on one line there; wrapped rows would cost more pages. */
    private static boolean namesFitThreeColumns(PdfCanvas c, List<Device> list) throws IOException {
        float nameWidth = ((c.contentWidth() - 2 * 14) / 3) * 0.66f - 4;
        int fit = 0;
        for (Device d : list) {
            if (c.width(name(d), false, INVENTORY_SIZE) <= nameWidth) {
                fit++;
            }
        }
        return fit * 10 >= list.size() * 9;
    }

    private static String name(Device d) {
        return SafeText.shown(d.displayName());
    }

    private static String address(Device d) {
        return d.address() == null ? "(none)" : SafeText.shown(d.address());
    }

    private static List<Device> unique(Site site) {
        Set<String> seen = new HashSet<>();
        return site.devices().stream().filter(d -> seen.add(d.id())).toList();
    }
}
