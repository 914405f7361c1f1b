package com.valt.planner.cli;

import com.valt.planner.domain.Device;
import com.valt.planner.domain.Site;
import com.valt.planner.engine.FlowEngine;
import com.valt.planner.io.CatalogLoader;
import com.valt.planner.probe.Durations;
import com.valt.planner.probe.Listener;
import com.valt.planner.probe.ProbeException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "listen",
        mixinStandardHelpOptions = true,
        description = {
            "Listen on every TCP port DEVICE must accept, so that 'probe' from the other side reads open.",
            "Each connection is answered with one line naming the flow, then closed. UDP (DNS) is not answered:",
            "DNS is the customer's own server. Stops after --for, or on Ctrl+C."
        },
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            "0:listened for the whole time (ports that could not be opened are reported)",
            "1:no port could be opened",
            "2:the site file was refused, DEVICE is unknown, or DEVICE accepts no TCP connection"
        })
final class ListenCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StandIn standIn;

    @Option(
            names = "--for",
            paramLabel = "TIME",
            defaultValue = "30m",
            converter = DurationOption.class,
            description = "how long to listen: 90s, 30m (default), 2h; at most 24h")
    Duration time;

    @Override
    public Integer call() throws InterruptedException {
        Path site = standIn.site;
        String device = standIn.device;
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        if (time.isZero() || time.compareTo(Duration.ofHours(24)) > 0) {
            err.println("listen: --for takes 1ms to 24h");
            return SiteLoading.BAD_SITE;
        }
        Site s = SiteLoading.load(site, err);
        if (s == null) {
            return SiteLoading.BAD_SITE;
        }
        List<Listener.Port> ports;
        try {
            ports = Listener.ports(new FlowEngine(CatalogLoader.loadDefault()).compute(s), device);
        } catch (ProbeException e) {
            err.println(site + ": " + e.getMessage());
            return SiteLoading.BAD_SITE;
        }
        Device d = s.device(device).orElseThrow();
        CountDownLatch done = new CountDownLatch(1);
        try (Listener listener = Listener.standingInFor(d, ports, line -> {
            synchronized (out) {
                out.println(line);
                out.flush();
            }
        })) {
            if (listener.boundTo().isEmpty()) {
                err.println("warning: this computer does not have " + device + "'s address"
                        + (d.address() == null ? "" : " " + d.address()) + ": listening on all of its addresses");
                err.flush();
            }
            List<Integer> opened = listener.start();
            if (opened.isEmpty()) {
                err.println("listen: no port could be opened");
                return 1;
            }
            Thread hook = new Thread(done::countDown, "listen-stop");
            Runtime.getRuntime().addShutdownHook(hook);
            synchronized (out) {
                out.println("Listening as " + device + " on "
                        + (listener.boundTo().isEmpty() ? "all addresses" : listener.boundTo())
                        + ", TCP "
                        + opened.stream()
                                .map(String::valueOf)
                                .reduce((a, b) -> a + " " + b)
                                .orElse("")
                        + ", for " + Durations.format(time) + " (Ctrl+C stops)");
                out.flush();
            }
            done.await(time.toMillis(), TimeUnit.MILLISECONDS);
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // shutting down already (Ctrl+C)
            }
        }
        out.println("Stopped listening.");
        out.flush();
        return 0;
    }
}
