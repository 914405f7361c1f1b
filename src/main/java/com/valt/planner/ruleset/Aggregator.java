package com.valt.planner.ruleset;

import com.valt.planner.domain.Firewall;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Folds the flows one firewall carries into few rules whose sources x destinations x ports are exactly
 * those flows (zones.md, "One rule set per firewall, aggregated and exact").
 *
 * <p>How: flows are split into lanes that never share a rule (in and out interface, section of
 * flows.md, transport, port, and whether each end is addresses or host names). In a lane the flows
 * are a relation between sources and destinations; sources with the same set of destinations become
 * one block (or destinations with the same set of sources, whichever gives fewer), and every block is
 * a full product, so nothing is added. Blocks of one section with the same sources and destinations
 * then share one rule, their ports joined. Each step sorts or hashes the flows: n log n at most, never
 * quadratic.
 */
public final class Aggregator {
    private final Map<AtomKey, Atom> atoms = new HashMap<>();
    private final Map<Match, Atom> byMatch = new java.util.IdentityHashMap<>(); // callers reuse Match objects
    private final List<Atom> atomList = new ArrayList<>();
    private final Map<LaneKey, Lane> lanes = new LinkedHashMap<>();
    private final Map<Integer, String> ruleIds = new TreeMap<>();
    private final Map<AtomSet, Content> contents = new HashMap<>();
    private final Map<String, AddressObject> objects = new HashMap<>();

    private Aggregator() {}

    /** The rule set of one firewall from the flows it carries. */
    public static FirewallRuleSet aggregate(Firewall firewall, List<CarriedFlow> flows) {
        Aggregator a = new Aggregator();
        for (CarriedFlow f : flows) {
            a.add(f);
        }
        return new FirewallRuleSet(firewall, a.rules());
    }

    private record AtomKey(AddressObject.Kind kind, List<String> members) {}

    /** One distinct end: an address, a zone's networks, or a host name; with who it stands for. */
    private static final class Atom {
        final int id;
        final Match first;
        final List<IpRange> ranges;
        final Set<String> roles = new TreeSet<>();
        final Set<String> servers = new TreeSet<>();
        final Set<String> zones = new TreeSet<>();
        final Set<String> byZoneDevices = new LinkedHashSet<>();

        Atom(int id, Match m) {
            this.id = id;
            this.first = m;
            List<IpRange> parsed = new ArrayList<>(m.members().size());
            if (m.kind() == AddressObject.Kind.CIDRS) {
                for (String member : m.members()) {
                    parsed.add(Cidrs.parse(member));
                }
            }
            this.ranges = parsed;
        }

        void see(Match m) {
            roles.add(m.role());
            if (m.server() != null) {
                servers.add(m.server());
            }
            if (m.zone() != null) {
                zones.add(m.zone());
            }
            if (m.byZone() && m.deviceId() != null) {
                byZoneDevices.add(m.deviceId());
            }
        }
    }

    private record LaneKey(
            String in,
            String out,
            String section,
            String transport,
            int port,
            AddressObject.Kind sourceKind,
            AddressObject.Kind destinationKind) {}

    /**
     * The flows of one lane, as (source atom, destination atom) pairs with each flow's order and catalog
     * rule, in arrival order. A pair is there more than once when ends share an atom (two devices matched
     * by one zone's networks); primitive arrays, as a lane can hold tens of thousands of flows.
     */
    private static final class Lane {
        long[] pairs = new long[16];
        int[] orders = new int[16];
        int[] ruleOrders = new int[16];
        int size;

        void add(int source, int destination, int order, int ruleOrder) {
            if (size == pairs.length) {
                int n = size * 2;
                pairs = Arrays.copyOf(pairs, n);
                orders = Arrays.copyOf(orders, n);
                ruleOrders = Arrays.copyOf(ruleOrders, n);
            }
            pairs[size] = (long) source << 32 | destination;
            orders[size] = order;
            ruleOrders[size] = ruleOrder;
            size++;
        }

