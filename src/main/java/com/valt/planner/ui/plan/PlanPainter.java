package com.valt.planner.ui.plan;

import com.valt.planner.domain.Device;
import com.valt.planner.domain.DeviceType;
import com.valt.planner.domain.Point;
import com.valt.planner.domain.Site;
import com.valt.planner.ui.common.DeviceIcons;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Bounds;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/**
 * Draws the plan onto the canvas: grid, lines from served devices to their server, flows on demand,
 * devices. Only what is on screen is drawn, and detail drops as the user zooms out, so a
 * 5,000-device site pans smoothly.
 */
final class PlanPainter {
    static final double GRID = 20;
    private static final Color BACKGROUND = Color.web("#f8fafc");
    private static final Color GRID_MINOR = Color.web("#e9eef4");
    private static final Color GRID_MAJOR = Color.web("#d8e0ea");
    private static final Color SERVE = Color.web("#94a3b8");
    private static final Color SELECT = Color.web("#2563eb");
    private static final Color HIGHLIGHT = Color.web("#f59e0b");
    private static final Color FLOW = Color.web("#be123c");
    private static final Font TITLE = Font.font("System", FontWeight.BOLD, 11.5);
    private static final Font SUB = Font.font("System", 10.5);
    private static final Font EDGE = Font.font("System", FontWeight.BOLD, 10.5);
    private static final Font TAG = Font.font("System", FontWeight.BOLD, 8.5);

    private static final double LINE = 13;
    private final Map<String, String> fitted = new HashMap<>();
    private final Map<String, String[]> wrapped = new HashMap<>();
    private final Text measure = new Text();
    /** Label boxes drawn in this frame (plan units), so labels do not cover each other. */
    private final java.util.List<double[]> labelBoxes = new java.util.ArrayList<>();
    /** Labels drawn in this frame with their centres: a fan of arrows with the same ports gets one. */
    private final java.util.List<Placed> placedLabels = new java.util.ArrayList<>();

    private record Placed(String text, double x, double y) {}

    /** Within this distance (plan units) a label the same as one already drawn says nothing new. */
    static final double SAME_LABEL_NEAR = 110;

    /** Below this zoom a device is a coloured block, and the serving lines are plain. */
    static final double BLOCKS_BELOW = 0.25;

    void paint(GraphicsContext g, double width, double height, PlanState s) {
        Viewport v = s.viewport;
        g.setFill(BACKGROUND);
        g.fillRect(0, 0, width, height);
        Bounds vis = v.visible(width, height);
        if (s.grid) {
            grid(g, v, vis, width, height);
        }
        Site site = s.site;
        double scale = v.scale();
        g.save();
        g.setTransform(scale, 0, 0, scale, v.screenX(0), v.screenY(0));
        for (var z : s.picture.zoneFrames()) {
            if (rectInView(z.bounds(), vis)) {
                zoneFrame(g, z, scale);
            }
        }
        serveLines(g, s, vis);
        for (var f : s.picture.frames()) {
            frame(g, f);
        }
        for (var h : s.picture.hosts()) {
            host(g, h, scale);
        }
        if (!s.edgesOnTop) {
            edges(g, s, vis, false);
        }
        for (Device d : site.devices()) {
            Point p = s.position(d.id());
            if (p == null || !inView(p, vis)) {
                continue;
            }
            device(g, d, p.x(), p.y(), scale, s);
        }
        for (var fw : s.site.firewalls()) {
            Point p = s.position(fw.id());
            if (p != null
                    && s.picture.firewallAt().containsKey(fw.id())
                    && rectInView(
                            com.valt.planner.diagram.Rect.centeredAt(p, PlanZones.FIREWALL_W, PlanZones.FIREWALL_H),
                            vis)) {
                firewall(g, fw, p, scale, s.selection.contains(fw.id()));
            }
        }
        if (s.edgesOnTop) {
            // a selection's few arrows go over the devices, so no head hides under a neighbouring box
            edges(g, s, vis, false);
        }
        // Port labels last, over lines and devices, so none is hidden; they keep off the labelled boxes.
        labelBoxes.clear();
        placedLabels.clear();
        if (!s.edges.isEmpty()) {
            for (Device d : site.devices()) {
                Point p = s.position(d.id());
                if (p != null && NodeShape.isBox(d.type()) && inView(p, vis)) {
                    double w = NodeShape.width(d.type());
                    double h = NodeShape.height(d.type());
                    labelBoxes.add(new double[] {p.x() - w / 2, p.y() - h / 2, w, h});
                }
            }
        }
        edges(g, s, vis, true);
        if (s.ghostType != null && s.ghostAt != null) {
            g.setGlobalAlpha(0.6);
            ghost(g, s.ghostType, s.ghostAt, scale);
            g.setGlobalAlpha(1);
        }
        g.restore();
        if (s.hover != null && s.dragged.isEmpty() && s.ghostType == null) {
            hoverCard(g, s, width);
        }
        if (s.band != null) {
            g.setFill(Color.color(0.15, 0.39, 0.92, 0.12));
            g.setStroke(SELECT);
            g.setLineWidth(1);
            g.fillRect(s.band.getMinX(), s.band.getMinY(), s.band.getWidth(), s.band.getHeight());
            g.strokeRect(s.band.getMinX(), s.band.getMinY(), s.band.getWidth(), s.band.getHeight());
        }
    }

