package com.valt.planner.probe;

import com.valt.planner.domain.Addresses;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Tries a plan's targets, {@code parallel} at a time, each bounded by the timeout. Tries nothing but
 * the plan's destinations and ports. Results come to the listener as they arrive (on worker threads);
 * the report keeps the plan's order.
 */
public final class Prober {
    private final Connector connector;
    private final Resolver resolver;
    private final int parallel;
    private final int timeoutMs;
    private final AtomicBoolean stopped = new AtomicBoolean();
    private final Map<String, Object> resolved = new ConcurrentHashMap<>();

    public Prober(Connector connector, Resolver resolver, int parallel, int timeoutMs) {
        if (parallel < 1 || parallel > 256) {
            throw new IllegalArgumentException("parallel must be 1 to 256");
        }
        if (timeoutMs < 1 || timeoutMs > 60_000) {
            throw new IllegalArgumentException("timeout must be 1 ms to 60 s");
        }
        this.connector = connector;
        this.resolver = resolver;
        this.parallel = parallel;
        this.timeoutMs = timeoutMs;
    }

    /** The standing-in: which address attempts are made from, and the warning when this computer lacks it. */
    public record Source(InetAddress bind, String warning) {
        /** The address attempts come from, or "" for the system's choice. */
        public String boundTo() {
            return bind == null ? "" : bind.getHostAddress();
        }
    }

    /** Where the attempts will come from. Resolves the device's own address only if it is a host name. */
    public Source source(ProbePlan plan) {
        String address = plan.device().address();
        String id = plan.device().id();
        if (address == null || address.isBlank()) {
            return new Source(
                    null,
                    id + " has no address in the plan: attempts are made from this computer's own"
                            + " address, so a firewall rule written for " + id + "'s address is not what is tested.");
        }
        try {
            InetAddress a = resolver.resolve(address)[0];
            if (LocalHost.has(a)) {
                return new Source(a, null);
            }
        } catch (UnknownHostException | RuntimeException e) {
            // falls through to the warning
        }
        return new Source(
                null,
                "this computer does not have " + id + "'s address " + address
                        + ": attempts are made from its own address, so a firewall may treat them differently from "
                        + id
                        + "'s. Give this computer " + address + " to test " + id + "'s rules exactly.");
    }

    /** Stops a run: attempts not yet started are not made; those under way end within the timeout. */
    public void stop() {
        stopped.set(true);
    }

    public ProbeReport run(ProbePlan plan, Consumer<ProbeLine> listener) {
        Instant started = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Source source = source(plan);
        ExecutorService pool =
                Executors.newFixedThreadPool(Math.min(parallel, plan.targets().size()), r -> {
                    Thread t = new Thread(r, "probe");
                    t.setDaemon(true);
                    return t;
                });
        List<Future<ProbeLine>> futures = new ArrayList<>();
        try {
            for (Target t : plan.targets()) {
                futures.add(pool.submit(() -> {
                    if (stopped.get()) {
                        return null;
                    }
                    ProbeLine line = ProbeLine.of(t, attempt(t, source.bind(), plan.queryName()));
                    listener.accept(line);
                    return line;
                }));
            }
            List<ProbeLine> lines = new ArrayList<>();
            for (Future<ProbeLine> f : futures) {
                ProbeLine line = get(f);
                if (line != null) {
                    lines.add(line);
                }
            }
            var d = plan.device();
            return new ProbeReport(
                    plan.result().site().info().name(),
                    plan.result().site().info().revision(),
                    d.id(),
                    d.address() == null ? "" : d.address(),
                    source.bind() == null ? "" : source.bind().getHostAddress(),
                    LocalHost.name(),
                    LocalHost.addresses(),
                    started.toString(),
                    timeoutMs,
                    plan.firewall() == null ? "" : plan.firewall(),
                    lines.size() == plan.targets().size(),
                    lines);
        } finally {
            pool.shutdownNow();
        }
    }

    private static ProbeLine get(Future<ProbeLine> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (ExecutionException e) {
            return null;
        }
    }

    private Outcome attempt(Target t, InetAddress from, String queryName) {
        if (t.host() == null || t.host().isBlank()) {
            return new Outcome(Verdict.ERROR, 0, "", t.destination() + " has no address in the plan: give it one");
        }
        long t0 = System.nanoTime();
        Object r = resolved.computeIfAbsent(t.host(), this::resolveOrMessage);
        if (r instanceof String message) {
            return new Outcome(Verdict.UNRESOLVED, (System.nanoTime() - t0) / 1_000_000L, "", message);
        }
        InetAddress to = pick((InetAddress[]) r, from);
        try {
            return t.isUdp()
                    ? connector.dns(from, to, t.port(), queryName, timeoutMs)
                    : connector.tcp(from, to, t.port(), timeoutMs);
        } catch (RuntimeException e) {
            return new Outcome(Verdict.ERROR, 0, to.getHostAddress(), SocketConnector.message(e));
        }
    }

    /** The addresses of a host, or the message saying why it has none. */
    private Object resolveOrMessage(String host) {
        try {
            InetAddress[] all = resolver.resolve(host);
            return all.length == 0 ? host + " does not resolve" : all;
        } catch (UnknownHostException e) {
            return Addresses.isIpv4(host) || Addresses.isIpv6(host)
                    ? "not an address: " + host
                    : host + " does not resolve (" + SocketConnector.message(e) + ")";
        } catch (RuntimeException e) {
            return host + " does not resolve (" + SocketConnector.message(e) + ")";
        }
    }

    /** The host's first address of the bound address's family, so the attempt can be made from it. */
    private static InetAddress pick(InetAddress[] all, InetAddress from) {
        if (from != null) {
            for (InetAddress a : all) {
                if ((a instanceof Inet4Address) == (from instanceof Inet4Address)) {
                    return a;
                }
            }
        }
        return all[0];
    }
}
