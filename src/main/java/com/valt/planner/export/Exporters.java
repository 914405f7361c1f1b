package com.valt.planner.export;

import com.valt.planner.io.AtomicFiles;
import com.valt.planner.io.SaveException;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Every output the export command and the window's Export menu make, in the order they are written. */
public final class Exporters {
    private Exporters() {
    }

    public static List<Exporter> all() {
        List<Exporter> list = new ArrayList<>();
        list.add(new FlowsCsv());
        list.add(new com.valt.planner.export.html.MatricesHtml());
        list.add(new TopologySvg());
        list.add(new TopologyPng());
        list.add(new com.valt.planner.export.pdf.HandoffPdf());
        return list;
    }

    /** Writes one output atomically into the folder; returns the file written. */
    public static Path writeTo(Exporter exporter, ExportInput input, Path folder) throws SaveException {
        Path target = folder.resolve(exporter.fileName());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
        try {
            exporter.write(input, bytes);
        } catch (IOException | RuntimeException e) {
            throw new SaveException("Cannot make " + target + ": " + e.getMessage(), e);
        }
        AtomicFiles.write(target, bytes.toByteArray(), false);
        return target;
    }

    /** Makes the folder if needed, then writes every output into it. */
    public static List<Path> writeAll(ExportInput input, Path folder) throws SaveException {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new SaveException("Cannot create the folder " + folder + ": " + e.getMessage(), e);
        }
        List<Path> written = new ArrayList<>();
        for (Exporter e : all()) {
            written.add(writeTo(e, input, folder));
        }
        return written;
    }
}