        static int source(long pair) {
            return (int) (pair >>> 32);
        }

        static int destination(long pair) {
            return (int) pair;
        }
    }

    /**
     * The lanes of the latest flows, the oldest overwritten first: flows come device pair by device pair, each
     * pair over a handful of ports, so most flows find their lane here without making a key for the map.
     */
    private static final int RECENT = 32;

    private final LaneKey[] recentKeys = new LaneKey[RECENT];
    private final Lane[] recentLanes = new Lane[RECENT];
    private int recentNext;
    /** The catalog rule of the latest flow, whose id {@link #ruleIds} already holds. */
    private int lastRuleOrder = -1;

    private Atom atom(Match m) {
        Atom known = byMatch.get(m);
        if (known != null) {
            return known;
        }
        Atom a = atoms.computeIfAbsent(new AtomKey(m.kind(), m.members()), k -> {
            Atom n = new Atom(atomList.size(), m);
            atomList.add(n);
            return n;
        });
        a.see(m);
        byMatch.put(m, a);
        return a;
    }

    private void add(CarriedFlow f) {
        Atom s = atom(f.source());
        Atom d = atom(f.destination());
        Lane lane = null;
        for (int i = 0; i < RECENT && lane == null; i++) {
            if (sameLane(recentKeys[i], f)) {
                lane = recentLanes[i];
            }
        }
        if (lane == null) {
            LaneKey key = new LaneKey(
                    f.inInterface(),
                    f.outInterface(),
                    f.section(),
                    f.transport(),
                    f.port(),
                    f.source().kind(),
                    f.destination().kind());
            lane = lanes.computeIfAbsent(key, k -> new Lane());
            recentKeys[recentNext] = key;
            recentLanes[recentNext] = lane;
            recentNext = (recentNext + 1) % RECENT;
        }
        lane.add(s.id, d.id, f.order(), f.ruleOrder());
        if (f.ruleOrder() != lastRuleOrder) { // flows come rule by rule: the map only for a new one
            lastRuleOrder = f.ruleOrder();
            ruleIds.putIfAbsent(f.ruleOrder(), f.ruleId());
        }
    }

    /** True when the flow's lane is that key's; the same strings, so identity first. */
    private static boolean sameLane(LaneKey k, CarriedFlow f) {
        return k != null
                && k.port() == f.port()
                && k.sourceKind() == f.source().kind()
                && k.destinationKind() == f.destination().kind()
                && same(k.in(), f.inInterface())
                && same(k.out(), f.outInterface())
                && same(k.section(), f.section())
                && same(k.transport(), f.transport());
    }

    private static boolean same(String a, String b) {
        return a == b || a.equals(b);
    }

    /** A sorted set of atom ids, usable as a key. */
    private record AtomSet(int[] ids) {
        @Override
        public boolean equals(Object o) {
            return o instanceof AtomSet a && Arrays.equals(ids, a.ids);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(ids);
        }
    }

    /** What a set of atoms is as an address object: its members as written, and a key for comparing. */
    private record Content(AddressObject.Kind kind, List<String> members) {
        String key() {
            return kind + ":" + String.join(" ", members);
        }
    }

    private Content content(AtomSet set) {
        return contents.computeIfAbsent(set, s -> {
            Atom first = atomList.get(s.ids()[0]);
            if (first.first.kind() == AddressObject.Kind.HOST_NAMES) {
                TreeSet<String> names = new TreeSet<>();
                for (int id : s.ids()) {
                    names.add(atomList.get(id).first.members().get(0));
                }
                return new Content(AddressObject.Kind.HOST_NAMES, List.copyOf(names));
            }
            List<IpRange> ranges = new ArrayList<>();
            for (int id : s.ids()) {
                ranges.addAll(atomList.get(id).ranges);
            }
            return new Content(AddressObject.Kind.CIDRS, Cidrs.fold(ranges));
        });
    }

