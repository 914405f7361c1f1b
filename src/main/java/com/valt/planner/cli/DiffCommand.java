package com.valt.planner.cli;

import com.valt.planner.domain.Site;
import com.valt.planner.engine.FlowEngine;
import com.valt.planner.engine.FlowResult;
import com.valt.planner.export.ChangesCsv;
import com.valt.planner.export.ChangesJson;
import com.valt.planner.io.CatalogLoader;
import com.valt.planner.revision.DiffText;
import com.valt.planner.revision.RevisionDiff;
import com.valt.planner.revision.Revisions;
import com.valt.planner.ruleset.RuleSets;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "diff",
        mixinStandardHelpOptions = true,
        description = {
            "What changed for the firewall team between two revisions of a site: flows added and "
                    + "removed, each firewall's rules added, removed and changed, and the edits that caused them.",
            "Renaming a device or moving it on the plan changes nothing for the firewall team."
        },
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            "0:no change for the firewall team",
            "1:flows or rules changed",
            "2:a site file was refused (one line per problem on stderr)"
        })
final class DiffCommand implements Callable<Integer> {
    enum Format {
        table,
        csv,
        json
    }

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "OLD", description = "the earlier revision (*.valt.json)")
    Path oldSite;

    @Parameters(index = "1", paramLabel = "NEW", description = "the later revision (*.valt.json)")
    Path newSite;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "table",
            description = "table (default), csv or json")
    Format format;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        Site before = SiteLoading.load(oldSite, err);
        Site after = SiteLoading.load(newSite, err);
        if (before == null || after == null) {
            return SiteLoading.BAD_SITE;
        }
        FlowEngine engine = new FlowEngine(CatalogLoader.loadDefault());
        // the two revisions share nothing: compute the old one on a second core (the engine holds no state)
        CompletableFuture<Computed> old = CompletableFuture.supplyAsync(() -> Computed.of(engine, before));
        Computed now = Computed.of(engine, after);
        Computed then = old.join();
        RevisionDiff diff = Revisions.compare(then.result(), then.rules(), now.result(), now.rules());
        PrintWriter out = spec.commandLine().getOut();
        switch (format) {
            case table -> out.print(DiffText.write(diff));
            case csv, json -> {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                if (format == Format.csv) {
                    ChangesCsv.write(diff, bytes);
                } else {
                    ChangesJson.write(diff, bytes);
                }
                out.print(bytes.toString(StandardCharsets.UTF_8));
            }
        }
        out.flush();
        if (format != Format.table) {
            err.println(DiffText.verdict(diff)); // the CSV and JSON stay clean to pipe
            err.flush();
        }
        return diff.changesForFirewallTeam() ? 1 : 0;
    }

    /** One revision's flows and rule sets. */
    private record Computed(FlowResult result, RuleSets rules) {
        static Computed of(FlowEngine engine, Site site) {
            FlowResult r = engine.compute(site);
            return new Computed(r, RuleSets.of(r));
        }
    }
}
