package com.valt.planner.cli;

import com.valt.planner.domain.Site;
import com.valt.planner.engine.FlowEngine;
import com.valt.planner.io.AtomicFiles;
import com.valt.planner.io.CatalogLoader;
import com.valt.planner.io.SaveException;
import com.valt.planner.probe.Durations;
import com.valt.planner.probe.ProbeException;
import com.valt.planner.probe.ProbeFormats;
import com.valt.planner.probe.ProbePlan;
import com.valt.planner.probe.ProbeReport;
import com.valt.planner.probe.Prober;
import com.valt.planner.probe.Resolver;
import com.valt.planner.probe.SocketConnector;
import com.valt.planner.probe.Target;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "probe",
        mixinStandardHelpOptions = true,
        description = {
            "Try every flow whose source is DEVICE, from this computer standing in for it.",
            "Only the plan's destinations and ports are tried, never a scan; each attempt is bounded by --timeout."
        },
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            "0:every flow passes (open, or closed: the firewall lets it through)",
            "1:some flow fails (filtered, unresolved or error)",
            "2:the site file was refused, or DEVICE (or --firewall) is unknown, or DEVICE opens no connection"
        })
final class ProbeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StandIn standIn;

    @Option(
            names = "--timeout",
            paramLabel = "TIME",
            defaultValue = "2s",
            converter = DurationOption.class,
            description = "per attempt: 500ms, 2s (default), up to 60s")
    Duration timeout;

    @Option(
            names = "--parallel",
            paramLabel = "N",
            defaultValue = "16",
            description = "attempts at once, 1 to 256 (default 16)")
    int parallel;

    @Option(names = "--firewall", paramLabel = "ID", description = "only the flows that cross this firewall")
    String firewall;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "table",
            description = "table (default), csv, json (the result file for the window and 'export --probe') or junit")
    ProbeFormats.Format format;

    @Option(names = "--out", paramLabel = "FILE", description = "write the report to FILE instead of standard output")
    Path out;

    @Option(names = "--dry-run", description = "list what would be tried, and try nothing")
    boolean dryRun;

    @Override
    public Integer call() throws IOException {
        Path site = standIn.site;
        String device = standIn.device;
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        if (parallel < 1 || parallel > 256 || timeout.toMillis() < 1 || timeout.toMillis() > 60_000) {
            err.println("probe: --parallel takes 1 to 256 and --timeout 1ms to 60s");
            return SiteLoading.BAD_SITE;
        }
        Site s = SiteLoading.load(site, err);
        if (s == null) {
            return SiteLoading.BAD_SITE;
        }
        ProbePlan plan;
        try {
            plan = ProbePlan.of(new FlowEngine(CatalogLoader.loadDefault()).compute(s), device, firewall);
        } catch (ProbeException e) {
            err.println(site + ": " + e.getMessage());
            return SiteLoading.BAD_SITE;
        }
        for (Target t : plan.withoutAddress()) {
            err.println(
                    "warning: " + t.destination() + " has no address in the plan: " + t.label() + " cannot be tried");
        }
        if (dryRun) {
            dryRun(plan, stdout);
            return 0;
        }
        Prober prober = new Prober(new SocketConnector(), Resolver.system(), parallel, (int) timeout.toMillis());
        Prober.Source source = prober.source(plan);
        if (source.warning() != null) {
            err.println("warning: " + source.warning());
        }
        err.flush();
        ProbeReport report = prober.run(plan, line -> {});
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ProbeFormats.write(format, report, bytes);
        if (out == null) {
            stdout.print(bytes.toString(StandardCharsets.UTF_8));
            stdout.flush();
        } else {
            try {
                AtomicFiles.write(out, bytes.toByteArray(), false);
            } catch (SaveException e) {
                err.println(e.getMessage());
                return SiteLoading.BAD_SITE;
            }
            err.println(out + ": " + report.summary());
        }
        return report.allPass() ? 0 : 1;
    }

    private void dryRun(ProbePlan plan, PrintWriter w) {
        String from = plan.device().address() == null
                ? "this computer's own address"
                : plan.device().address() + " if this computer has it (checked when the probe runs)";
        w.println("Would try " + plan.targets().size() + " flows of "
                + plan.device().id() + " from " + from + ", " + parallel + " at once, " + Durations.format(timeout)
                + " each; nothing was tried:");
        for (Target t : plan.targets()) {
            w.println("  " + t.rule() + " " + t.destination()
                    + (t.host() == null ? " (no address)" : t.host().equals(t.destination()) ? "" : " " + t.host())
                    + " " + t.transport() + " " + t.port()
                    + (t.isUdp() ? " (DNS query for " + plan.queryName() + ")" : "")
                    + (t.firewalls().isEmpty() ? "" : " via " + t.firewalls()));
        }
        w.flush();
    }
}
