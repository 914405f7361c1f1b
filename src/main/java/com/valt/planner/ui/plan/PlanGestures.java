package com.valt.planner.ui.plan;

import com.valt.planner.domain.Device;
import com.valt.planner.domain.Point;
import com.valt.planner.edit.Edits;
import com.valt.planner.ui.PlannerModel;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import javafx.geometry.BoundingBox;
import javafx.geometry.Point2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;

/**
 * Mouse and keyboard on the plan: select (click, Shift/Ctrl-click, rubber band), move by dragging
 * (one undo step per drag; dropping cameras on a server assigns them), pan (middle button or
 * space-drag), zoom (wheel, around the cursor).
 */
final class PlanGestures {
    /** How much one wheel notch zooms. */
    static final double WHEEL_NOTCH_ZOOM = 1.12;

    private enum Mode {
        NONE,
        MOVE,
        BAND,
        PAN
    }

    private final PlanCanvas view;
    private final PlannerModel model;
    private final PlanState state;
    private Mode mode = Mode.NONE;
    private boolean spaceDown;
    private Point2D pressScreen;
    private Point pressPlan;
    private Point2D lastScreen;
    private boolean moved;
    private Set<String> bandBase = Set.of();
    /** The device under the cursor at the press: it snaps to the grid, the others follow. */
    private String anchorId = "";

    PlanGestures(PlanCanvas view, PlannerModel model, PlanState state) {
        this.view = view;
        this.model = model;
        this.state = state;
    }

