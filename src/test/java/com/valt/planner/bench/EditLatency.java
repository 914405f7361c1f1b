package com.valt.planner.bench;

import com.valt.planner.domain.Site;
import com.valt.planner.engine.Flow;
import com.valt.planner.engine.FlowResult;
import com.valt.planner.ruleset.RuleSets;
import com.valt.planner.ui.MainWindow;
import com.valt.planner.ui.PlannerApp;
import com.valt.planner.ui.PlannerModel;
import com.valt.planner.ui.startup.EditCycle;
import com.valt.planner.ui.zones.FirewallFlowsPane;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

/**
 * Edit latency in the real window (issue 15, item 4). Not a test: {@code bench/edit-latency.sh SITE} runs it
 * under Xvfb with the test class path. It opens SITE as the program does ({@link PlannerApp#create},
 * {@link MainWindow#start}), opens the Firewalls tab once (so it keeps its rules current, as after a user
 * has looked at it) and goes back to the Flows tab, then performs a cycle of edits through the commands the
 * mouse and menus use (the {@code edit} package's, given to {@link PlannerModel#execute}, and
 * {@link PlannerModel#undo}/{@link PlannerModel#redo}): add a camera to a media server (a palette drop on a
 * server), assign a camera to another server (drop on a server / the inspector), move a client to another
 * zone (Edit > Move to zone), toggle SSL (the site panel's check box), delete a client, undo, redo.
 *
 * <p>Each edit is timed from just before {@code execute} to the end of the layout of the first pulse on
 * which all three show the new state: the engine's result is that of the edited site; the flows table
 * ({@code #flows-table}) holds that result's flows (checked by identity, not by count); the Firewalls tab
 * ({@code #firewall-flows}) shows the rule set made from that result (by identity); and the plan
 * canvas has painted that site and result (its frame listener). The next edit starts three pulses and 150 ms
 * after that, counted from the end of the benchmark's own measurement below (a quick user's pace, with the
 * last frame drawn; until session 8 the pause began before that measurement, which then took up to 110 ms
 * of it while the JIT compiler was still busy).
 *
 * <p>Arguments: {@code SITE [EDITS [WARMUP]]} (default 63 measured edits after 14 warm-up edits). Prints one
 * line per edit with when the result and the Firewalls rules were first shown, and, measured again off the
 * clock on the FX thread once the edit is shown, the engine's time for the site (flows, findings, links, as
 * the window's worker does), the rule sets' time for the result and the canvas's last paint; then the
 * medians, the longest time between two pulses while an edit was under way (a frozen window), and last
 * {@code edit latency p50 N ms p95 N ms over N edits}. Exit status 0, or 1 when an edit did not show within
 * 120 s.
 */
public final class EditLatency {
    private EditLatency() {}

    public static void main(String[] args) {
        // A plain main class: one that extends Application cannot start with JavaFX on the class path.
        Application.launch(Bench.class, args);
    }

    /** The timings of one edit, in nanoseconds since its start. */
    private record Sample(
            String kind,
            String description,
            long result,
            long rules,
            long done,
            int flows,
            long paint,
            long engine,
            long ruleSets,
            long gap) {}

    /** The benchmark's JavaFX application. */
    public static final class Bench extends Application {
        private static final long TIMEOUT = 120_000_000_000L;
        private PlannerModel model;
        private MainWindow window;
        private Scene scene;
        private final List<Sample> samples = new ArrayList<>();
        private final List<Long> pulseGaps = new ArrayList<>();
        private FlowResult paintedResult;
        private Site paintedSite;
        private int edits;
        private int warmup;
        private EditCycle cycle;
        // the edit under way
        private long start;
        private FlowResult before; // the result shown when the edit began
        private long settledFrom; // when the last edit was shown
        private static final long PACE = 150_000_000L;
        private long resultAt;
        private long rulesAt;
        private String kind;
        private String description;
        private boolean measuring;
        private int idlePulses;
        private long lastPulse;
        private boolean done;
        private long paintNanos;
        private long editGap;

