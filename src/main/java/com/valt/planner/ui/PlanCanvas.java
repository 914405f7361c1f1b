package com.valt.planner.ui;

import com.valt.planner.domain.Device;
import com.valt.planner.domain.DeviceType;
import com.valt.planner.edit.Edits;
import com.valt.planner.domain.Point;
import com.valt.planner.diagram.Diagram;
import com.valt.planner.diagram.DiagramBuilder;
import com.valt.planner.diagram.DiagramOptions;
import com.valt.planner.engine.FlowResult;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.SetChangeListener;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.layout.Region;

import java.util.HashSet;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.Set;
import java.util.function.LongConsumer;

/**
 * The plan: one Canvas redrawn at most once per pulse, whatever changed. Devices are drawn, not
 * nodes, so the canvas stays fast at thousands of devices. Edits go through the model's commands.
 */
public final class PlanCanvas extends Region {
    public enum FlowsShown { NONE, SELECTED, ALL }

    private final PlannerModel model;
    private final Canvas canvas = new Canvas();
    private final PlanState state = new PlanState();
    private final PlanPainter painter = new PlanPainter();
    private final ObjectProperty<FlowsShown> flowsShown = new SimpleObjectProperty<>(FlowsShown.SELECTED);
    private final ExecutorService diagramWorker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "plan-diagram");
        t.setDaemon(true);
        return t;
    });
    private Diagram diagram;
    private FlowResult diagramFor;
    private FlowResult pendingDiagram;
    private boolean buildingDiagram;
    private boolean dirty = true;
    private boolean fitPending = true;
    private LongConsumer frameListener;

    public PlanCanvas(PlannerModel model) {
        this.model = model;
        getStyleClass().add("plan-canvas");
        getChildren().add(canvas);
        setFocusTraversable(true);
        setMinSize(200, 150);
        state.setSite(model.site());
        model.siteProperty().addListener((o, a, s) -> {
            state.setSite(s);
            refreshEdges();
        });
        model.resultProperty().addListener((o, a, r) -> refreshEdges());
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
        FlowResult r = model.result();
        if (flowsShown.get() == FlowsShown.NONE || r == null) {
            state.edges = List.of();
            state.hosts = List.of();
            state.frames = List.of();
            requestPaint();
            return;
        }
        if (diagramFor != r) {
            buildDiagram(r);
        }
        Set<String> focus = flowsShown.get() == FlowsShown.ALL ? null : union(state.selection, state.highlight);
        state.edges = focus != null && focus.isEmpty() ? List.of() : FlowEdges.of(diagram, focus);
        if (diagram != null) {
            state.hosts = diagram.nodes().stream().filter(n -> !n.kind().isDevice()).toList();
            state.frames = diagram.groups();
        }
        requestPaint();
    }

    /** The shared diagram of the result, built off the FX thread (it takes a while for a campus). */
    private void buildDiagram(FlowResult r) {
        pendingDiagram = r;
        if (buildingDiagram) {
            return;
        }
        buildingDiagram = true;
        diagramWorker.execute(() -> {
            Diagram d = null;
            try {
                d = DiagramBuilder.build(r, DiagramOptions.DEFAULT.withCollapse(DiagramOptions.Collapse.NEVER));
            } catch (RuntimeException e) {
                // without the diagram the plan simply shows no arrows; the tables still list every flow
            }
            Diagram done = d;
            Platform.runLater(() -> {
                buildingDiagram = false;
                diagram = done;
                diagramFor = r;
                if (pendingDiagram != r && pendingDiagram == model.result()) {
                    buildDiagram(pendingDiagram);
                }
                refreshEdges();
            });
        });
    }

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

    /** Scrolls so these devices are in the middle, keeping the zoom. */
    public void centerOn(Set<String> ids) {
        double sx = 0;
        double sy = 0;
        int n = 0;
        for (String id : ids) {
            Point p = state.positions.get(id);
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

    private Bounds planBounds() {
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (Point p : state.positions.values()) {
            minX = Math.min(minX, p.x() - NodeShape.MAX_HALF);
            minY = Math.min(minY, p.y() - NodeShape.MAX_HALF / 2);
            maxX = Math.max(maxX, p.x() + NodeShape.MAX_HALF);
            maxY = Math.max(maxY, p.y() + NodeShape.MAX_HALF / 2);
        }
        for (var f : state.frames) {
            // the Internet frame of the outside hosts belongs to the picture too
            minX = Math.min(minX, f.bounds().x());
            minY = Math.min(minY, f.bounds().y());
            maxX = Math.max(maxX, f.bounds().maxX());
            maxY = Math.max(maxY, f.bounds().maxY());
        }
        return minX > maxX ? null : new BoundingBox(minX, minY, maxX - minX, maxY - minY);
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
        return local.getX() >= 0 && local.getY() >= 0 && local.getX() <= canvas.getWidth()
                && local.getY() <= canvas.getHeight();
    }

    /** The palette's drag: show a ghost under the cursor, or none when it leaves the plan. */
    void showGhost(DeviceType type, double sceneX, double sceneY) {
        if (type != null && containsScene(sceneX, sceneY)) {
            Point p = planAtScene(sceneX, sceneY);
            state.ghostType = type;
            state.ghostAt = new Point(state.snap(p.x()), state.snap(p.y()));
            Device target = state.deviceAt(p.x(), p.y(), Set.of());
            state.dropTarget = type.isServed() && target != null && target.type().isServer() ? target.id() : null;
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
        if (canvas.getWidth() > 0) {
            fitPending = false;
            zoomToFit();
        }
    }
}
