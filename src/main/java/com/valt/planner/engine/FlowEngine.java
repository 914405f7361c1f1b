package com.valt.planner.engine;

import com.valt.planner.catalog.Catalog;
import com.valt.planner.catalog.Condition;
import com.valt.planner.catalog.Pairing;
import com.valt.planner.catalog.Role;
import com.valt.planner.catalog.Rule;
import com.valt.planner.catalog.Section;
import com.valt.planner.domain.Device;
import com.valt.planner.domain.DeviceType;
import com.valt.planner.domain.Site;
import com.valt.planner.domain.WowzaKey;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import org.jgrapht.Graph;
import org.jgrapht.graph.AbstractBaseGraph;
import org.jgrapht.graph.DefaultGraphSpecificsStrategy;
import org.jgrapht.graph.DefaultGraphType;

/**
 * The one place flows are computed. Applies the catalog's rules to a site: builds a directed
 * multigraph (devices and outside hosts as vertices, one edge per concrete flow) and reads the
 * result off it. Works on any site, valid or not, so the editor can show flows while the user
 * is still fixing an error; the site's errors come back as findings.
 */
public final class FlowEngine {
    /** Source id, destination id, transport, port. Written out: sorting ~40,000 flows is a hot spot. */
    static final Comparator<Flow> ORDER_WITHIN_SECTION = (a, b) -> {
        int c = a.source().id().compareTo(b.source().id());
        if (c == 0) {
            c = a.destination().id().compareTo(b.destination().id());
        }
        if (c == 0) {
            c = a.transport().compareTo(b.transport());
        }
        return c != 0 ? c : Integer.compare(a.port(), b.port());
    };

    private final Catalog catalog;

    public FlowEngine(Catalog catalog) {
        this.catalog = catalog;
    }

    public Catalog catalog() {
        return catalog;
    }

    public FlowResult compute(Site site) {
        return compute(site, null);
    }

    /**
     * The result for a site made by an edit of the previous result's site. The flows of the devices the edit
     * did not touch are taken from the previous result; those of the others (added, removed, or changed in
     * a field a rule reads, see {@link EditedSite}) are made again by the same rules. Settings, another
     * application server and the like change flows everywhere, and then every flow is made again. Either
     * way the result equals {@code compute(site)} (FlowEngineIncrementalTest); routes, findings and links
     * are always worked out afresh.
     */
    public FlowResult compute(Site site, FlowResult previous) {
        Set<String> changed = previous == null
                ? null
                : EditedSite.changedDevices(previous, site, catalog).orElse(null);
        SiteView view = new SiteView(site, changed == null ? List.of() : previous.endpoints(), changed);
        Map<Rule, List<Flow>> byRule = changed == null ? allFlows(view) : changedFlows(view, previous, changed);
        List<Flow> flows = new ArrayList<>();
        List<SectionResult> sections = new ArrayList<>();
        int previousStart = 0;
        for (int si = 0; si < catalog.sections().size(); si++) {
            Section section = catalog.sections().get(si);
            List<MatrixRow> rows = new ArrayList<>();
            List<Omission> omitted = new ArrayList<>();
            List<Flow> sectionFlows = new ArrayList<>();
            Set<Rule> shown = Collections.newSetFromMap(new IdentityHashMap<>());
            for (Rule rule : section.rules()) {
                String unmet = unmetSiteCondition(rule, view);
                List<Flow> ruleFlows = byRule.get(rule);
                if (unmet != null) {
                    omitted.add(new Omission(rule, unmet));
                } else if (ruleFlows.isEmpty()) {
                    omitted.add(new Omission(rule, whyNoFlows(rule, view)));
                } else {
                    shown.add(rule);
                    sectionFlows.addAll(ruleFlows);
                    rows.addAll(matrixRows(rule, ruleFlows));
                }
            }
            if (changed == null) {
                sectionFlows.sort(ORDER_WITHIN_SECTION);
            } else {
                int previousCount = previous.sections().get(si).flowCount();
                List<Flow> previousSlice = previous.flows().subList(previousStart, previousStart + previousCount);
                previousStart += previousCount;
                sectionFlows = keptInOrder(view, previousSlice, shown, sectionFlows);
            }
            flows.addAll(sectionFlows);
            sections.add(new SectionResult(section, rows, omitted, sectionFlows.size()));
        }
        List<Flow> sorted = List.copyOf(flows);
        List<Endpoint> endpoints = new ArrayList<>(view.deviceEndpoints.values());
        endpoints.addAll(outsideHosts(view));
        ZoneRouting routing = site.hasZones() ? new ZoneRouting(site, endpoints) : null;
        return new FlowResult(
                site,
                catalog,
                sorted,
                sections,
                endpoints,
                routing,
                () -> Findings.of(site, catalog, sections, routing, sorted),
                () -> links(sorted),
                byRule,
                changed != null);
    }

