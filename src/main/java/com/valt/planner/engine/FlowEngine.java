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
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
        SiteView view = new SiteView(site);
        Graph<Endpoint, Flow> graph = new FlowGraph();
        view.deviceEndpoints.values().forEach(graph::addVertex);

        List<Flow> flows = new ArrayList<>();
        List<SectionResult> sections = new ArrayList<>();
        for (Section section : catalog.sections()) {
            List<MatrixRow> rows = new ArrayList<>();
            List<Omission> omitted = new ArrayList<>();
            List<Flow> sectionFlows = new ArrayList<>();
            for (Rule rule : section.rules()) {
                String unmet = unmetSiteCondition(rule, view);
                if (unmet != null) {
                    omitted.add(new Omission(rule, unmet));
                    continue;
                }
                int before = sectionFlows.size();
                Map<String, Integer> perHost = new LinkedHashMap<>();
                addFlows(rule, view, graph, sectionFlows, perHost);
                int added = sectionFlows.size() - before;
                if (added == 0) {
                    omitted.add(new Omission(rule, whyNoFlows(rule, view)));
                } else {
                    rows.addAll(matrixRows(rule, added, perHost));
                }
            }
            sectionFlows.sort(ORDER_WITHIN_SECTION);
            flows.addAll(sectionFlows);
            sections.add(new SectionResult(section, rows, omitted, sectionFlows.size()));
        }
        List<Flow> sorted = List.copyOf(flows);
        List<Endpoint> endpoints = new ArrayList<>(graph.vertexSet());
        ZoneRouting routing = site.hasZones() ? new ZoneRouting(site, endpoints) : null;
        return new FlowResult(
                site,
                catalog,
                sorted,
                sections,
                endpoints,
                routing,
                () -> Findings.of(site, catalog, sections, routing, sorted),
                () -> links(sorted));
    }

    private void addFlows(
            Rule rule, SiteView view, Graph<Endpoint, Flow> graph, List<Flow> out, Map<String, Integer> perHost) {
        List<Device> sources = view.devices(rule.source());
        if (rule.when().contains(Condition.ADMIN_ONLY)) {
            sources = sources.stream().filter(Device::admin).toList();
        }
        if (rule.when().contains(Condition.DIGITAL_WOWZA_KEY)) {
            sources = sources.stream()
                    .filter(d -> view.site.effectiveWowzaKey(d) == WowzaKey.DIGITAL)
                    .toList();
        }
        if (rule.pairing() == Pairing.SERVED) {
            addServedFlows(rule, view, graph, out, sources);
            return;
        }
        List<Endpoint> destinations = view.destinations(rule);
        for (Device source : sources) {
            Endpoint from = view.deviceEndpoints.get(source.id());
            for (Endpoint to : destinations) {
                if (to.equals(from)) {
                    continue;
                }
                for (String transport : rule.transports()) {
                    if (add(graph, out, new Flow(rule, from, to, transport, rule.port()))) {
                        perHost.merge(to.id(), 1, Integer::sum);
                    }
                }
            }
        }
    }

    /** Cameras are reached by the server that serves them; BEAM devices reach the server that serves them. */
    private void addServedFlows(
            Rule rule, SiteView view, Graph<Endpoint, Flow> graph, List<Flow> out, List<Device> sources) {
        boolean sourceIsServed = rule.source() == Role.CAMERA || rule.source() == Role.BEAM;
        if (sourceIsServed) {
            for (Device served : sources) {
                Device server = view.site.servingServer(served).orElse(null);
                if (server != null && view.matches(server, rule.destination())) {
                    addAll(
                            rule,
                            graph,
                            out,
                            view.deviceEndpoints.get(served.id()),
                            view.deviceEndpoints.get(server.id()));
                }
            }
            return;
        }
        Set<String> sourceIds = new HashSet<>();
        sources.forEach(d -> sourceIds.add(d.id()));
        for (Device served : view.devices(rule.destination())) {
            Device server = view.site.servingServer(served).orElse(null);
            if (server != null && sourceIds.contains(server.id())) {
                addAll(rule, graph, out, view.deviceEndpoints.get(server.id()), view.deviceEndpoints.get(served.id()));
            }
        }
    }

    private static void addAll(Rule rule, Graph<Endpoint, Flow> graph, List<Flow> out, Endpoint from, Endpoint to) {
        for (String transport : rule.transports()) {
            add(graph, out, new Flow(rule, from, to, transport, rule.port()));
        }
    }

    /** One edge per (source, destination, transport, port): a second rule asking for the same flow adds nothing. */
    private static boolean add(Graph<Endpoint, Flow> graph, List<Flow> out, Flow flow) {
        if (!flow.destination().type().isDevice()) {
            graph.addVertex(flow.destination()); // devices are vertices already; outside hosts join on first use
        }
        if (!graph.addEdge(flow.source(), flow.destination(), flow)) {
            return false;
        }
        out.add(flow);
        return true;
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

    private static List<MatrixRow> matrixRows(Rule rule, int flowCount, Map<String, Integer> perHost) {
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

    /** The site indexed once per computation: devices by role, endpoints by id. */
    private static final class SiteView {
        final Site site;
        final Map<String, Endpoint> deviceEndpoints = new LinkedHashMap<>();
        final Map<DeviceType, List<Device>> byType = new HashMap<>();
        final List<Device> servers = new ArrayList<>();

        SiteView(Site site) {
            this.site = site;
            for (DeviceType t : DeviceType.values()) {
                byType.put(t, new ArrayList<>());
            }
            for (Device d : site.devices()) {
                if (deviceEndpoints.putIfAbsent(d.id(), Endpoint.of(d)) != null) {
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
                case INTERNET -> rule.hosts().stream().map(Endpoint::internet).toList();
                case DNS ->
                    site.settings().dnsServers().stream()
                            .distinct()
                            .map(Endpoint::dns)
                            .toList();
                default ->
                    devices(rule.destination()).stream()
                            .map(d -> deviceEndpoints.get(d.id()))
                            .toList();
            };
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
