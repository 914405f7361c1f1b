package com.valt.planner.cli;

import com.valt.planner.domain.Firewall;
import com.valt.planner.domain.Platform;
import com.valt.planner.domain.Site;
import com.valt.planner.engine.Finding;
import com.valt.planner.engine.FlowEngine;
import com.valt.planner.engine.FlowResult;
import com.valt.planner.export.RulesCsv;
import com.valt.planner.export.RulesTable;
import com.valt.planner.io.CatalogLoader;
import com.valt.planner.ruleset.FirewallRuleSet;
import com.valt.planner.ruleset.RuleSets;
import com.valt.planner.syntax.RuleSyntax;
import com.valt.planner.syntax.Syntaxes;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "rules",
        mixinStandardHelpOptions = true,
        description = {
            "Print the rule set of each filtering firewall of SITE: its flows folded into few exact "
                    + "rules (zones.md).",
            "FORMAT: table or csv (all firewalls), or a platform syntax: nftables, iptables, asa, fortigate, "
                    + "panos (one firewall). Default: the firewall's platform with --firewall, else table."
        },
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            "0:the rules were printed",
            "2:the site file was refused, the firewall is unknown, or the format cannot be written"
        })
final class RulesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "SITE", description = "a site file (*.valt.json)")
    Path site;

    @Option(names = "--firewall", paramLabel = "ID", description = "only this firewall")
    String firewall;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            description = "table, csv, nftables, iptables, asa, fortigate or panos")
    String format;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        if (format != null
                && !format.equals("table")
                && !format.equals("csv")
                && platform(format).isEmpty()) {
            err.println("rules: unknown format '" + format
                    + "': use table, csv, nftables, iptables, asa, fortigate or panos");
            return SiteLoading.BAD_SITE;
        }
        Site s = SiteLoading.load(site, err);
        if (s == null) {
            return SiteLoading.BAD_SITE;
        }
        if (firewall != null) {
            Optional<Firewall> fw = s.firewall(firewall);
            if (fw.isEmpty()) {
                err.println(site + ": no firewall '" + firewall + "'"
                        + (s.firewalls().isEmpty()
                                ? " (the site has no firewalls)"
                                : "; the site has: "
                                        + String.join(
                                                ", ",
                                                s.firewalls().stream()
                                                        .map(Firewall::id)
                                                        .toList())));
                return SiteLoading.BAD_SITE;
            }
            if (!fw.get().platform().filters()) {
                err.println(site + ": '" + firewall + "' is a router: it filters nothing, so it has no rules");
                return SiteLoading.BAD_SITE;
            }
        }
        String chosen = format != null
                ? format
                : firewall != null
                        ? s.firewall(firewall).orElseThrow().platform().id()
                        : "table";
        Optional<RuleSyntax> syntax = Optional.empty();
        if (!chosen.equals("table") && !chosen.equals("csv")) {
            Optional<Platform> p = platform(chosen);
            syntax = p.flatMap(Syntaxes::forPlatform);
            if (syntax.isEmpty()) {
                if (format != null) {
                    err.println("rules: the " + chosen + " syntax is not available in this version; use table or csv");
                    return SiteLoading.BAD_SITE;
                }
                chosen = "table"; // the firewall's own platform, not asked for by name: fall back quietly
            }
        }
        FlowResult result = new FlowEngine(CatalogLoader.loadDefault()).compute(s);
        RuleSets sets = RuleSets.of(result);
        List<FirewallRuleSet> chosenSets =
                firewall == null ? sets.sets() : List.of(sets.set(firewall).orElseThrow());
        if (syntax.isPresent() && chosenSets.size() != 1) {
            err.println("rules: the " + chosen + " syntax writes one firewall's file: add --firewall ID");
            return SiteLoading.BAD_SITE;
        }
        if (s.firewalls().isEmpty()) {
            err.println(site + ": the site has no firewalls, so no rules (see zones.md to add zones and firewalls)");
        }
        if (syntax.isPresent()) {
            print(syntax.get().write(s, chosenSets.get(0)));
        } else if (chosen.equals("csv")) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            RulesCsv.write(chosenSets, bytes);
            print(bytes.toString(StandardCharsets.UTF_8));
        } else {
            print(RulesTable.write(chosenSets));
        }
        report(sets, s, err);
        return 0;
    }

    private void print(String text) {
        PrintWriter out = spec.commandLine().getOut();
        out.print(text);
        out.flush();
    }

    /** The exceptions and the flows no rule allows, on standard error so the rules stay clean to pipe. */
    private void report(RuleSets sets, Site s, PrintWriter err) {
        String only = firewall == null
                ? null
                : "firewalls[" + s.firewalls().indexOf(s.firewall(firewall).orElseThrow()) + "]";
        for (Finding f : sets.findings()) {
            if (only == null || f.path().equals(only)) {
                err.println(f.line());
            }
        }
        if (!sets.unroutable().isEmpty()) {
            err.println("warning: " + sets.unroutable().size() + " flows join zones that no firewall or router joins; "
                    + "no rule allows them (see 'check')");
        }
        if (!sets.unwritable().isEmpty()) {
            err.println("warning: " + sets.unwritable().size() + " flows have an end with no address in a zone with "
                    + "no networks; no rule allows them (see 'check')");
        }
        err.flush();
    }

    private static Optional<Platform> platform(String id) {
        return Platform.fromId(id).filter(p -> p != Platform.GENERIC && p != Platform.ROUTER);
    }
}
