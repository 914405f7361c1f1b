package com.valt.planner.export;

import com.valt.planner.domain.Site;
import com.valt.planner.engine.FlowEngine;
import com.valt.planner.export.all.Exporters;
import com.valt.planner.io.CatalogLoader;
import com.valt.planner.io.SiteFileReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/** Writes every export of the samples and the campus into target/look/NAME for eyeballing. */
public final class Render {
    private Render() {}

    public static void main(String[] args) throws Exception {
        FlowEngine engine = new FlowEngine(CatalogLoader.loadDefault());
        for (String name : args) {
            Path file = Path.of("samples", name + ".valt.json");
            Site site = name.equals("campus")
                    ? Campus.site()
                    : name.equals("hostile") ? HostileNamesTest.hostile() : SiteFileReader.read(file);
            Path out = Path.of("target", "look", name);
            Files.createDirectories(out);
            long t = System.nanoTime();
            ExportInput input = new ExportInput(engine.compute(site), file, LocalDate.of(2026, 11, 25));
            System.out.println(name + " compute: " + (System.nanoTime() - t) / 1_000_000 + " ms");
            for (Exporter e : Exporters.all()) {
                t = System.nanoTime();
                Exporters.writeTo(e, input, out);
                System.out.println("  " + e.fileName() + ": " + (System.nanoTime() - t) / 1_000_000 + " ms");
            }
        }
    }
}
