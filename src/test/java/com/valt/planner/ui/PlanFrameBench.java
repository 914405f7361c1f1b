package com.valt.planner.ui;

import com.valt.planner.domain.Site;
import com.valt.planner.engine.FlowEngine;
import com.valt.planner.io.CatalogLoader;
import com.valt.planner.testing.SiteGenerator;
import com.valt.planner.ui.actions.RecentFiles;
import com.valt.planner.ui.actions.Recovery;
import com.valt.planner.ui.plan.PlanCanvas;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * Frame times of the plan while panning and zooming a large site, in the real window. Not a test:
 * run it under a display (see docs/ui-performance.md):
 * {@code xvfb-run -s "-screen 0 1600x1000x24" java -cp CP com.valt.planner.ui.PlanFrameBench 5000}.
 * Prints the median and 95th percentile of the painter's time per frame and of the interval between
 * painted frames (what the eye sees), for panning and for zooming.
 */
public final class PlanFrameBench {
    private static final int FRAMES = 240;

    private PlanFrameBench() {}

    public static void main(String[] args) {
        // A plain main class: one that extends Application cannot start with JavaFX on the class path.
        Application.launch(Bench.class, args);
    }

    /** The benchmark's JavaFX application. */
    public static final class Bench extends Application {
        @Override
        public void start(Stage stage) {
            int devices = getParameters().getUnnamed().isEmpty()
                    ? 5000
                    : Integer.parseInt(getParameters().getUnnamed().get(0));
            int cameras = devices * 86 / 100;
            int servers = (cameras + 49) / 50;
            int beams = devices * 2 / 100;
            int clients = devices - cameras - servers - beams - 1;
            Site site = SiteGenerator.generate(SiteGenerator.Spec.of(cameras, servers, clients, beams));
            PlannerModel model = new PlannerModel(new FlowEngine(CatalogLoader.loadDefault()), Site.empty());
            Path tmp = Path.of(System.getProperty("java.io.tmpdir"), "plan-bench");
            MainWindow w = new MainWindow(
                    stage,
                    model,
                    null,
                    new Recovery(tmp.resolve("recovery")),
                    new RecentFiles(tmp.resolve("recent.txt")));
            stage.setWidth(1600);
            stage.setHeight(1000);
            stage.show();
            model.replace(site, null);
            PlanCanvas plan = w.plan();
            plan.fitWhenShown();
            List<Long> paint = new ArrayList<>();
            plan.setFrameListener(paint::add);
            List<Long> intervals = new ArrayList<>();
            new AnimationTimer() {
                private int frame = -60; // let the window settle and the flows arrive first
                private long last;
                private List<Long> panPaint;
                private List<Long> panIntervals;
                private List<Long> zoomPaint;
                private List<Long> zoomIntervals;

                @Override
                public void handle(long now) {
                    if (frame == -1 && !model.isResultCurrent()) {
                        return; // the flows must have arrived, so nothing but the plan changes while measuring
                    }
                    frame++;
                    if (frame == 0) {
                        // Zoom to a working scale where labels show, as a user panning around the campus would.
                        plan.zoom(1 / plan.scale() * 0.6);
                        paint.clear();
                        last = now;
                        return;
                    }
                    if (frame < 0) {
                        return;
                    }
                    intervals.add(now - last);
                    last = now;
                    if (frame <= FRAMES) {
                        double dx = frame % 120 < 60 ? -25 : 25;
                        plan.pan(dx, frame % 40 < 20 ? -6 : 6);
                    } else if (frame <= 2 * FRAMES) {
                        if (frame == FRAMES + 1) {
                            panPaint = new ArrayList<>(paint);
                            panIntervals = new ArrayList<>(intervals);
                            paint.clear();
                            intervals.clear();
                        }
                        plan.zoom(frame % 60 < 30 ? 1.06 : 1 / 1.06);
                    } else if (frame <= 3 * FRAMES) {
                        if (frame == 2 * FRAMES + 1) {
                            zoomPaint = new ArrayList<>(paint);
                            zoomIntervals = new ArrayList<>(intervals);
                            paint.clear();
                            intervals.clear();
                            plan.zoomToFit(); // every device on screen at once: the worst case for culling
                        }
                        plan.pan(frame % 60 < 30 ? -4 : 4, 0);
                    } else {
                        stop();
                        System.out.printf(
                                "devices %d (%d cameras), plan %.0fx%.0f px%n",
                                site.devices().size(), cameras, plan.getWidth(), plan.getHeight());
                        report("pan ", panPaint, panIntervals);
                        report("zoom", zoomPaint, zoomIntervals);
                        report("all on screen, pan", paint, intervals);
                        Platform.exit();
                    }
                }
            }.start();
        }
    }

    private static void report(String what, List<Long> paint, List<Long> intervals) {
        System.out.printf(
                "%s: paint median %.1f ms, p95 %.1f ms; frame interval median %.1f ms (%.0f fps), p95 %.1f ms, frames %d%n",
                what,
                ms(paint, 50),
                ms(paint, 95),
                ms(intervals, 50),
                1000 / ms(intervals, 50),
                ms(intervals, 95),
                intervals.size());
    }

    private static double ms(List<Long> nanos, int percentile) {
        List<Long> s = nanos.stream().sorted().toList();
        return s.isEmpty() ? 0 : s.get(Math.min(s.size() - 1, s.size() * percentile / 100)) / 1e6;
    }
}