    /** A full product of sources and destinations, and what its cells carry together. */
    private static final class Block {
        final int[] sources;
        final int[] destinations;
        int flows;
        int firstOrder = Integer.MAX_VALUE;
        final BitSet rules = new BitSet(64);

        Block(int[] sources, int[] destinations) {
            this.sources = sources;
            this.destinations = destinations;
        }
    }

    /**
     * One relation's blocks: sources grouped by their destinations, or the other way, whichever is fewer.
     * Each flow is in exactly one block (that of its grouped end), which adds up its flows and rules.
     */
    private List<Block> blocks(Lane lane) {
        long[] forward = distinct(Arrays.copyOf(lane.pairs, lane.size));
        long[] backward = new long[forward.length];
        for (int i = 0; i < forward.length; i++) {
            backward[i] = (long) Lane.destination(forward[i]) << 32 | Lane.source(forward[i]);
        }
        Arrays.sort(backward);
        Block[] bySource = new Block[atomList.size()];
        Block[] byDestination = new Block[atomList.size()];
        List<Block> forwardBlocks = group(forward, false, bySource);
        List<Block> backwardBlocks = group(backward, true, byDestination);
        boolean swapped = backwardBlocks.size() < forwardBlocks.size();
        for (int i = 0; i < lane.size; i++) {
            long p = lane.pairs[i];
            Block b = swapped ? byDestination[Lane.destination(p)] : bySource[Lane.source(p)];
            b.flows++;
            b.firstOrder = Math.min(b.firstOrder, lane.orders[i]);
            b.rules.set(lane.ruleOrders[i]);
        }
        return swapped ? backwardBlocks : forwardBlocks;
    }

    /** Sorts the pairs and drops repeats. */
    private static long[] distinct(long[] pairs) {
        Arrays.sort(pairs);
        int n = 0;
        for (int i = 0; i < pairs.length; i++) {
            if (n == 0 || pairs[i] != pairs[n - 1]) {
                pairs[n++] = pairs[i];
            }
        }
        return n == pairs.length ? pairs : Arrays.copyOf(pairs, n);
    }

    /**
     * Groups the ends of sorted (end, neighbour) pairs by their set of neighbours, in order of end; notes
     * each end's block.
     */
    private static List<Block> group(long[] pairs, boolean swapped, Block[] blockOf) {
        Map<AtomSet, List<Integer>> byNeighbours = new LinkedHashMap<>();
        int start = 0;
        while (start < pairs.length) {
            int end = (int) (pairs[start] >>> 32);
            int stop = start;
            while (stop < pairs.length && (int) (pairs[stop] >>> 32) == end) {
                stop++;
            }
            int[] neighbours = new int[stop - start];
            for (int j = start; j < stop; j++) {
                neighbours[j - start] = (int) pairs[j];
            }
            byNeighbours
                    .computeIfAbsent(new AtomSet(neighbours), k -> new ArrayList<>())
                    .add(end);
            start = stop;
        }
        List<Block> out = new ArrayList<>();
        for (Map.Entry<AtomSet, List<Integer>> e : byNeighbours.entrySet()) {
            int[] side = e.getValue().stream().mapToInt(Integer::intValue).toArray();
            int[] other = e.getKey().ids();
            Block b = swapped ? new Block(other, side) : new Block(side, other);
            out.add(b);
            for (int id : side) {
                blockOf[id] = b;
            }
        }
        return out;
    }

    private record MergeKey(
            String in, String out, String section, String transport, String sources, String destinations) {}

    /** The rule-to-be: blocks of one section with the same sources and destinations, their ports joined. */
    private static final class Draft {
        final MergeKey key;
        final Content sources;
        final Content destinations;
        final Set<Integer> sourceAtoms = new TreeSet<>();
        final Set<Integer> destinationAtoms = new TreeSet<>();
        final TreeSet<Integer> ports = new TreeSet<>();
        final BitSet rules = new BitSet();
        int flows;
        int firstOrder = Integer.MAX_VALUE;