        @Override
        public void start(Stage stage) {
            List<String> args = getParameters().getUnnamed();
            Path file = Path.of(args.get(0));
            edits = args.size() > 1 ? Integer.parseInt(args.get(1)) : 63;
            warmup = args.size() > 2 ? Integer.parseInt(args.get(2)) : 14;
            window = PlannerApp.create(stage, getHostServices());
            model = window.model();
            scene = stage.getScene();
            stage.setWidth(1600);
            stage.setHeight(1000);
            window.plan().setFrameListener(nanos -> {
                paintNanos = nanos;
                paintedSite = model.site();
                paintedResult = model.result();
            });
            model.resultProperty().addListener((o, a, r) -> {
                if (measuring && resultAt == 0 && model.isResultCurrent()) {
                    resultAt = System.nanoTime() - start;
                }
            });
            cycle = new EditCycle(model, 15);
            window.start(file);
            scene.addPostLayoutPulseListener(this::pulse);
            new AnimationTimer() {
                @Override
                public void handle(long now) {
                    if (lastPulse != 0 && measuring) {
                        editGap = Math.max(editGap, now - lastPulse);
                        if (samples.size() >= warmup) {
                            pulseGaps.add(now - lastPulse);
                        }
                    }
                    lastPulse = now;
                    tick();
                }
            }.start();
        }

        private boolean opened; // the site's first result is shown and the Firewalls tab was opened once
        private int phase;
        private long openedBy;

        /** Animation phase of each pulse: starts the next edit once the window has settled. */
        private void tick() {
            if (done || measuring) {
                return;
            }
            if (!opened) {
                if (openedBy == 0) {
                    openedBy = System.nanoTime() + TIMEOUT;
                } else if (System.nanoTime() > openedBy) {
                    System.out.println("the site was not shown within 120 s (a dialog open?)");
                    finish(1);
                    return;
                }
                if (phase == 0
                        && model.isResultCurrent()
                        && model.site().devices().size() > 0) {
                    tabs().getSelectionModel().select(tab("Firewalls"));
                    phase = 1;
                } else if (phase == 1 && firewallsCurrent() && canvasCurrent()) {
                    tabs().getSelectionModel().select(tab("Flows"));
                    phase = 2;
                    idlePulses = 0;
                } else if (phase == 2 && ++idlePulses > 10) {
                    opened = true;
                    System.out.printf(
                            "opened %s: %d devices, %d flows, %d zones, %d firewalls%n",
                            getParameters().getUnnamed().get(0),
                            model.site().devices().size(),
                            model.result().flows().size(),
                            model.site().zones().size(),
                            model.site().firewalls().size());
                    idlePulses = 0;
                }
                return;
            }
            // The next edit comes from a settled window, at a quick user's pace: three pulses and 150 ms after the
            // last one was shown (and measured), so the renderer has drawn it, as it has before a person's next click.
            if (++idlePulses < 3 || System.nanoTime() - settledFrom < PACE) {
                return;
            }
            if (samples.size() >= warmup + edits) {
                finish(0);
                return;
            }
            resultAt = 0;
            rulesAt = 0;
            editGap = 0;
            measuring = true;
            before = model.result();
            start = System.nanoTime();
            kind = cycle.next(); // the command is made from the current site, as a click makes it
            description = model.lastChange();
        }

        /** After the layout of each pulse: is the edit shown everywhere? */
        private void pulse() {
            if (!measuring) {
                return;
            }
            long t = System.nanoTime() - start;
            if (t > TIMEOUT) {
                System.out.println("edit '" + kind + "' not shown after 120 s");
                finish(1);
                return;
            }
            if (!model.isResultCurrent()) {
                return;
            }
            if (rulesAt == 0 && firewallsCurrent()) {
                rulesAt = t;
            }
            if (flowsTableCurrent() && firewallsCurrent() && canvasCurrent()) {
                measuring = false;
                idlePulses = 0;
                // Off the clock, on the FX thread while nothing else runs: the engine's and the rule sets'
                // share of the time, measured again on the same site and result, as the window's worker
                // computes them (from the result before the edit).
                long e0 = System.nanoTime();
                FlowResult again = model.engine().compute(model.site(), before);
                again.findings();
                again.links();
                long e1 = System.nanoTime();
                RuleSets.of(model.result());
                long e2 = System.nanoTime();
                // The user's pause starts after that measurement, not before it: it is the benchmark's work, and
                // a person's 150 ms between seeing an edit and the next click leave the machine to the program.
                settledFrom = e2;
                Sample s = new Sample(
                        kind,
                        description,
                        resultAt,
                        rulesAt,
                        t,
                        model.result().flows().size(),
                        paintNanos,
                        e1 - e0,
                        e2 - e1,
                        editGap);
                samples.add(s);
                System.out.printf(
                        "%s%3d %-24s %7.1f ms (result shown %6.1f, rules shown %6.1f; alone: engine %6.1f, rule sets"
                                + " %6.1f, canvas paint %5.1f; longest pulse gap %5.1f)  %d flows  %s  (at %.3f s)%n",
                        samples.size() <= warmup ? "warm-up " : "edit    ",
                        samples.size(),
                        s.kind(),
                        s.done() / 1e6,
                        s.result() / 1e6,
                        s.rules() / 1e6,
                        s.engine() / 1e6,
                        s.ruleSets() / 1e6,
                        s.paint() / 1e6,
                        s.gap() / 1e6,
                        s.flows(),
                        s.description(),
                        // the JVM's uptime, to line an edit up with -Xlog:gc's
                        java.lang.management.ManagementFactory.getRuntimeMXBean()
                                        .getUptime()
                                / 1e3);
            }
        }