    /**
     * A section's flows in {@link #ORDER_WITHIN_SECTION} after an edit, without sorting them all: the kept
     * ones are already in that order in the previous result, so only the made ones are sorted and merged in.
     * No two flows of a result compare equal (one per source, destination, transport and port), so this is
     * the order a full sort gives. The kept ones are exactly those {@link #changedFlows} keeps: the previous
     * result's flows of a rule that applies, with no changed end (FlowEngineIncrementalTest).
     */
    private static List<Flow> keptInOrder(
            SiteView view, List<Flow> previousSlice, Set<Rule> shown, List<Flow> sectionFlows) {
        List<Flow> made = new ArrayList<>();
        for (Flow f : sectionFlows) {
            if (view.changed(f.source()) || view.changed(f.destination())) {
                made.add(f);
            }
        }
        made.sort(ORDER_WITHIN_SECTION);
        List<Flow> out = new ArrayList<>(sectionFlows.size());
        int m = 0;
        for (Flow f : previousSlice) {
            if (view.changed(f.source()) || view.changed(f.destination()) || !shown.contains(f.rule())) {
                continue; // made again, or its rule no longer applies
            }
            while (m < made.size() && ORDER_WITHIN_SECTION.compare(made.get(m), f) < 0) {
                out.add(made.get(m++));
            }
            out.add(f);
        }
        out.addAll(made.subList(m, made.size()));
        return out;
    }

    /**
     * Every rule's flows, in the catalog's order: the JGraphT multigraph holds one edge per (source,
     * destination, transport, port), so a second rule asking for a flow already there adds nothing.
     */
    private Map<Rule, List<Flow>> allFlows(SiteView view) {
        Graph<Endpoint, Flow> graph = new FlowGraph();
        view.deviceEndpoints.values().forEach(graph::addVertex);
        Map<Rule, List<Flow>> byRule = new IdentityHashMap<>();
        for (Rule rule : catalog.rules()) {
            List<Flow> ruleFlows = new ArrayList<>();
            if (unmetSiteCondition(rule, view) == null) {
                addFlows(rule, view, false, (from, to) -> {
                    for (String transport : rule.transports()) {
                        add(graph, ruleFlows, new Flow(rule, from, to, transport, rule.port()));
                    }
                });
            }
            byRule.put(rule, ruleFlows);
        }
        return byRule;
    }

    /**
     * Every rule's flows after an edit: the previous result's flows between unchanged devices, and the
     * flows with a changed device at either end made again. Those two never share a flow (one with a
     * changed end is never kept), so only the made ones need the one-edge-per-flow check, in catalog order.
     */
    private Map<Rule, List<Flow>> changedFlows(SiteView view, FlowResult previous, Set<String> changed) {
        Set<Flow> made = new HashSet<>();
        Map<Rule, List<Flow>> byRule = new IdentityHashMap<>();
        for (Rule rule : catalog.rules()) {
            List<Flow> ruleFlows = new ArrayList<>();
            if (unmetSiteCondition(rule, view) == null) {
                for (Flow f : previous.ruleFlows(rule)) {
                    if (!view.changed(f.source()) && !view.changed(f.destination())) {
                        ruleFlows.add(f);
                    }
                }
                addFlows(rule, view, true, (from, to) -> {
                    for (String transport : rule.transports()) {
                        Flow f = new Flow(rule, from, to, transport, rule.port());
                        if (made.add(f)) {
                            ruleFlows.add(f);
                        }
                    }
                });
            }
            byRule.put(rule, ruleFlows);
        }
        return byRule;
    }