        Draft(MergeKey key, Content sources, Content destinations) {
            this.key = key;
            this.sources = sources;
            this.destinations = destinations;
        }
    }

    private List<FirewallRule> rules() {
        Map<MergeKey, Draft> drafts = new LinkedHashMap<>();
        for (Map.Entry<LaneKey, Lane> lane : lanes.entrySet()) {
            LaneKey k = lane.getKey();
            for (Block b : blocks(lane.getValue())) {
                Content src = content(new AtomSet(b.sources));
                Content dst = content(new AtomSet(b.destinations));
                MergeKey mk = new MergeKey(k.in(), k.out(), k.section(), k.transport(), src.key(), dst.key());
                Draft draft = drafts.computeIfAbsent(mk, x -> new Draft(x, src, dst));
                draft.ports.add(k.port());
                for (int s : b.sources) {
                    draft.sourceAtoms.add(s);
                }
                for (int d : b.destinations) {
                    draft.destinationAtoms.add(d);
                }
                draft.flows += b.flows;
                draft.firstOrder = Math.min(draft.firstOrder, b.firstOrder);
                draft.rules.or(b.rules);
            }
        }
        List<Draft> ordered = widen(new ArrayList<>(drafts.values()));
        ordered.sort(Comparator.<Draft>comparingInt(d -> d.firstOrder)
                .thenComparing(d -> d.key.in())
                .thenComparing(d -> d.key.out())
                .thenComparing(d -> d.key.transport())
                .thenComparing(d -> d.ports.first())
                .thenComparing(d -> d.key.sources())
                .thenComparing(d -> d.key.destinations()));
        Names names = new Names();
        List<FirewallRule> rules = new ArrayList<>();
        for (Draft d : ordered) {
            rules.add(rule(rules.size() + 1, d, names));
        }
        return rules;
    }

    /**
     * Joins rules that differ in one side only: same sources and ports, different destinations (and
     * then the other way), as long as that changes something. Exact: S x D1 x P and S x D2 x P together
     * are S x (D1 + D2) x P. Catches what the per-port blocks cannot see, e.g. a zone's network that
     * reaches several servers through different lanes of atoms.
     */
    private List<Draft> widen(List<Draft> drafts) {
        for (int round = 0; round < 4; round++) {
            int before = drafts.size();
            drafts = join(drafts, true);
            drafts = join(drafts, false);
            if (drafts.size() == before) {
                break;
            }
        }
        return drafts;
    }

    private record Side(
            String in,
            String out,
            String section,
            String transport,
            String kept,
            String otherKind,
            Set<Integer> ports) {}

    private List<Draft> join(List<Draft> drafts, boolean keepSources) {
        Map<Side, List<Draft>> groups = new LinkedHashMap<>();
        for (Draft d : drafts) {
            MergeKey k = d.key;
            Side side = keepSources
                    ? new Side(
                            k.in(),
                            k.out(),
                            k.section(),
                            k.transport(),
                            k.sources(),
                            d.destinations.kind().name(),
                            d.ports)
                    : new Side(
                            k.in(),
                            k.out(),
                            k.section(),
                            k.transport(),
                            k.destinations(),
                            d.sources.kind().name(),
                            d.ports);
            groups.computeIfAbsent(side, x -> new ArrayList<>()).add(d);
        }
        List<Draft> out = new ArrayList<>();
        for (List<Draft> group : groups.values()) {
            if (group.size() == 1) {
                out.add(group.get(0));
                continue;
            }
            Set<Integer> sourceAtoms = new TreeSet<>();
            Set<Integer> destinationAtoms = new TreeSet<>();
            group.forEach(d -> {
                sourceAtoms.addAll(d.sourceAtoms);
                destinationAtoms.addAll(d.destinationAtoms);
            });
            Draft first = group.get(0);
            Content src = keepSources ? first.sources : content(atomSet(sourceAtoms));
            Content dst = keepSources ? content(atomSet(destinationAtoms)) : first.destinations;
            MergeKey k = first.key;
            Draft joined = new Draft(
                    new MergeKey(k.in(), k.out(), k.section(), k.transport(), src.key(), dst.key()), src, dst);
            joined.sourceAtoms.addAll(sourceAtoms);
            joined.destinationAtoms.addAll(destinationAtoms);
            joined.ports.addAll(first.ports);
            for (Draft d : group) {
                joined.flows += d.flows;
                joined.firstOrder = Math.min(joined.firstOrder, d.firstOrder);
                joined.rules.or(d.rules);
            }
            out.add(joined);
        }
        return out;
    }

