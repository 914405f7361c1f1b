package com.valt.planner.ui.plan;

import com.valt.planner.diagram.Rect;
import com.valt.planner.domain.Device;
import com.valt.planner.domain.DeviceType;
import com.valt.planner.domain.Point;
import com.valt.planner.edit.Edits;
import com.valt.planner.engine.FlowResult;
import com.valt.planner.ui.PlannerModel;
import com.valt.planner.ui.startup.Timing;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongConsumer;
import javafx.animation.AnimationTimer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.SetChangeListener;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.layout.Region;

/**
 * The plan: one Canvas redrawn at most once per pulse, whatever changed. Devices are drawn, not
 * nodes, so the canvas stays fast at thousands of devices. Edits go through the model's commands.
 */
public final class PlanCanvas extends Region {
    public enum FlowsShown {
        NONE,
        SELECTED,
        ALL
    }

    private final PlannerModel model;
    private final Canvas canvas = new Canvas();
    private final PlanState state = new PlanState();
    private final PlanPainter painter = new PlanPainter();
    private final ObjectProperty<FlowsShown> flowsShown = new SimpleObjectProperty<>(FlowsShown.SELECTED);
    private boolean dirty = true;
    private boolean fitPending = true;
    /** A site just opened is fitted again when its first result places the outside hosts beside it. */
    private boolean fitOnFirstResult = true;

    private LongConsumer frameListener;