        private TabPane tabs() {
            return (TabPane) scene.lookup("#bottom-tabs");
        }

        private Tab tab(String text) {
            return tabs().getTabs().stream()
                    .filter(t -> t.getText().startsWith(text))
                    .findFirst()
                    .orElseThrow();
        }

        /** The flows table holds the current result's flows (the same objects, not equal ones). */
        private boolean flowsTableCurrent() {
            TableView<?> table = (TableView<?>) scene.lookup("#flows-table");
            List<Flow> flows = model.result().flows();
            if (table == null || table.getItems().size() != flows.size()) {
                return false;
            }
            if (flows.isEmpty()) {
                return true;
            }
            Object shown = table.getItems().get(0);
            for (Flow f : flows) {
                if (f == shown) {
                    return true;
                }
            }
            return false;
        }

        /**
         * The Firewalls tab shows the rules made from the current result: the very rule set (by identity) of
         * the firewall it shows, and its count line.
         */
        private boolean firewallsCurrent() {
            if (!(scene.lookup("#firewall-flows") instanceof FirewallFlowsPane pane) || !model.isResultCurrent()) {
                return false;
            }
            if (model.site().firewalls().isEmpty()) {
                return true;
            }
            RuleSets sets = model.ruleSetsProperty().get();
            if (sets == null || sets.sets().isEmpty() || pane.shownSet() == null) {
                return false;
            }
            boolean current = sets.sets().stream().anyMatch(s -> s == pane.shownSet());
            boolean counted = false;
            for (Node n : pane.lookupAll(".label")) {
                counted |= n instanceof Label l
                        && l.getText() != null
                        && l.getText().matches("\\d+ rules? for \\d+ flows? through .*");
            }
            return current && counted;
        }

        private boolean canvasCurrent() {
            return paintedSite == model.site() && paintedResult == model.result();
        }

        private void finish(int status) {
            done = true;
            measuring = false;
            List<Sample> measured = samples.subList(Math.min(warmup, samples.size()), samples.size());
            if (!measured.isEmpty()) {
                System.out.printf(
                        "medians over %d edits: result shown %.1f ms, Firewalls rules shown %.1f ms, all shown %.1f ms;"
                                + " alone: engine (flows, findings, links) %.1f ms, rule sets %.1f ms, canvas paint"
                                + " %.1f ms; longest pulse gap %.1f ms%n",
                        measured.size(),
                        percentile(measured.stream().map(Sample::result).toList(), 50),
                        percentile(measured.stream().map(Sample::rules).toList(), 50),
                        percentile(measured.stream().map(Sample::done).toList(), 50),
                        percentile(measured.stream().map(Sample::engine).toList(), 50),
                        percentile(measured.stream().map(Sample::ruleSets).toList(), 50),
                        percentile(measured.stream().map(Sample::paint).toList(), 50),
                        percentile(measured.stream().map(Sample::gap).toList(), 50));
                for (String k : EditCycle.KINDS) {
                    List<Long> times = measured.stream()
                            .filter(s -> s.kind().equals(k))
                            .map(Sample::done)
                            .toList();
                    if (!times.isEmpty()) {
                        System.out.printf(
                                "  %-24s median %6.1f ms  max %6.1f ms  (%d edits)%n",
                                k, percentile(times, 50), percentile(times, 100), times.size());
                    }
                }
                System.out.printf(
                        "longest time between two pulses while editing: %.0f ms%n", percentile(pulseGaps, 100));
                System.out.printf(
                        "edit latency p50 %.0f ms p95 %.0f ms over %d edits%n",
                        percentile(measured.stream().map(Sample::done).toList(), 50),
                        percentile(measured.stream().map(Sample::done).toList(), 95),
                        measured.size());
            }
            System.out.flush();
            Platform.exit();
            System.exit(status);
        }

        /** The nearest-rank percentile, in milliseconds. */
        static double percentile(List<Long> nanos, int p) {
            if (nanos.isEmpty()) {
                return 0;
            }
            List<Long> s = nanos.stream().sorted().toList();
            int rank = (int) Math.ceil(p / 100.0 * s.size());
            return s.get(Math.max(0, Math.min(s.size() - 1, rank - 1))) / 1e6;
        }
    }
}