    private static AtomSet atomSet(Set<Integer> ids) {
        return new AtomSet(ids.stream().mapToInt(Integer::intValue).toArray());
    }

    private FirewallRule rule(int number, Draft d, Names names) {
        AddressObject src = object(d.sources, d.sourceAtoms, names);
        AddressObject dst = object(d.destinations, d.destinationAtoms, names);
        List<PortRange> ports = PortRanges.of(d.ports);
        ServiceObject service = new ServiceObject(
                names.service(d.key.transport(), ports, d.key.transport() + ports), d.key.transport(), ports);
        List<String> catalog = d.rules.stream().mapToObj(ruleIds::get).toList();
        List<String> notes = new ArrayList<>();
        if (src.note() != null) {
            notes.add(src.note());
        }
        if (dst.note() != null && !notes.contains(dst.note())) {
            notes.add(dst.note());
        }
        if (dst.isHostNames()) {
            notes.set(
                    notes.indexOf(dst.note()),
                    "outside hosts by name: an FQDN object where the platform has them, "
                            + "otherwise any address through " + d.key.out());
        }
        String name = "valt-" + number + "-" + src.name().substring(5) + "-to-"
                + dst.name().substring(5);
        return new FirewallRule(number, name, d.key.in(), d.key.out(), src, dst, service, catalog, d.flows, notes);
    }

    /** One object per content (named and noted by the first rule that uses it): one name, one content. */
    private AddressObject object(Content content, Set<Integer> atomIds, Names names) {
        AddressObject known = objects.get(content.key());
        if (known == null) {
            known = newObject(content, atomIds, names);
            objects.put(content.key(), known);
        }
        return known;
    }

    private AddressObject newObject(Content content, Set<Integer> atomIds, Names names) {
        Set<String> roles = new TreeSet<>();
        Set<String> servers = new TreeSet<>();
        Set<String> zones = new TreeSet<>();
        Map<String, Set<String>> byZone = new TreeMap<>(); // zone -> devices without an address
        for (int id : atomIds) {
            Atom a = atomList.get(id);
            roles.addAll(a.roles);
            servers.addAll(a.servers);
            zones.addAll(a.zones);
            if (!a.byZoneDevices.isEmpty()) {
                String zone = a.zones.isEmpty() ? "?" : String.join("/", a.zones);
                byZone.computeIfAbsent(
                                zone + " (" + String.join(" ", a.first.members()) + ")", k -> new LinkedHashSet<>())
                        .addAll(a.byZoneDevices);
            }
        }
        String name = names.address(new Names.Labels(roles, servers, zones, !byZone.isEmpty()), content.key());
        String note = null;
        if (content.kind() == AddressObject.Kind.HOST_NAMES) {
            note = "outside hosts by name: an FQDN object where the platform has them, otherwise any address "
                    + "through the out interface";
        } else if (!byZone.isEmpty()) {
            List<String> parts = new ArrayList<>();
            byZone.forEach((zone, devices) -> parts.add(Notes.devices(devices) + " matched by zone " + zone));
            note = "no address: " + String.join("; ", parts);
        }
        return new AddressObject(name, content.kind(), content.members(), note);
    }
}