    private void edges(GraphicsContext g, PlanState s, Bounds vis, boolean labels) {
        for (PlanState.Edge e : s.edges) {
            if (!s.dragged.contains(e.from()) && !s.dragged.contains(e.to())) {
                edge(g, s, e, vis, labels);
            }
        }
    }

    private static boolean inView(Point p, Bounds vis) {
        double m = NodeShape.MAX_HALF;
        return p.x() + m >= vis.getMinX()
                && p.x() - m <= vis.getMaxX()
                && p.y() + m >= vis.getMinY()
                && p.y() - m <= vis.getMaxY();
    }

    private static boolean rectInView(com.valt.planner.diagram.Rect r, Bounds vis) {
        return r.maxX() >= vis.getMinX()
                && r.x() <= vis.getMaxX()
                && r.maxY() >= vis.getMinY()
                && r.y() <= vis.getMaxY();
    }

    private static final Color[] ZONE_TINTS = {
        Color.web("#0ea5e9"),
        Color.web("#22c55e"),
        Color.web("#a855f7"),
        Color.web("#f97316"),
        Color.web("#14b8a6"),
        Color.web("#e11d48"),
        Color.web("#eab308"),
        Color.web("#6366f1")
    };

    /** A zone: a rounded rectangle with a light tint (devices are drawn over it) and its label on top. */
    private void zoneFrame(GraphicsContext g, PlanZones.Frame z, double scale) {
        var b = z.bounds();
        Color c = ZONE_TINTS[z.colour() % ZONE_TINTS.length];
        g.setFill(c.deriveColor(0, 1, 1, 0.07));
        g.fillRoundRect(b.x(), b.y(), b.width(), b.height(), 18, 18);
        g.setStroke(c.deriveColor(0, 1, 0.8, 0.75));
        g.setLineWidth(1.5 / scale);
        g.strokeRoundRect(b.x(), b.y(), b.width(), b.height(), 18, 18);
        if (scale < 0.3) {
            return;
        }
        g.setFill(c.deriveColor(0, 1, 0.55, 1));
        g.setFont(TITLE);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        // the whole label when it fits, else at least the zone's name, which may run past a narrow frame
        String text = width(z.label(), TITLE) <= b.width() - 20 ? z.label() : z.name();
        g.fillText(text, b.x() + 10, b.y() + 5);
    }

