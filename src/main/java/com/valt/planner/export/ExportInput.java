package com.valt.planner.export;

import com.valt.planner.diagram.Diagram;
import com.valt.planner.diagram.DiagramBuilder;
import com.valt.planner.domain.Site;
import com.valt.planner.engine.FlowResult;
import com.valt.planner.export.model.FlowGroup;
import com.valt.planner.export.model.FlowGroups;
import com.valt.planner.revision.RevisionDiff;
import com.valt.planner.ruleset.RuleSets;
import com.valt.planner.syntax.PlatformNames;
import com.valt.planner.syntax.RuleSyntax;
import com.valt.planner.syntax.Syntaxes;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What every exporter gets: the engine's result, where the site came from and the date to print. The
 * topology diagram is built once, on first use, and shared by the SVG, the PNG and the PDF.
 */
public final class ExportInput {
    private final FlowResult result;
    private final Path siteFile;
    private final LocalDate date;
    // One lock for each value made on first use, so that exporters running in parallel make the diagram
    // and the rule sets at the same time instead of one waiting for the other.
    private final Object diagramLock = new Object();
    private final Object flowGroupsLock = new Object();
    private final Object ruleSetsLock = new Object();
    private Diagram diagram;
    private List<FlowGroup> flowGroups;
    private RuleSets ruleSets;
    private final java.util.Map<String, Optional<RuleSyntax.Written>> platformFiles = new java.util.HashMap<>();
    private final List<String> warnings = new ArrayList<>();
    private List<com.valt.planner.probe.ProbeReport> probes = List.of();
    private RevisionDiff changes;
    private String since;

    /**
     * @param siteFile the file the site came from (for resolving a logo), or null for an unsaved site
     * @param date     the date printed on the outputs
     */
    public ExportInput(FlowResult result, Path siteFile, LocalDate date) {
        this.result = result;
        this.siteFile = siteFile;
        this.date = date;
    }

    public static ExportInput of(FlowResult result, Path siteFile) {
        return new ExportInput(result, siteFile, LocalDate.now());
    }

    public FlowResult result() {
        return result;
    }

    public Path siteFile() {
        return siteFile;
    }

    public LocalDate date() {
        return date;
    }

    /** The topology with the default options; exporters run in parallel, hence synchronized. */
    public Diagram diagram() {
        synchronized (diagramLock) {
            if (diagram == null) {
                diagram = DiagramBuilder.build(result);
            }
            return diagram;
        }
    }

    /** The flows folded for the firewall team, shared by the HTML and the PDF (made in parallel). */
    public List<FlowGroup> flowGroups() {
        synchronized (flowGroupsLock) {
            if (flowGroups == null) {
                flowGroups = List.copyOf(FlowGroups.of(result));
            }
            return flowGroups;
        }
    }

    /** The probe results the handoff's commissioning report shows ({@code export --probe}); none by default. */
    public synchronized ExportInput withProbes(List<com.valt.planner.probe.ProbeReport> reports) {
        probes = List.copyOf(reports);
        return this;
    }

    public synchronized List<com.valt.planner.probe.ProbeReport> probes() {
        return probes;
    }

    /** Uses these rule sets instead of making them from the result (tests give hand-routed ones). */
    public ExportInput withRuleSets(RuleSets sets) {
        synchronized (ruleSetsLock) {
            ruleSets = sets;
        }
        return this;
    }

    /** Every filtering firewall's rule set, made once and shared by the CSVs, the HTML and the PDF. */
    public RuleSets ruleSets() {
        synchronized (ruleSetsLock) {
            if (ruleSets == null) {
                ruleSets = RuleSets.of(result);
            }
            return ruleSets;
        }
    }

    /**
     * A filtering firewall's file in its platform's syntax, written once and shared by that file's exporter
     * and the chapters that show its names; empty for a firewall without a rule set or a platform syntax.
     */
    public synchronized Optional<RuleSyntax.Written> platformFile(String firewallId) {
        Optional<RuleSyntax.Written> known = platformFiles.get(firewallId);
        if (known == null) {
            Site site = result.site();
            known = ruleSets()
                    .set(firewallId)
                    .flatMap(set ->
                            Syntaxes.forPlatform(set.firewall().platform()).map(syntax -> syntax.render(site, set)));
            platformFiles.put(firewallId, known);
        }
        return known;
    }

    /** The names the platform file of each filtering firewall uses (none for a firewall without one). */
    public synchronized java.util.Map<String, PlatformNames> platformNames() {
        java.util.Map<String, PlatformNames> names = new java.util.LinkedHashMap<>();
        for (var set : ruleSets().sets()) {
            String id = set.firewall().id();
            names.put(id, platformFile(id).map(RuleSyntax.Written::names).orElse(PlatformNames.NONE));
        }
        return names;
    }

    /**
     * Adds the change request: the diff from an earlier revision, shown first in the PDF and the HTML and
     * written as {@code changes.csv}.
     *
     * @param since what to call the earlier revision: its {@code site.revision}, else its file name
     */
    public synchronized ExportInput withChanges(RevisionDiff diff, String since) {
        this.changes = diff;
        this.since = since;
        return this;
    }

    /** The diff from the earlier revision, or null when the export has no change request. */
    public synchronized RevisionDiff changes() {
        return changes;
    }

    /** The earlier revision's name ("A", "site-rev-a.valt.json"), or null. */
    public synchronized String since() {
        return since;
    }

    /**
     * Tells the user about something an output had to leave out (a logo that cannot be read): the export
     * still succeeds, and the command line and the window show these after it. Exporters run in parallel.
     */
    public synchronized void warn(String message) {
        if (!warnings.contains(message)) {
            warnings.add(message);
        }
    }

    /** The warnings so far, in the order they were given. */
    public synchronized List<String> warnings() {
        return List.copyOf(warnings);
    }
}
