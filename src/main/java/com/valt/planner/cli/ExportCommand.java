package com.valt.planner.cli;

import com.valt.planner.domain.Site;
import com.valt.planner.engine.FlowEngine;
import com.valt.planner.engine.FlowResult;
import com.valt.planner.export.ExportInput;
import com.valt.planner.export.all.Exporters;
import com.valt.planner.io.CatalogLoader;
import com.valt.planner.io.SaveException;
import com.valt.planner.probe.ProbeException;
import com.valt.planner.probe.ProbeReport;
import com.valt.planner.probe.ResultFile;
import com.valt.planner.revision.Revisions;
import com.valt.planner.ruleset.RuleSets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "export",
        mixinStandardHelpOptions = true,
        description =
                "Write the handoff files of SITE into DIR: flows.csv, matrices.html, topology.svg, "
                        + "topology.graphml (yEd), topology.dot (Graphviz), topology.png, handoff.pdf; with --since OLD, also the change request and changes.csv.",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            "0:all files written",
            "2:the site file or a --probe result was refused, or a file could not be written"
        })
final class ExportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "SITE", description = "a site file (*.valt.json)")
    Path site;

    @Option(
            names = "--out",
            required = true,
            paramLabel = "DIR",
            description = "folder to write into (created if needed)")
    Path out;

    @Option(
            names = "--probe",
            paramLabel = "RESULT.json",
            description = "a probe result ('probe --format json', or saved by the window) for the handoff's"
                    + " commissioning report; repeatable")
    List<Path> probes = new ArrayList<>();

    @Option(
            names = "--since",
            paramLabel = "OLD",
            description = "an earlier revision of SITE (*.valt.json): adds a change request (what the firewall team "
                    + "must add and remove since OLD) to handoff.pdf and matrices.html, and writes changes.csv")
    Path since;

    @Override
    public Integer call() {
        Site s = SiteLoading.load(site, spec.commandLine().getErr());
        Site old = since == null
                ? null
                : SiteLoading.load(since, spec.commandLine().getErr());
        if (s == null || since != null && old == null) {
            return SiteLoading.BAD_SITE;
        }
        List<ProbeReport> reports = new ArrayList<>();
        for (Path p : probes) {
            try {
                reports.add(ResultFile.read(p));
            } catch (ProbeException e) {
                spec.commandLine().getErr().println(e.getMessage());
                return SiteLoading.BAD_SITE;
            }
        }
        FlowEngine engine = new FlowEngine(CatalogLoader.loadDefault());
        ExportInput input = ExportInput.of(engine.compute(s), site).withProbes(reports);
        if (old != null) {
            FlowResult before = engine.compute(old);
            input.withChanges(
                    Revisions.compare(before, RuleSets.of(before), input.result(), input.ruleSets()),
                    revisionName(old, since));
        }
        try {
            for (Path written : Exporters.writeAll(input, out)) {
                spec.commandLine().getOut().println(written);
            }
            for (String w : input.warnings()) {
                spec.commandLine().getErr().println("warning: " + w);
            }
            return 0;
        } catch (SaveException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return SiteLoading.BAD_SITE;
        }
    }

    /** The old site's {@code site.revision}, else its file name. */
    static String revisionName(Site old, Path file) {
        String r = old.info().revision();
        return r == null || r.isBlank() ? String.valueOf(file.getFileName()) : r.strip();
    }
}