    /** A firewall: a dark box with a brick-wall icon, its name and platform. */
    private void firewall(
            GraphicsContext g, com.valt.planner.domain.Firewall f, Point c, double scale, boolean selected) {
        double w = PlanZones.FIREWALL_W;
        double h = PlanZones.FIREWALL_H;
        double x = c.x() - w / 2;
        double y = c.y() - h / 2;
        g.setFill(Color.web("#fff7ed"));
        g.fillRoundRect(x, y, w, h, 6, 6);
        g.setStroke(selected ? SELECT : Color.web("#9a3412"));
        g.setLineWidth(selected ? 3 : 1.5);
        g.strokeRoundRect(x, y, w, h, 6, 6);
        // brick wall: three courses, the middle one offset by half a brick
        double bx = x + 6;
        double by = y + 9;
        double bw = 26;
        double bh = 26;
        g.setFill(Color.web("#c2410c"));
        g.fillRect(bx, by, bw, bh);
        g.setStroke(Color.web("#fff7ed"));
        g.setLineWidth(1.5);
        for (int i = 1; i < 3; i++) {
            g.strokeLine(bx, by + i * bh / 3, bx + bw, by + i * bh / 3);
        }
        for (int row = 0; row < 3; row++) {
            double off = row % 2 == 0 ? bw / 2 : bw / 4;
            for (double vx = bx + off; vx < bx + bw; vx += bw / 2) {
                g.strokeLine(vx, by + row * bh / 3, vx, by + (row + 1) * bh / 3);
            }
        }
        if (scale < 0.45) {
            return;
        }
        double tx = bx + bw + 8;
        double room = x + w - tx - 4;
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        g.setFill(Color.web("#0f172a"));
        g.setFont(TITLE);
        g.fillText(fit(f.displayName(), TITLE, room), tx, c.y() - LINE / 2);
        g.setFont(SUB);
        g.setFill(Color.web("#7c2d12"));
        g.fillText(fit(f.platform().id(), SUB, room), tx, c.y() + LINE / 2);
    }

    private static boolean lineInView(Point a, Point b, Bounds vis) {
        return Math.max(a.x(), b.x()) >= vis.getMinX()
                && Math.min(a.x(), b.x()) <= vis.getMaxX()
                && Math.max(a.y(), b.y()) >= vis.getMinY()
                && Math.min(a.y(), b.y()) <= vis.getMaxY();
    }