    /**
     * The (source, destination) pairs a rule asks for on this site, given to {@code out} before the rule's
     * transports are spelled out; sources in id order; with
     * {@code changedOnly}, only those with a changed device at either end.
     */
    private void addFlows(Rule rule, SiteView view, boolean changedOnly, BiConsumer<Endpoint, Endpoint> out) {
        List<Device> sources = sources(rule, view);
        if (rule.pairing() == Pairing.SERVED) {
            addServedFlows(rule, view, sources, changedOnly, out);
            return;
        }
        List<Endpoint> destinations = view.destinations(rule);
        List<Endpoint> changedDestinations =
                changedOnly ? destinations.stream().filter(view::changed).toList() : destinations;
        for (Device source : sources) {
            Endpoint from = view.deviceEndpoints.get(source.id());
            for (Endpoint to : view.changed(from) ? destinations : changedDestinations) {
                if (!to.equals(from)) {
                    out.accept(from, to);
                }
            }
        }
    }

    /** The rule's source devices: its role's, only admin PCs or servers on a digital Wowza key where it says so. */
    private static List<Device> sources(Rule rule, SiteView view) {
        List<Device> sources = view.devices(rule.source());
        if (rule.when().contains(Condition.ADMIN_ONLY)) {
            sources = sources.stream().filter(Device::admin).toList();
        }
        if (rule.when().contains(Condition.DIGITAL_WOWZA_KEY)) {
            sources = sources.stream()
                    .filter(d -> view.site.effectiveWowzaKey(d) == WowzaKey.DIGITAL)
                    .toList();
        }
        return sources;
    }

    /** Cameras are reached by the server that serves them; BEAM devices reach the server that serves them. */
    private static void addServedFlows(
            Rule rule, SiteView view, List<Device> sources, boolean changedOnly, BiConsumer<Endpoint, Endpoint> out) {
        boolean sourceIsServed = rule.source() == Role.CAMERA || rule.source() == Role.BEAM;
        if (sourceIsServed) {
            for (Device served : sources) {
                Device server = view.site.servingServer(served).orElse(null);
                if (server != null && view.matches(server, rule.destination())) {
                    pair(view, changedOnly, out, served, server);
                }
            }
            return;
        }
        Set<String> sourceIds = new HashSet<>();
        sources.forEach(d -> sourceIds.add(d.id()));
        for (Device served : view.devices(rule.destination())) {
            Device server = view.site.servingServer(served).orElse(null);
            if (server != null && sourceIds.contains(server.id())) {
                pair(view, changedOnly, out, server, served);
            }
        }
    }

    private static void pair(
            SiteView view, boolean changedOnly, BiConsumer<Endpoint, Endpoint> out, Device source, Device destination) {
        Endpoint from = view.deviceEndpoints.get(source.id());
        Endpoint to = view.deviceEndpoints.get(destination.id());
        if (!changedOnly || view.changed(from) || view.changed(to)) {
            out.accept(from, to);
        }
    }

    /** One edge per (source, destination, transport, port): a second rule asking for the same flow adds nothing. */
    private static void add(Graph<Endpoint, Flow> graph, List<Flow> out, Flow flow) {
        if (!flow.destination().type().isDevice()) {
            graph.addVertex(flow.destination()); // devices are vertices already; outside hosts join on first use
        }
        if (graph.addEdge(flow.source(), flow.destination(), flow)) {
            out.add(flow);
        }
    }

    /**
     * The outside hosts (Internet hosts, DNS servers) in order of first use: by the first rule, in catalog
     * order, that has a source for them, then in that rule's order of hosts.
     */
    private List<Endpoint> outsideHosts(SiteView view) {
        Set<Endpoint> hosts = new LinkedHashSet<>();
        for (Rule rule : catalog.rules()) {
            if ((rule.destination() == Role.INTERNET || rule.destination() == Role.DNS)
                    && rule.pairing() != Pairing.SERVED
                    && !rule.transports().isEmpty()
                    && unmetSiteCondition(rule, view) == null
                    && !sources(rule, view).isEmpty()) {
                hosts.addAll(view.destinations(rule));
            }
        }
        return List.copyOf(hosts);
    }