    void install(Canvas canvas) {
        canvas.setOnMousePressed(this::pressed);
        canvas.setOnMouseDragged(this::dragged);
        canvas.setOnMouseReleased(this::released);
        canvas.setOnScroll(this::scrolled);
        canvas.setOnMouseMoved(e -> {
            Point2D p = state.viewport.toPlan(e.getX(), e.getY());
            Device d = state.deviceAt(p.getX(), p.getY(), Set.of());
            String id = d == null ? null : d.id();
            if (!java.util.Objects.equals(id, state.hover)) {
                state.hover = id;
                view.requestPaint();
            }
        });
        canvas.setOnMouseExited(e -> {
            state.hover = null;
            view.requestPaint();
        });
        view.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.SPACE) {
                spaceDown = true;
                e.consume();
            }
        });
        view.setOnKeyReleased(e -> {
            if (e.getCode() == KeyCode.SPACE) {
                spaceDown = false;
                e.consume();
            }
        });
    }

    private void pressed(MouseEvent e) {
        view.requestFocus();
        state.hover = null;
        pressScreen = new Point2D(e.getX(), e.getY());
        lastScreen = pressScreen;
        Point2D p = state.viewport.toPlan(e.getX(), e.getY());
        pressPlan = new Point(p.getX(), p.getY());
        moved = false;
        if (e.getButton() == MouseButton.MIDDLE || (e.getButton() == MouseButton.PRIMARY && spaceDown)) {
            mode = Mode.PAN;
            return;
        }
        if (e.getButton() != MouseButton.PRIMARY) {
            mode = Mode.NONE;
            return;
        }
        Device device = state.deviceAt(p.getX(), p.getY(), Set.of());
        String hit = device != null ? device.id() : state.firewallAt(p.getX(), p.getY());
        boolean extend = e.isShiftDown() || e.isShortcutDown() || e.isControlDown();
        if (hit == null) {
            mode = Mode.BAND;
            bandBase = extend ? Set.copyOf(model.selection()) : Set.of();
            if (!extend) {
                model.selection().clear();
            }
            return;
        }
        if (extend) {
            if (!model.selection().remove(hit)) {
                model.selection().add(hit);
            }
            mode = model.selection().contains(hit) ? Mode.MOVE : Mode.NONE;
        } else {
            if (!model.selection().contains(hit)) {
                model.selection().clear();
                model.selection().add(hit);
            }
            mode = Mode.MOVE;
        }
        anchorId = hit;
    }

    private void dragged(MouseEvent e) {
        if (!moved && pressScreen.distance(e.getX(), e.getY()) < 3) {
            return; // a click with a trembling hand is still a click
        }
        double dx = e.getX() - lastScreen.getX();
        double dy = e.getY() - lastScreen.getY();
        lastScreen = new Point2D(e.getX(), e.getY());
        moved = true;
        switch (mode) {
            case PAN -> view.pan(dx, dy);
            case MOVE -> {
                Point2D p = state.viewport.toPlan(e.getX(), e.getY());
                state.dragged = Set.copyOf(model.selection());
                Point anchor = state.picture.positions().get(anchorId);
                double rawDx = p.getX() - pressPlan.x();
                double rawDy = p.getY() - pressPlan.y();
                // Snap the device under the cursor to the grid; the others keep their offsets to it.
                state.dragDx = anchor == null ? rawDx : state.snap(anchor.x() + rawDx) - anchor.x();
                state.dragDy = anchor == null ? rawDy : state.snap(anchor.y() + rawDy) - anchor.y();
                Device target = state.deviceAt(p.getX(), p.getY(), state.dragged);
                state.dropTarget = target != null && target.type().isServer() && anyServed() ? target.id() : null;
                view.requestPaint();
            }
            case BAND -> {
                double x = Math.min(pressScreen.getX(), e.getX());
                double y = Math.min(pressScreen.getY(), e.getY());
                state.band = new BoundingBox(
                        x, y, Math.abs(e.getX() - pressScreen.getX()), Math.abs(e.getY() - pressScreen.getY()));
                view.requestPaint();
            }
            default -> {}
        }
    }

    private void released(MouseEvent e) {
        Mode was = mode;
        mode = Mode.NONE;
        boolean waitForPicture = false;
        if (was == Mode.MOVE && moved) {
            var before = model.site();
            finishMove();
            // a moved device stays drawn where it was dropped until the canvas's next picture has it there
            waitForPicture = model.site() != before && state.dropTarget == null;
        } else if (was == Mode.BAND && moved) {
            selectInBand();
        } else if (was == Mode.MOVE
                && !e.isShiftDown()
                && !e.isShortcutDown()
                && !e.isControlDown()
                && anchorId != null
                && model.selection().size() > 1) {
            // a plain click (no drag) on one of several selected devices selects just that one
            model.selection().retainAll(Set.of(anchorId));
        }
        if (!waitForPicture) {
            state.dragged = Set.of();
            state.dragDx = 0;
            state.dragDy = 0;
        }
        state.band = null;
        state.dropTarget = null;
        view.requestPaint();
    }

    private void finishMove() {
        if (state.dropTarget != null) {
            // Dropped on a server: the cameras and BEAM devices are now served by it; they stay where they were.
            model.execute(Edits.assign(model.site(), model.selection(), state.dropTarget));
            return;
        }
        Map<String, Point> to = new HashMap<>();
        for (String id : model.selection()) {
            Point p = state.picture.positions().get(id);
            if (p != null) {
                to.put(id, new Point(p.x() + state.dragDx, p.y() + state.dragDy));
            }
        }
        // devices and firewalls together, and the zone of each device dropped into another zone's frame: one undo step
        model.execute(com.valt.planner.edit.ZoneEdits.moveInto(model.site(), to, droppedInto(to)));
    }

    /**
     * The devices whose new centre lies in the frame of a zone they are not in, and that zone (the
     * smallest frame holding the point, since frames may overlap). Outside every frame: no change.
     */
    private Map<String, String> droppedInto(Map<String, Point> to) {
        var result = state.picture.result();
        Map<String, String> out = new HashMap<>();
        if (result == null || state.picture.zoneFrames().isEmpty()) {
            return out;
        }
        for (var e : to.entrySet()) {
            Device d = model.site().device(e.getKey()).orElse(null);
            if (d == null) {
                continue;
            }
            PlanZones.Frame in = null;
            for (PlanZones.Frame f : state.picture.zoneFrames()) {
                if (f.bounds().contains(e.getValue()) && (in == null || area(f) < area(in))) {
                    in = f;
                }
            }
            if (in != null && !in.id().equals(result.zoneOf(com.valt.planner.engine.Endpoint.of(d)))) {
                out.put(d.id(), in.id());
            }
        }
        return out;
    }

    private static double area(PlanZones.Frame f) {
        return f.bounds().width() * f.bounds().height();
    }

    private void selectInBand() {
        Point2D a = state.viewport.toPlan(state.band.getMinX(), state.band.getMinY());
        Point2D b = state.viewport.toPlan(state.band.getMaxX(), state.band.getMaxY());
        Set<String> picked = new HashSet<>(bandBase);
        for (Device d : model.site().devices()) {
            Point p = state.picture.positions().get(d.id());
            if (p != null && p.x() >= a.getX() && p.x() <= b.getX() && p.y() >= a.getY() && p.y() <= b.getY()) {
                picked.add(d.id());
            }
        }
        for (String id : state.picture.firewallAt().keySet()) {
            Point p = state.picture.positions().get(id);
            if (p != null && p.x() >= a.getX() && p.x() <= b.getX() && p.y() >= a.getY() && p.y() <= b.getY()) {
                picked.add(id);
            }
        }
        model.selection().clear();
        model.selection().addAll(picked);
    }

    private void scrolled(ScrollEvent e) {
        if (e.getDeltaY() == 0) {
            return;
        }
        // one wheel notch (40 px here) zooms by about 12%
        view.viewport().zoomAt(Math.pow(WHEEL_NOTCH_ZOOM, e.getDeltaY() / 40), e.getX(), e.getY());
        view.requestPaint();
        e.consume();
    }

    private boolean anyServed() {
        return model.selection().stream()
                .anyMatch(id ->
                        model.site().device(id).map(d -> d.type().isServed()).orElse(false));
    }
}