    public PlanCanvas(PlannerModel model) {
        this.model = model;
        getStyleClass().add("plan-canvas");
        getChildren().add(canvas);
        setFocusTraversable(true);
        setMinSize(200, 150);
        state.setPicture(model.picture());
        model.pictureProperty().addListener((o, a, p) -> {
            state.setPicture(p);
            // a move just dropped stays where it was dropped until this picture, which has it there
            state.dragged = Set.of();
            state.dragDx = 0;
            state.dragDy = 0;
            refreshEdges();
        });
        model.selection().addListener((SetChangeListener<String>) c -> {
            state.selection = Set.copyOf(model.selection());
            refreshEdges();
        });
        flowsShown.addListener((o, a, b) -> refreshEdges());
        new PlanGestures(this, model, state).install(canvas);
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                if (dirty && canvas.getWidth() > 0) {
                    dirty = false;
                    long t0 = System.nanoTime();
                    painter.paint(canvas.getGraphicsContext2D(), canvas.getWidth(), canvas.getHeight(), state);
                    if (frameListener != null) {
                        frameListener.accept(System.nanoTime() - t0);
                    }
                    Timing.firstFrame(state.site.devices().size());
                }
            }
        }.start();
    }

    public ObjectProperty<FlowsShown> flowsShownProperty() {
        return flowsShown;
    }

    /** Explain mode's emphasis: these devices are outlined and their flows drawn. */
    public void setHighlight(Set<String> ids) {
        state.highlight = Set.copyOf(ids);
        refreshEdges();
    }

    public void setGrid(boolean on) {
        state.grid = on;
        requestPaint();
    }

    public void setSnap(boolean on) {
        state.snap = on;
    }

    /** For the frame-time benchmark: nanoseconds spent in each paint. */
    public void setFrameListener(LongConsumer l) {
        frameListener = l;
    }

    void refreshEdges() {
        FlowResult r = state.picture.result();
        if (fitOnFirstResult && r != null) {
            fitOnFirstResult = false;
            zoomToFit();
        }
        Set<String> focus = flowsShown.get() == FlowsShown.ALL ? null : union(state.selection, state.highlight);
        if (flowsShown.get() == FlowsShown.NONE || r == null || focus != null && focus.isEmpty()) {
            state.edges = List.of();
        } else {
            state.edges = FlowEdges.of(r.links(), state::box, focus, obstacles());
        }
        state.edgesOnTop = focus != null;
        requestPaint();
    }

    /** The labelled boxes (servers, clients, outside hosts) an arrow should go around. */
    private List<Rect> obstacles() {
        List<Rect> out = new ArrayList<>();
        for (Device d : state.site.devices()) {
            Rect b = NodeShape.isBox(d.type()) ? state.box(d.id()) : null;
            if (b != null) {
                out.add(b);
            }
        }
        state.picture.hosts().forEach(h -> out.add(h.bounds()));
        return out;
    }

    /** The arrows drawn now, in plan units: for tests that check each starts and ends on its boxes. */
    public List<Arrow> drawnArrows() {
        return state.edges.stream()
                .map(e -> new Arrow(e.from(), e.to(), e.label(), e.path()))
                .toList();
    }

    /** The box a device (or outside host) is drawn in, in plan units; null when it is not drawn. */
    public Rect drawnBox(String id) {
        return state.box(id);
    }

    /** The zones' frames drawn now (zone id to bounds, plan units), for tests. */
    public Map<String, Rect> drawnZoneFrames() {
        Map<String, Rect> out = new java.util.LinkedHashMap<>();
        state.picture.zoneFrames().forEach(f -> out.put(f.id(), f.bounds()));
        return out;
    }

    /** Where each device and firewall is drawn now (plan units, centres). */
    public Map<String, Point> drawnPositions() {
        return state.picture.positions();
    }

    /** The plan rectangle visible in the canvas now. */
    public Rect visiblePlan() {
        Bounds b = state.viewport.visible(canvas.getWidth(), canvas.getHeight());
        return new Rect(b.getMinX(), b.getMinY(), b.getWidth(), b.getHeight());
    }

    /** One drawn arrow, for tests and tools. */
    public record Arrow(String from, String to, String label, List<Point> path) {}

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> s = new HashSet<>(a);
        s.addAll(b);
        return s;
    }

    void requestPaint() {
        dirty = true;
    }

    Viewport viewport() {
        return state.viewport;
    }

    public void zoom(double factor) {
        state.viewport.zoomAt(factor, canvas.getWidth() / 2, canvas.getHeight() / 2);
        requestPaint();
    }

    public double scale() {
        return state.viewport.scale();
    }

    public void pan(double dx, double dy) {
        state.viewport.pan(dx, dy);
        requestPaint();
    }

    /** Shows every device. */
    public void zoomToFit() {
        if (canvas.getWidth() <= 0) {
            fitPending = true;
            return;
        }
        Bounds b = planBounds();
        if (b != null) {
            state.viewport.fit(b, canvas.getWidth(), canvas.getHeight(), 30);
        }
        requestPaint();
    }

    /** Brings these devices into view: scrolled to the middle, zoomed out only if they would not fit. */
    public void showInView(Set<String> ids) {
        Rect all = null;
        for (String id : ids) {
            Rect b = state.box(id);
            if (b != null) {
                all = all == null ? b : all.union(b);
            }
        }
        if (all == null || canvas.getWidth() <= 0) {
            return;
        }
        Bounds vis = state.viewport.visible(canvas.getWidth(), canvas.getHeight());
        if (all.width() + 60 / scale() > vis.getWidth() || all.height() + 60 / scale() > vis.getHeight()) {
            state.viewport.fit(
                    new BoundingBox(all.x(), all.y(), all.width(), all.height()),
                    canvas.getWidth(),
                    canvas.getHeight(),
                    30);
            requestPaint();
        } else {
            centerOn(ids);
        }
    }

    /** Scrolls so these devices are in the middle, keeping the zoom. */
    public void centerOn(Set<String> ids) {
        double sx = 0;
        double sy = 0;
        int n = 0;
        for (String id : ids) {
            Point p = state.picture.positions().get(id);
            if (p != null) {
                sx += p.x();
                sy += p.y();
                n++;
            }
        }
        if (n > 0) {
            Point2D now = state.viewport.toScreen(sx / n, sy / n);
            pan(canvas.getWidth() / 2 - now.getX(), canvas.getHeight() / 2 - now.getY());
        }
    }

    /** The drawn devices and the outside hosts' frame: exactly what Fit must show. */
    private Bounds planBounds() {
        Rect all = state.deviceBounds();
        for (var f : state.picture.frames()) {
            all = all == null ? f.bounds() : all.union(f.bounds());
        }
        for (var f : state.picture.zoneFrames()) {
            all = all == null ? f.bounds() : all.union(f.bounds());
        }
        for (String id : state.picture.firewallAt().keySet()) {
            Rect b = state.box(id);
            all = all == null ? b : all.union(b);
        }
        return all == null ? null : new BoundingBox(all.x(), all.y(), all.width(), all.height());
    }

    /** Where a device appears on screen (scene coordinates), for tests and the explain view. */
    public Point2D sceneCenterOf(String id) {
        Point p = state.position(id);
        Point2D s = state.viewport.toScreen(p.x(), p.y());
        return canvas.localToScene(s);
    }

    /** Where a device appears on the screen, for tests and tools that drive the mouse. */
    public Point2D screenCenterOf(String id) {
        Point p = state.position(id);
        Point2D s = state.viewport.toScreen(p.x(), p.y());
        return canvas.localToScreen(s);
    }

    /** The screen point over a plan point. */
    public Point2D screenAt(Point plan) {
        return canvas.localToScreen(state.viewport.toScreen(plan.x(), plan.y()));
    }

    /** The plan point under a scene point. */
    public Point planAtScene(double sceneX, double sceneY) {
        Point2D local = canvas.sceneToLocal(sceneX, sceneY);
        Point2D p = state.viewport.toPlan(local.getX(), local.getY());
        return new Point(p.getX(), p.getY());
    }

    boolean containsScene(double sceneX, double sceneY) {
        Point2D local = canvas.sceneToLocal(sceneX, sceneY);
        return local.getX() >= 0
                && local.getY() >= 0
                && local.getX() <= canvas.getWidth()
                && local.getY() <= canvas.getHeight();
    }

    /** The palette's drag: show a ghost under the cursor, or none when it leaves the plan. */
    void showGhost(DeviceType type, double sceneX, double sceneY) {
        if (type != null && containsScene(sceneX, sceneY)) {
            Point p = planAtScene(sceneX, sceneY);
            state.ghostType = type;
            state.ghostAt = new Point(state.snap(p.x()), state.snap(p.y()));
            Device target = state.deviceAt(p.x(), p.y(), Set.of());
            state.dropTarget =
                    type.isServed() && target != null && target.type().isServer() ? target.id() : null;
        } else {
            state.ghostType = null;
            state.dropTarget = null;
        }
        requestPaint();
    }

    /** The palette's drop: a new device at the cursor; a camera dropped on a server is served by it. */
    void drop(DeviceType type, double sceneX, double sceneY) {
        String server = state.dropTarget;
        showGhost(null, 0, 0);
        if (!containsScene(sceneX, sceneY)) {
            return;
        }
        Point p = planAtScene(sceneX, sceneY);
        Point at = new Point(state.snap(p.x()), state.snap(p.y()));
        if (server != null) {
            at = new Point(at.x(), at.y() + 60); // under the server, not on top of it
        }
        model.execute(Edits.add(model.site(), type, at, server));
        Device added = model.site().devices().get(model.site().devices().size() - 1);
        model.selection().clear();
        model.selection().add(added.id());
        requestFocus();
    }

    @Override
    protected void layoutChildren() {
        double w = snapSizeX(getWidth());
        double h = snapSizeY(getHeight());
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            if (fitPending && w > 0 && h > 0) {
                fitPending = false;
                zoomToFit();
            }
            requestPaint();
        }
    }

    /** After a new site is opened: fit it once the canvas has its size. */
    public void fitWhenShown() {
        fitPending = true;
        fitOnFirstResult = true;
        if (canvas.getWidth() > 0) {
            fitPending = false;
            zoomToFit();
        }
    }
}
