package com.valt.planner.cli;

import com.valt.planner.engine.Finding;
import com.valt.planner.engine.FlowEngine;
import com.valt.planner.engine.FlowResult;
import com.valt.planner.io.CatalogLoader;
import com.valt.planner.io.LoadProblem;
import com.valt.planner.io.SiteFileReader;
import com.valt.planner.io.SiteLoadException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "check",
        mixinStandardHelpOptions = true,
        description = {
            "Print the findings of SITE, one a line: LEVEL path: message.",
            "LEVEL is ERROR, WARNING or NOTE; path is the JSON path in the site file."
        },
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:no errors (warnings and notes may be printed)", "2:the site has errors"})
final class CheckCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "SITE", description = "a site file (*.valt.json)")
    Path site;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            FlowResult result = new FlowEngine(CatalogLoader.loadDefault()).compute(SiteFileReader.read(site));
            for (Finding f : result.findings()) {
                out.println(f.line());
            }
            if (result.site().hasZones()) { // the rule sets' exceptions (zones.md): notes, so after every finding
                for (Finding f : com.valt.planner.ruleset.RuleSets.of(result).findings()) {
                    out.println(f.line());
                }
            }
            out.flush();
            return result.hasErrors() ? SiteLoading.BAD_SITE : 0;
        } catch (SiteLoadException e) {
            for (LoadProblem p : e.problems()) {
                out.println("ERROR " + (p.path().isEmpty() ? "$" : p.path()) + ": " + p.reason());
            }
            out.flush();
            err.println(site + ": " + e.problems().size() + " error"
                    + (e.problems().size() == 1 ? "" : "s") + "; the site was refused");
            err.flush();
            return SiteLoading.BAD_SITE;
        }
    }
}