    private String unmetSiteCondition(Rule rule, SiteView view) {
        for (Condition c : Condition.values()) {
            if (rule.when().contains(c) && !view.holds(c)) {
                return catalog.omittedBecause().get(c);
            }
        }
        return null;
    }

    private String whyNoFlows(Rule rule, SiteView view) {
        if (view.devices(rule.source()).isEmpty()) {
            return catalog.noDevices().get(rule.source());
        }
        if (rule.when().contains(Condition.ADMIN_ONLY)) {
            return catalog.omittedBecause().get(Condition.ADMIN_ONLY);
        }
        if (rule.when().contains(Condition.DIGITAL_WOWZA_KEY)) {
            return catalog.omittedBecause().get(Condition.DIGITAL_WOWZA_KEY);
        }
        String noDestination = catalog.noDevices().get(rule.destination());
        return noDestination != null ? noDestination : "Nothing in this site needs it.";
    }

    private static List<MatrixRow> matrixRows(Rule rule, List<Flow> flows) {
        int flowCount = flows.size();
        if (rule.destination() != Role.INTERNET) {
            return List.of(new MatrixRow(
                    rule,
                    rule.portLabel(),
                    rule.protocol(),
                    rule.service(),
                    rule.pageSource(),
                    rule.pageDestination(),
                    rule.mark(),
                    rule.subheading(),
                    rule.note(),
                    flowCount));
        }
        Map<String, Integer> perHost = new HashMap<>();
        flows.forEach(f -> perHost.merge(f.destination().id(), 1, Integer::sum));
        List<MatrixRow> rows = new ArrayList<>();
        for (int i = 0; i < rule.hosts().size(); i++) {
            String host = rule.hosts().get(i);
            String note = rule.hostNotes().getOrDefault(host, rule.note());
            rows.add(new MatrixRow(
                    rule,
                    rule.portLabel(),
                    rule.protocol(),
                    rule.service(),
                    rule.pageSource(),
                    rule.pageHostUrls().get(i),
                    rule.mark(),
                    rule.subheading(),
                    note,
                    perHost.getOrDefault(host, 0)));
        }
        return rows;
    }

    /** Groups the flows by (source, destination), keeping result order: the graph's edges between each pair. */
    private static List<Link> links(List<Flow> flows) {
        Map<Pair, List<Flow>> between = new LinkedHashMap<>(flows.size());
        List<Flow> run = null;
        Flow previous = null;
        for (Flow f : flows) {
            // flows are sorted by source and destination within a section: look a pair up once per run
            if (previous == null || f.source() != previous.source() || f.destination() != previous.destination()) {
                run = between.computeIfAbsent(new Pair(f.source(), f.destination()), k -> new ArrayList<>(4));
            }
            run.add(f);
            previous = f;
        }
        List<Link> links = new ArrayList<>(between.size());
        for (Map.Entry<Pair, List<Flow>> e : between.entrySet()) {
            List<Flow> pairFlows = e.getValue();
            pairFlows.sort(BY_TRANSPORT_AND_PORT);
            links.add(new Link(e.getKey().source(), e.getKey().destination(), pairFlows));
        }
        return links;
    }

    private static final Comparator<Flow> BY_TRANSPORT_AND_PORT = (a, b) -> {
        int c = a.transport().compareTo(b.transport());
        return c != 0 ? c : Integer.compare(a.port(), b.port());
    };

