package com.valt.planner.cli;

import com.valt.planner.domain.Site;
import com.valt.planner.engine.FlowEngine;
import com.valt.planner.export.ExportInput;
import com.valt.planner.export.all.Exporters;
import com.valt.planner.io.CatalogLoader;
import com.valt.planner.io.SaveException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import com.valt.planner.probe.ProbeException;
import com.valt.planner.probe.ProbeReport;
import com.valt.planner.probe.ResultFile;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write the handoff files of SITE into DIR: flows.csv, matrices.html, topology.svg, "
                + "topology.graphml (yEd), topology.dot (Graphviz), topology.png, handoff.pdf.",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:all files written",
                "2:the site file or a --probe result was refused, or a file could not be written"})
final class ExportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "SITE", description = "a site file (*.valt.json)")
    Path site;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "folder to write into (created if needed)")
    Path out;

    @Option(names = "--probe", paramLabel = "RESULT.json",
            description = "a probe result ('probe --format json', or saved by the window) for the handoff's"
                    + " commissioning report; repeatable")
    List<Path> probes = new ArrayList<>();

    @Override
    public Integer call() {
        Site s = SiteLoading.load(site, spec.commandLine().getErr());
        if (s == null) {
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
        ExportInput input = ExportInput.of(new FlowEngine(CatalogLoader.loadDefault()).compute(s), site).withProbes(reports);
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
}
