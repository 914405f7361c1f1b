package com.valt.planner.engine;

import com.valt.planner.catalog.Catalog;
import com.valt.planner.catalog.Rule;
import com.valt.planner.domain.Site;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Everything the site needs, computed once by {@link FlowEngine}: what the canvas, the tables,
 * every exporter and the command line read. Immutable and deterministically ordered.
 *
 * <p>The findings and the links are worked out on first use (once, then kept): {@code flows} on the
 * command line needs neither, and they cost a cold JVM a fifth of the computation.
 */
public final class FlowResult {
    private final Site site;
    private final Catalog catalog;
    private final List<Flow> flows;
    private final List<SectionResult> sections;
    private final List<Endpoint> endpoints;
    private final Once<List<Finding>> findings;
    private final Once<List<Link>> links;
    private final ZoneRouting routing;
    private final Once<List<Flow>> unroutable;
    /** Each catalog rule's flows (by identity), for the next edit's computation. */
    private final Map<Rule, List<Flow>> byRule;

    private final boolean incremental;

    FlowResult(
            Site site,
            Catalog catalog,
            List<Flow> flows,
            List<SectionResult> sections,
            List<Endpoint> endpoints,
            ZoneRouting routing,
            Supplier<List<Finding>> findings,
            Supplier<List<Link>> links,
            Map<Rule, List<Flow>> byRule,
            boolean incremental) {
        this.site = site;
        this.catalog = catalog;
        this.flows = List.copyOf(flows);
        this.sections = List.copyOf(sections);
        this.endpoints = List.copyOf(endpoints);
        this.findings = new Once<>(() -> List.copyOf(findings.get()));
        this.links = new Once<>(() -> List.copyOf(links.get()));
        this.routing = routing;
        this.unroutable = new Once<>(() -> routing == null ? List.of() : List.copyOf(routing.unroutable(this.flows)));
        this.byRule = byRule;
        this.incremental = incremental;
    }

    /** One catalog rule's flows, in no particular order (the engine's next computation starts from them). */
    List<Flow> ruleFlows(Rule rule) {
        return byRule.getOrDefault(rule, List.of());
    }

    /** Whether the engine kept the flows of unchanged devices from the previous result (for tests). */
    boolean madeFromPrevious() {
        return incremental;
    }

    public Site site() {
        return site;
    }

    public Catalog catalog() {
        return catalog;
    }

    /** Concrete flows, sorted by section (docs/rules-catalog.md order), source, destination, transport, port. */
    public List<Flow> flows() {
        return flows;
    }

    /** Every section of the catalog, in order, with the rows that apply and those left out. */
    public List<SectionResult> sections() {
        return sections;
    }

    /** Errors first, then warnings, then notes. */
    public List<Finding> findings() {
        return findings.get();
    }

    /** The flows grouped by (source, destination), in order of first flow. */
    public List<Link> links() {
        return links.get();
    }

    /** The site's devices in file order, then the outside hosts in order of first use. */
    public List<Endpoint> endpoints() {
        return endpoints;
    }

    /** Flows from or to one device (or outside host), in result order. */
    public List<Flow> flowsOf(String endpointId) {
        return flows.stream()
                .filter(f -> f.source().id().equals(endpointId)
                        || f.destination().id().equals(endpointId))
                .toList();
    }

    /**
     * Where a flow goes through the site's zones and firewalls. On a site without zones nothing is
     * crossed ({@link Route#UNZONED}).
     */
    public Route route(Flow flow) {
        return routing == null ? Route.UNZONED : routing.route(flow);
    }

    /**
     * The zone id an endpoint is in (zones.md: its {@code zone} field, else the longest prefix holding its
     * address, else {@code internet} for outside hosts and DNS servers); null on a site without zones and
     * for a device in no zone.
     */
    public String zoneOf(Endpoint endpoint) {
        return routing == null ? null : routing.zoneOf(endpoint);
    }

    /** Every shortest path between two zones of this site (ids, {@code internet} included). */
    public Route route(String sourceZone, String destinationZone) {
        return routing == null ? Route.UNZONED : routing.route(sourceZone, destinationZone);
    }

    /**
     * The flows no path carries, in result order: between zones that no firewall or router joins, or
     * from or to a device in no zone. Empty on a site without zones.
     */
    public List<Flow> unroutableFlows() {
        return unroutable.get();
    }

    public boolean hasErrors() {
        return findings().stream().anyMatch(f -> f.level() == Finding.Level.ERROR);
    }

    /** A value computed by the first caller, from any thread, and then shared. */
    private static final class Once<T> {
        private Supplier<T> supplier;
        private volatile T value;

        Once(Supplier<T> supplier) {
            this.supplier = supplier;
        }

        T get() {
            T v = value;
            if (v == null) {
                synchronized (this) {
                    v = value;
                    if (v == null) {
                        v = supplier.get();
                        value = v;
                        supplier = null; // let go of what it captured
                    }
                }
            }
            return v;
        }
    }
}