    private record Pair(Endpoint source, Endpoint destination) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Pair p && source.equals(p.source) && destination.equals(p.destination);
        }

        @Override
        public int hashCode() {
            return 31 * source.hashCode() + destination.hashCode();
        }
    }

    /**
     * A JGraphT directed multigraph without the (source, destination) edge index of the default strategy:
     * the engine never asks for the edges between two given vertices, and that index costs an object pair
     * and a set per flow.
     */
    private static final class FlowGraph extends AbstractBaseGraph<Endpoint, Flow> {
        private static final long serialVersionUID = 1L;

        FlowGraph() {
            super(null, null, DefaultGraphType.directedMultigraph(), new DefaultGraphSpecificsStrategy<>());
        }
    }

    private static final Comparator<Device> BY_ID =
            Comparator.comparing(Device::id, Comparator.nullsFirst(Comparator.naturalOrder()));

    /**
     * The site indexed once per computation: devices by role, endpoints by id. After an edit, the unchanged
     * devices and the outside hosts keep the previous result's endpoints, so kept flows and made ones share
     * them.
     */
    private static final class SiteView {
        final Site site;
        final Map<String, Endpoint> deviceEndpoints = new LinkedHashMap<>();
        final Map<DeviceType, List<Device>> byType = new HashMap<>();
        final List<Device> servers = new ArrayList<>();
        private final Set<String> changed;
        private final Map<Endpoint, Endpoint> previous = new HashMap<>();

        /** With the previous result's endpoints and the changed device ids, or none and null. */
        SiteView(Site site, List<Endpoint> previousEndpoints, Set<String> changed) {
            this.site = site;
            this.changed = changed;
            for (Endpoint e : previousEndpoints) {
                if (!e.type().isDevice() || !changed.contains(e.id())) {
                    previous.put(e, e);
                }
            }
            for (DeviceType t : DeviceType.values()) {
                byType.put(t, new ArrayList<>());
            }
            for (Device d : site.devices()) {
                Endpoint e = Endpoint.of(d);
                if (deviceEndpoints.putIfAbsent(d.id(), previous.getOrDefault(e, e)) != null) {
                    continue; // a duplicate id is reported as an error; the first one wins
                }
                byType.get(d.type()).add(d);
                if (d.type().isServer()) {
                    servers.add(d);
                }
            }
            // Flows are made in id order so that each rule's flows arrive already sorted and the section's
            // sort only merges runs: the order of the result never depends on this, only the time it takes.
            byType.values().forEach(list -> list.sort(BY_ID));
            servers.sort(BY_ID);
        }

        /** Whether the edit changed this device's flows (never for an outside host). */
        boolean changed(Endpoint e) {
            return changed != null && e.type().isDevice() && changed.contains(e.id());
        }

        List<Device> devices(Role role) {
            return switch (role) {
                case CLIENT -> byType.get(DeviceType.CLIENT);
                case APPLICATION_SERVER -> byType.get(DeviceType.APPLICATION_SERVER);
                case MEDIA_SERVER -> byType.get(DeviceType.MEDIA_SERVER);
                case SERVER -> servers;
                case CAMERA -> byType.get(DeviceType.CAMERA);
                case BEAM -> byType.get(DeviceType.BEAM);
                case INTERNET, DNS -> List.of();
            };
        }

        boolean matches(Device d, Role role) {
            return switch (role) {
                case SERVER -> d.type().isServer();
                case APPLICATION_SERVER -> d.type() == DeviceType.APPLICATION_SERVER;
                case MEDIA_SERVER -> d.type() == DeviceType.MEDIA_SERVER;
                default -> false;
            };
        }

        List<Endpoint> destinations(Rule rule) {
            return switch (rule.destination()) {
                case INTERNET ->
                    rule.hosts().stream()
                            .map(Endpoint::internet)
                            .map(this::shared)
                            .toList();
                case DNS ->
                    site.settings().dnsServers().stream()
                            .distinct()
                            .map(Endpoint::dns)
                            .map(this::shared)
                            .toList();
                default ->
                    devices(rule.destination()).stream()
                            .map(d -> deviceEndpoints.get(d.id()))
                            .toList();
            };
        }

        private Endpoint shared(Endpoint e) {
            return previous.getOrDefault(e, e);
        }

        boolean holds(Condition c) {
            return switch (c) {
                case SSL_ON -> site.settings().sslEnabled();
                case SSL_OFF -> !site.settings().sslEnabled();
                case ONLINE_UPDATES -> site.settings().updatesEnabled();
                case MEDIA_SERVERS_PRESENT ->
                    !byType.get(DeviceType.MEDIA_SERVER).isEmpty();
                case ADMIN_ONLY, DIGITAL_WOWZA_KEY -> true; // decided per source device
            };
        }
    }
}
