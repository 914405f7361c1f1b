package com.valt.planner.diagram;

import com.valt.planner.domain.Point;
import com.valt.planner.engine.EndpointType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The layered layout, on "units" (a device, or a group node standing for several): clients on top,
 * then the application server, then the media servers, each with the cameras and BEAM devices it
 * serves stacked underneath. Wide sites wrap into bands of {@link #MAX_COLUMNS} server columns.
 * Returns node centres.
 */
final class Layered {
    static final double COLUMN = 200;
    static final double ROW = 110;
    static final double SERVED_STEP = 72;
    static final int MAX_COLUMNS = 8;
    /** Room between a server and its first served node for two port labels. */
    static final double FIRST_SERVED = 112;

    /** @param serverId for a camera or BEAM unit: the unit id of its server, or null */
    record Unit(String id, EndpointType kind, String serverId) {}

    private Layered() {}

    static Map<String, Point> place(List<Unit> units) {
        return place(units, MAX_COLUMNS);
    }

    /**
     * The layout whose bands hold as many server columns as bring the picture closest to a landscape
     * page (width about {@link #PAGE_ASPECT} times the height); a site of up to {@link #MAX_COLUMNS} columns
     * is laid out as {@link #place(List)} does.
     */
    static Map<String, Point> placePageShaped(List<Unit> units) {
        Map<String, Point> best = place(units, MAX_COLUMNS);
        double bestScore = score(best);
        for (int c = MAX_COLUMNS + 1; c <= units.size(); c++) {
            Map<String, Point> p = place(units, c);
            double s = score(p);
            if (s < bestScore) {
                best = p;
                bestScore = s;
            }
            if (width(p) > PAGE_ASPECT * height(p) * 2) {
                break;
            }
        }
        return best;
    }

    static final double PAGE_ASPECT = 1.4;

    /** How far the layout's shape is from the page's, as the size of the log of the ratio. */
    private static double score(Map<String, Point> p) {
        return Math.abs(Math.log(width(p) / height(p) / PAGE_ASPECT));
    }

    private static double width(Map<String, Point> p) {
        return p.values().stream().mapToDouble(Point::x).max().orElse(0)
                - p.values().stream().mapToDouble(Point::x).min().orElse(0)
                + COLUMN;
    }

    private static double height(Map<String, Point> p) {
        return p.values().stream().mapToDouble(Point::y).max().orElse(0)
                - p.values().stream().mapToDouble(Point::y).min().orElse(0)
                + SERVED_STEP;
    }

    private static Map<String, Point> place(List<Unit> units, int maxColumns) {
        Map<String, Point> at = new LinkedHashMap<>();
        List<Unit> clients = new ArrayList<>();
        List<Unit> apps = new ArrayList<>();
        List<Unit> media = new ArrayList<>();
        Map<String, List<Unit>> served = new LinkedHashMap<>();
        List<Unit> orphans = new ArrayList<>();
        for (Unit u : units) {
            switch (u.kind()) {
                case CLIENT -> clients.add(u);
                case APPLICATION_SERVER -> apps.add(u);
                case MEDIA_SERVER -> media.add(u);
                default -> {}
            }
        }
        List<String> serverIds = new ArrayList<>();
        apps.forEach(u -> serverIds.add(u.id()));
        media.forEach(u -> serverIds.add(u.id()));
        for (Unit u : units) {
            if (u.kind() == EndpointType.CAMERA || u.kind() == EndpointType.BEAM) {
                if (u.serverId() != null && serverIds.contains(u.serverId())) {
                    served.computeIfAbsent(u.serverId(), k -> new ArrayList<>()).add(u);
                } else {
                    orphans.add(u);
                }
            }
        }

        // Cameras first, then BEAM devices, each in file order.
        served.values().forEach(l -> l.sort(java.util.Comparator.comparing(Unit::kind)));
        orphans.sort(java.util.Comparator.comparing(Unit::kind));

        // Columns: an application server that serves devices gets its own column; otherwise it is
        // centred above the media servers.
        List<Column> columns = new ArrayList<>();
        List<Unit> floatingApps = new ArrayList<>();
        for (Unit a : apps) {
            if (served.containsKey(a.id()) || media.isEmpty()) {
                columns.add(new Column(a, served.getOrDefault(a.id(), List.of()), true));
            } else {
                floatingApps.add(a);
            }
        }
        media.forEach(m -> columns.add(new Column(m, served.getOrDefault(m.id(), List.of()), false)));
        if (!orphans.isEmpty()) {
            columns.add(new Column(null, orphans, false));
        }

        int firstBand = Math.min(maxColumns, Math.max(1, columns.size()));
        int perClientRow = Math.max(maxColumns, firstBand);
        double bandWidth = firstBand * COLUMN;
        double y = 0;
        for (int i = 0; i < clients.size(); i += perClientRow) {
            int n = Math.min(perClientRow, clients.size() - i);
            double x0 = (bandWidth - n * COLUMN) / 2 + COLUMN / 2;
            for (int k = 0; k < n; k++) {
                at.put(clients.get(i + k).id(), new Point(x0 + k * COLUMN, y));
            }
            y += SERVED_STEP + 16;
        }
        if (!clients.isEmpty()) {
            y += ROW - SERVED_STEP - 16;
        }
        boolean appRow = columns.stream().anyMatch(c -> c.app) || !floatingApps.isEmpty();
        double appY = y;
        double mediaY = appRow ? y + ROW : y;
        double bandTop = mediaY;
        for (int b = 0; b < columns.size(); b += maxColumns) {
            double bottom = bandTop;
            for (int k = b; k < Math.min(columns.size(), b + maxColumns); k++) {
                Column c = columns.get(k);
                double x = (k - b) * COLUMN + COLUMN / 2;
                double top = c.app && b == 0 ? appY : bandTop;
                if (c.head != null) {
                    at.put(c.head.id(), new Point(x, top));
                }
                double sy = c.head != null ? Math.max(top + FIRST_SERVED, bandTop + FIRST_SERVED) : top;
                for (Unit s : c.served) {
                    at.put(s.id(), new Point(x, sy));
                    sy += SERVED_STEP;
                }
                bottom = Math.max(bottom, sy);
            }
            bandTop = bottom + ROW * 0.6;
        }
        placeFloatingApps(floatingApps, media, at, appY, maxColumns);
        return at;
    }

    private static void placeFloatingApps(
            List<Unit> apps, List<Unit> media, Map<String, Point> at, double y, int maxColumns) {
        double cx = media.stream()
                .limit(maxColumns)
                .mapToDouble(m -> at.get(m.id()).x())
                .average()
                .orElse(COLUMN / 2);
        for (int i = 0; i < apps.size(); i++) {
            at.put(apps.get(i).id(), new Point(cx + (i - (apps.size() - 1) / 2.0) * COLUMN, y));
        }
    }

    private record Column(Unit head, List<Unit> served, boolean app) {}
}