    private static boolean pathInView(List<Point> path, Bounds vis) {
        for (int i = 1; i < path.size(); i++) {
            if (lineInView(path.get(i - 1), path.get(i), vis)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The grid, one pixel wide lines drawn as filled rectangles: the software renderer (no GPU, or Xvfb)
     * fills an axis-aligned rectangle directly, where a stroked path of a hundred lines goes through the
     * rasteriser, which sorted its crossings on every scanline (5-14 ms a frame of the zoomed-out campus).
     */
    private static void grid(GraphicsContext g, Viewport v, Bounds vis, double width, double height) {
        double step = GRID;
        while (step * v.scale() < 8) {
            step *= 5;
        }
        double x0 = Math.floor(vis.getMinX() / step) * step;
        double y0 = Math.floor(vis.getMinY() / step) * step;
        for (boolean major : new boolean[] {false, true}) {
            g.setFill(major ? GRID_MAJOR : GRID_MINOR);
            for (double x = x0; x <= vis.getMaxX(); x += step) {
                if ((Math.round(x / step) % 5 == 0) == major) {
                    g.fillRect(Math.round(v.screenX(x)), 0, 1, height);
                }
            }
            for (double y = y0; y <= vis.getMaxY(); y += step) {
                if ((Math.round(y / step) % 5 == 0) == major) {
                    g.fillRect(0, Math.round(v.screenY(y)), width, 1);
                }
            }
        }
    }

    /**
     * The lines from served devices to their servers, one path per server: dashed, except far out where
     * devices are coloured blocks. There a campus has thousands of them in view, and each dash is a shape of
     * its own to the rasteriser (their dashes cost 40 ms a frame in software rendering). A path per server,
     * not one for all: the rasteriser sorts a path's crossings on each scanline, and a server's lines stay
     * near it, where one path of every line had hundreds of crossings a scanline to keep in order.
     */
    private static void serveLines(GraphicsContext g, PlanState s, Bounds vis) {
        double scale = s.viewport.scale();
        g.setStroke(SERVE);
        g.setLineWidth(1.2 / scale);
        if (scale >= BLOCKS_BELOW) {
            g.setLineDashes(6 / scale, 4 / scale);
        }
        Map<String, List<Point>> byServer = new LinkedHashMap<>();
        for (Device d : s.site.devices()) {
            if (!d.type().isServed()) {
                continue;
            }
            String server = s.servingServerId(d);
            Point a = s.position(d.id());
            Point b = server == null ? null : s.position(server);
            if (a != null && b != null && lineInView(a, b, vis)) {
                // from edge to edge: the line never runs over the server's name
                Point from = FlowEdges.exit(s.box(d.id()), a.x(), a.y(), b.x(), b.y());
                Point to = FlowEdges.exit(s.box(server), b.x(), b.y(), a.x(), a.y());
                if (from != null && to != null) {
                    List<Point> ends = byServer.computeIfAbsent(server, k -> new ArrayList<>());
                    ends.add(from);
                    ends.add(to);
                }
            }
        }
        for (List<Point> ends : byServer.values()) {
            g.beginPath();
            for (int i = 0; i < ends.size(); i += 2) {
                g.moveTo(ends.get(i).x(), ends.get(i).y());
                g.lineTo(ends.get(i + 1).x(), ends.get(i + 1).y());
            }
            g.stroke();
        }
        g.setLineDashes((double[]) null);
    }

    private void edge(GraphicsContext g, PlanState s, PlanState.Edge e, Bounds vis, boolean label) {
        List<Point> path = e.path();
        if (path.size() < 2 || !pathInView(path, vis)) {
            return;
        }
        double scale = s.viewport.scale();
        if (label) {
            label(g, e, scale);
            return;
        }
        g.setStroke(FLOW);
        g.setFill(FLOW);
        g.setLineWidth(2 / scale);
        for (int i = 1; i < path.size(); i++) {
            g.strokeLine(
                    path.get(i - 1).x(),
                    path.get(i - 1).y(),
                    path.get(i).x(),
                    path.get(i).y());
        }
        Point a = path.get(path.size() - 2);
        Point b = path.get(path.size() - 1);
        double ang = Math.atan2(b.y() - a.y(), b.x() - a.x());
        double len = 10 / scale;
        g.fillPolygon(
                new double[] {b.x(), b.x() - len * Math.cos(ang - 0.4), b.x() - len * Math.cos(ang + 0.4)},
                new double[] {b.y(), b.y() - len * Math.sin(ang - 0.4), b.y() - len * Math.sin(ang + 0.4)},
                3);
    }

    /**
     * The ports label of an arrow, where the diagram puts it or, when that spot is taken by another
     * label, further along the arrow; left out when the arrow has no free spot (the tables list it).
     */
    private void label(GraphicsContext g, PlanState.Edge e, double scale) {
        if (scale < 0.3) {
            return;
        }
        measure.setFont(EDGE);
        measure.setText(e.label());
        double tw = measure.getLayoutBounds().getWidth() + 8;
        // along the longest leg, keeping the label's offset from that leg's middle (two-way pairs sit beside)
        Point a = e.path().get(0);
        Point b = e.path().get(1);
        for (int i = 2; i < e.path().size(); i++) {
            Point p = e.path().get(i - 1);
            Point q = e.path().get(i);
            if (Math.hypot(q.x() - p.x(), q.y() - p.y()) > Math.hypot(b.x() - a.x(), b.y() - a.y())) {
                a = p;
                b = q;
            }
        }
        Point mid = new Point((a.x() + b.x()) / 2, (a.y() + b.y()) / 2);
        for (Placed p : placedLabels) {
            if (p.text().equals(e.label()) && Math.hypot(p.x() - mid.x(), p.y() - mid.y()) < SAME_LABEL_NEAR) {
                return;
            }
        }
        double ox = e.labelAt().x() - mid.x();
        double oy = e.labelAt().y() - mid.y();
        for (double t : new double[] {0.5, 0.35, 0.65, 0.22, 0.78}) {
            double x = a.x() + (b.x() - a.x()) * t + ox;
            double y = a.y() + (b.y() - a.y()) * t + oy;
            double[] box = {x - tw / 2 - 1, y - 10, tw + 2, 20};
            if (labelBoxes.stream()
                    .noneMatch(r -> r[0] < box[0] + box[2]
                            && box[0] < r[0] + r[2]
                            && r[1] < box[1] + box[3]
                            && box[1] < r[1] + r[3])) {
                labelBoxes.add(box);
                placedLabels.add(new Placed(e.label(), mid.x(), mid.y()));
                g.setFont(EDGE);
                g.setFill(Color.WHITE);
                g.fillRoundRect(x - tw / 2, y - 9, tw, 18, 8, 8);
                g.setStroke(FLOW);
                g.setLineWidth(1);
                g.strokeRoundRect(x - tw / 2, y - 9, tw, 18, 8, 8);
                g.setFill(FLOW);
                g.setTextAlign(TextAlignment.CENTER);
                g.setTextBaseline(VPos.CENTER);
                g.fillText(e.label(), x, y);
                return;
            }
        }
    }

    private void device(GraphicsContext g, Device d, double cx, double cy, double scale, PlanState s) {
        DeviceType type = d.type();
        double w = NodeShape.width(type);
        double h = NodeShape.height(type);
        double x = cx - w / 2;
        double y = cy - h / 2;
        boolean selected = s.selection.contains(d.id());
        boolean highlighted = s.highlight.contains(d.id());
        boolean dropTarget = d.id().equals(s.dropTarget);
        if (scale < BLOCKS_BELOW) {
            // far out: a coloured block per device is all the eye can use
            g.setFill(selected ? SELECT : DeviceIcons.color(type));
            g.fillRect(x, y, w, h);
            return;
        }
        if (!NodeShape.isBox(type)) {
            if (selected || highlighted) {
                g.setStroke(selected ? SELECT : HIGHLIGHT);
                g.setLineWidth(3);
                g.strokeRoundRect(x - 3, y - 3, w + 6, h + 6, 9, 9);
            }
            DeviceIcons.draw(g, type, cx, cy, w);
            return;
        }
        g.setFill(dropTarget ? Color.web("#dcfce7") : Color.WHITE);
        g.fillRoundRect(x, y, w, h, 10, 10);
        g.setLineWidth(selected || highlighted || dropTarget ? 2.5 : 1);
        g.setStroke(
                dropTarget ? Color.web("#15803d") : selected ? SELECT : highlighted ? HIGHLIGHT : Color.web("#94a3b8"));
        g.strokeRoundRect(x, y, w, h, 10, 10);
        double icon = type == DeviceType.CLIENT ? 18 : 24; // small enough to leave a full address beside it
        DeviceIcons.draw(g, type, x + 6 + icon / 2, cy, icon);
        if (d.admin()) {
            // on the top edge, clear of every line of text
            g.setFill(Color.web("#b45309"));
            g.fillRoundRect(x + w - 36, y - 6, 30, 12, 6, 6);
            g.setFill(Color.WHITE);
            g.setFont(TAG);
            g.setTextAlign(TextAlignment.CENTER);
            g.setTextBaseline(VPos.CENTER);
            g.fillText("admin", x + w - 21, y);
        }
        if (scale < 0.45) {
            return;
        }
        double textX = x + icon + 10;
        double room = w - icon - 14;
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        g.setFill(Color.web("#0f172a"));
        g.setFont(TITLE);
        String[] name = twoLines(d.displayName(), room);
        int lines = name.length + (d.address() == null ? 0 : 1);
        double top = cy - (lines - 1) * LINE / 2;
        for (int i = 0; i < name.length; i++) {
            g.fillText(name[i], textX, top + i * LINE);
        }
        if (d.address() != null) {
            g.setFont(SUB);
            g.setFill(Color.web("#475569"));
            g.fillText(fit(d.address(), SUB, room), textX, top + name.length * LINE);
        }
    }

    /** The name on one line, or broken between words onto two (the second cut with "…" if still too long). */
    private String[] twoLines(String name, double room) {
        String one = fit(name, TITLE, room);
        if (one.equals(name)) {
            return new String[] {name};
        }
        String[] cached = wrapped.get(name);
        if (cached != null) {
            return cached;
        }
        String[] words = name.split(" ");
        String first = words[0];
        int i = 1;
        while (i < words.length && width(first + " " + words[i], TITLE) <= room) {
            first = first + " " + words[i];
            i++;
        }
        String[] out;
        if (i == 1 && width(first, TITLE) > room || i == words.length) {
            out = new String[] {one}; // one long word: nothing to break
        } else {
            out = new String[] {
                first, fit(String.join(" ", java.util.Arrays.copyOfRange(words, i, words.length)), TITLE, room)
            };
        }
        if (wrapped.size() > 20_000) {
            wrapped.clear();
        }
        wrapped.put(name, out);
        return out;
    }

    private double width(String text, Font font) {
        measure.setFont(font);
        measure.setText(text);
        return measure.getLayoutBounds().getWidth();
    }

    private static void frame(GraphicsContext g, com.valt.planner.diagram.DiagramGroup f) {
        var b = f.bounds();
        g.setFill(Color.web("#f1f5f9"));
        g.fillRoundRect(b.x(), b.y(), b.width(), b.height(), 14, 14);
        g.setStroke(Color.web("#94a3b8"));
        g.setLineWidth(1);
        g.setLineDashes(5, 4);
        g.strokeRoundRect(b.x(), b.y(), b.width(), b.height(), 14, 14);
        g.setLineDashes((double[]) null);
        g.setFill(Color.web("#334155"));
        g.setFont(TITLE);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        g.fillText(f.title(), b.x() + 10, b.y() + 5);
    }

    private void host(GraphicsContext g, com.valt.planner.diagram.DiagramNode n, double scale) {
        var b = n.bounds();
        g.setFill(Color.WHITE);
        g.fillRoundRect(b.x(), b.y(), b.width(), b.height(), 8, 8);
        g.setStroke(Color.web("#64748b"));
        g.setLineWidth(1);
        g.strokeRoundRect(b.x(), b.y(), b.width(), b.height(), 8, 8);
        if (scale < 0.45) {
            return;
        }
        g.setFill(Color.web("#0f172a"));
        g.setFont(SUB);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        String text = n.subtitle() == null || n.subtitle().isEmpty() ? n.title() : n.title() + "  ·  " + n.subtitle();
        g.fillText(fit(text, SUB, b.width() - 16), b.x() + 8, b.center().y());
    }

    /** Name and address of the device under the mouse, in screen pixels so it stays readable at any zoom. */
    private void hoverCard(GraphicsContext g, PlanState s, double width) {
        Device d = s.site.device(s.hover).orElse(null);
        Point p = d == null ? null : s.position(d.id());
        if (p == null) {
            return;
        }
        String line1 = d.displayName() + "  (" + d.type().label() + ")";
        String server = s.servingServerId(d);
        String line2 = (d.address() == null ? "no address" : d.address())
                + (server == null
                        ? ""
                        : "  ·  served by "
                                + s.site.device(server).map(Device::displayName).orElse(server));
        measure.setFont(TITLE);
        measure.setText(line1);
        double tw = measure.getLayoutBounds().getWidth();
        measure.setFont(SUB);
        measure.setText(line2);
        tw = Math.max(tw, measure.getLayoutBounds().getWidth()) + 16;
        double sx = Math.min(s.viewport.screenX(p.x()) + 14, width - tw - 4);
        double sy = s.viewport.screenY(p.y() + NodeShape.height(d.type()) / 2) + 6;
        g.setFill(Color.web("#0f172a", 0.92));
        g.fillRoundRect(sx, sy, tw, 38, 8, 8);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        g.setFill(Color.WHITE);
        g.setFont(TITLE);
        g.fillText(line1, sx + 8, sy + 11);
        g.setFont(SUB);
        g.setFill(Color.web("#cbd5e1"));
        g.fillText(line2, sx + 8, sy + 27);
    }

    private void ghost(GraphicsContext g, DeviceType type, Point p, double scale) {
        double w = NodeShape.width(type);
        double h = NodeShape.height(type);
        g.setStroke(SELECT);
        g.setLineWidth(1.5 / scale);
        g.setLineDashes(4 / scale);
        g.strokeRoundRect(p.x() - w / 2 - 3, p.y() - h / 2 - 3, w + 6, h + 6, 10, 10);
        g.setLineDashes((double[]) null);
        DeviceIcons.draw(g, type, p.x(), p.y(), Math.min(w, h) - 4);
    }

    /** The text cut with an ellipsis to fit the width; cached, as names rarely change. */
    private String fit(String text, Font font, double width) {
        String key = (font == TITLE ? "T" : "S") + text;
        String cached = fitted.get(key);
        if (cached != null) {
            return cached;
        }
        measure.setFont(font);
        String out = text;
        measure.setText(out);
        if (measure.getLayoutBounds().getWidth() > width) {
            int n = text.length();
            do {
                n--;
                out = text.substring(0, n) + "…";
                measure.setText(out);
            } while (n > 1 && measure.getLayoutBounds().getWidth() > width);
        }
        if (fitted.size() > 20_000) {
            fitted.clear();
        }
        fitted.put(key, out);
        return out;
    }
}
