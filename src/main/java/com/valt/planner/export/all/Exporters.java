package com.valt.planner.export.all;

import com.valt.planner.domain.Firewall;
import com.valt.planner.export.ChangesCsvFile;
import com.valt.planner.export.ExportInput;
import com.valt.planner.export.Exporter;
import com.valt.planner.export.FirewallCsv;
import com.valt.planner.export.FirewallSyntaxFile;
import com.valt.planner.export.FlowsCsv;
import com.valt.planner.export.TopologyDot;
import com.valt.planner.export.TopologyDrawio;
import com.valt.planner.export.TopologyGraphml;
import com.valt.planner.export.TopologyPng;
import com.valt.planner.export.TopologySvg;
import com.valt.planner.export.html.MatricesHtml;
import com.valt.planner.export.pdf.HandoffPdf;
import com.valt.planner.io.AtomicFiles;
import com.valt.planner.io.SaveException;
import com.valt.planner.syntax.Syntaxes;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

/**
 * Every output the export command and the window's Export menu make, in the order they are written, and
 * the one routine that writes them. In a package of its own, above the exporters it lists, so that the
 * export package and its html/pdf subpackages do not depend on each other both ways.
 */
public final class Exporters {
    /** Told after each file is written, on the thread that writes; {@code done} counts from 1. */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (file, done, total) -> {};

        void written(Path file, int done, int total);
    }

    private Exporters() {}

    public static List<Exporter> all() {
        List<Exporter> list = new ArrayList<>();
        list.add(new FlowsCsv());
        list.add(new MatricesHtml());
        list.add(new TopologySvg());
        list.add(new TopologyGraphml());
        list.add(new TopologyDot());
        list.add(new TopologyPng());
        list.add(new HandoffPdf());
        return list;
    }

    /** The diagram in formats other programs edit: the window's Export > Diagram as…. */
    public static List<Exporter> diagrams() {
        return List.of(new TopologyGraphml(), new TopologyDot(), new TopologyDrawio());
    }

    /**
     * Every output for this site: the seven of every export (with changes.csv second when it carries a
     * change request), then, per filtering firewall, its rules CSV
     * and its platform's file where this version has the syntax.
     */
    public static List<Exporter> all(ExportInput input) {
        List<Exporter> list = all();
        if (input.changes() != null) {
            list.add(1, new ChangesCsvFile());
        }
        // The filtering firewalls are the rule sets' (RuleSets.of), named from the site so that the rule
        // sets are made by the exporters that need them, in parallel with the rest, not before them.
        for (Firewall fw : input.result().site().firewalls()) {
            if (fw.platform().filters()) {
                list.add(new FirewallCsv(fw.id()));
                Syntaxes.forPlatform(fw.platform()).ifPresent(s -> list.add(new FirewallSyntaxFile(fw.id(), s)));
            }
        }
        return list;
    }

    /** Writes one output atomically into the folder; returns the file written. */
    public static Path writeTo(Exporter exporter, ExportInput input, Path folder) throws SaveException {
        return writeFile(exporter, input, folder.resolve(exporter.fileName()));
    }

    /** Writes one output atomically as {@code target} (a name the user chose); returns it. */
    public static Path writeFile(Exporter exporter, ExportInput input, Path target) throws SaveException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
        try {
            exporter.write(input, bytes);
        } catch (IOException | RuntimeException e) {
            throw new SaveException("Cannot make " + target + ": " + e.getMessage(), e);
        }
        AtomicFiles.write(target, bytes.toByteArray(), false);
        return target;
    }

    /**
     * Makes the folder if needed, then writes every output into it. The outputs are made in parallel
     * (the PNG and the PDF take most of the time and share nothing), then written one by one, in order.
     */
    public static List<Path> writeAll(ExportInput input, Path folder) throws SaveException {
        return writeAll(input, folder, Progress.NONE);
    }

    /** As {@link #writeAll(ExportInput, Path)}, telling {@code progress} after each file. */
    public static List<Path> writeAll(ExportInput input, Path folder, Progress progress) throws SaveException {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new SaveException("Cannot create the folder " + folder + ": " + e.getMessage(), e);
        }
        List<Exporter> exporters = input.result().site().hasZones() || input.changes() != null ? all(input) : all();
        int threads =
                Math.max(1, Math.min(exporters.size(), Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "export");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<byte[]>> made = new ArrayList<>(Collections.nCopies(exporters.size(), null));
            for (int i : startOrder(exporters)) {
                Exporter e = exporters.get(i);
                made.set(i, pool.submit(() -> render(e, input)));
            }
            List<Path> written = new ArrayList<>();
            for (int i = 0; i < exporters.size(); i++) {
                Path target = folder.resolve(exporters.get(i).fileName());
                AtomicFiles.write(target, result(made.get(i), target), false);
                written.add(target);
                progress.written(target, i + 1, exporters.size());
            }
            return written;
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * The order to start the outputs in, as indexes into {@code exporters}: the PNG first (it builds the
     * diagram, then paints the longest), the flows CSV beside it (it needs neither the diagram nor the rule
     * sets), then the firewall files (they make the rule sets), then the PDF, which by then finds the
     * diagram and the rule sets made; the rest after, in list order. Measured on the zoned campus: see
     * docs/benchmarks.md, "export vs flows".
     */
    public static List<Integer> startOrder(List<Exporter> exporters) {
        return IntStream.range(0, exporters.size())
                .boxed()
                .sorted(Comparator.comparingInt(i -> startRank(exporters.get(i))))
                .toList();
    }

    private static int startRank(Exporter e) {
        if (e instanceof TopologyPng) {
            return 0;
        } else if (e instanceof FlowsCsv) {
            return 1;
        } else if (e instanceof FirewallCsv || e instanceof FirewallSyntaxFile) {
            return 2;
        } else if (e instanceof HandoffPdf) {
            return 3;
        }
        return 4;
    }

    private static byte[] render(Exporter exporter, ExportInput input) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
        exporter.write(input, bytes);
        return bytes.toByteArray();
    }

    private static byte[] result(Future<byte[]> f, Path target) throws SaveException {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SaveException("Making " + target + " was interrupted.", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            throw new SaveException("Cannot make " + target + ": " + cause.getMessage(), cause);
        }
    }
}
