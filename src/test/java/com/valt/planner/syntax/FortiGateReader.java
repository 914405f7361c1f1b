package com.valt.planner.syntax;

import com.valt.planner.ruleset.PortRange;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a FortiGate file back into tuples (in/out = srcintf/dstintf). Only the config blocks and
 * settings the writer may use are accepted; names are quoted, at most 35 characters, defined once.
 */
final class FortiGateReader {
    private static final Set<String> BLOCKS = Set.of(
            "firewall address",
            "firewall address6",
            "firewall addrgrp",
            "firewall addrgrp6",
            "firewall service custom",
            "firewall policy");
    private final Map<String, List<String>> addresses = new HashMap<>();
    private final Map<String, List<PortRange>> services = new HashMap<>();
    private final Map<String, String> serviceProto = new HashMap<>();
    private final Set<Tuple> tuples = new LinkedHashSet<>();
    private final Set<String> policyNames = new HashSet<>();

    static Set<Tuple> read(String text) {
        return new FortiGateReader().parse(text);
    }

    private Set<Tuple> parse(String text) {
        String block = null;
        String entry = null;
        Map<String, List<String>> settings = new HashMap<>();
        for (String raw : text.split("\n", -1)) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            List<String> w = Tokens.of(line);
            if (w.get(0).equals("config")) {
                require(block == null, line);
                block = String.join(" ", w.subList(1, w.size()));
                require(BLOCKS.contains(block), line);
            } else if (w.get(0).equals("edit")) {
                require(block != null && entry == null && w.size() == 2, line);
                entry = w.get(1);
                require(block.equals("firewall policy") ? entry.equals("0") : raw.contains("\"" + entry + "\""), line);
                require(
                        entry.length() <= FortiGateSyntax.NAME_MAX && entry.matches("[A-Za-z0-9][A-Za-z0-9._-]*"),
                        line);
                settings = new HashMap<>();
            } else if (w.get(0).equals("set")) {
                require(entry != null && w.size() >= 3 && settings.put(w.get(1), w.subList(2, w.size())) == null, line);
            } else if (w.get(0).equals("next")) {
                require(entry != null, line);
                finishEntry(block, entry, settings);
                entry = null;
            } else if (w.get(0).equals("end")) {
                require(block != null && entry == null, line);
                block = null;
            } else {
                throw new AssertionError("not a FortiGate line this writer may produce: " + line);
            }
        }
        require(block == null, "unclosed config block");
        return tuples;
    }

    private void finishEntry(String block, String name, Map<String, List<String>> s) {
        switch (block) {
            case "firewall address" ->
                define(
                        name,
                        s.containsKey("fqdn") ? List.of("host:" + one(s, "fqdn")) : List.of(mask(s.get("subnet"))),
                        s,
                        Set.of("subnet", "type", "fqdn"));
            case "firewall address6" ->
                define(
                        name,
                        s.containsKey("fqdn")
                                ? List.of("host:" + one(s, "fqdn"))
                                : List.of(Cidr.parse(one(s, "ip6")).text()),
                        s,
                        Set.of("ip6", "type", "fqdn"));
            case "firewall addrgrp", "firewall addrgrp6" -> {
                List<String> members = new ArrayList<>();
                for (String m : s.get("member")) {
                    require(addresses.containsKey(m), "unknown member " + m);
                    members.addAll(addresses.get(m));
                }
                define(name, members, s, Set.of("member"));
            }
            case "firewall service custom" -> {
                require(one(s, "protocol").equals("TCP/UDP/SCTP") && s.size() == 2, name);
                String proto = s.containsKey("tcp-portrange") ? "TCP" : "UDP";
                List<PortRange> ports = new ArrayList<>();
                for (String p : s.get(proto.toLowerCase() + "-portrange")) {
                    String[] ab = p.split("-");
                    ports.add(new PortRange(Integer.parseInt(ab[0]), Integer.parseInt(ab[ab.length - 1])));
                }
                require(services.put(name, ports) == null, "service twice: " + name);
                serviceProto.put(name, proto);
            }
            case "firewall policy" -> policy(s);
            default -> throw new AssertionError(block);
        }
    }

    private void policy(Map<String, List<String>> s) {
        require(one(s, "action").equals("accept") && one(s, "schedule").equals("always"), "policy " + s);
        require(policyNames.add(one(s, "name")), "policy name twice: " + one(s, "name"));
        require(
                Set.of(
                                "name",
                                "srcintf",
                                "dstintf",
                                "action",
                                "srcaddr",
                                "dstaddr",
                                "srcaddr6",
                                "dstaddr6",
                                "schedule",
                                "service",
                                "comments")
                        .containsAll(s.keySet()),
                "policy " + s.keySet());
        require(
                s.containsKey("srcaddr") == s.containsKey("dstaddr")
                        && s.containsKey("srcaddr6") == s.containsKey("dstaddr6")
                        && (s.containsKey("srcaddr") || s.containsKey("srcaddr6")),
                "policy addresses " + s.keySet());
        String svc = one(s, "service");
        require(services.containsKey(svc), "unknown service " + svc);
        for (String fam : new String[] {"", "6"}) {
            if (s.containsKey("srcaddr" + fam)) {
                List<String> srcs = group(one(s, "srcaddr" + fam));
                List<String> dsts = group(one(s, "dstaddr" + fam));
                boolean v6 = fam.equals("6");
                srcs = srcs.stream()
                        .filter(a -> a.startsWith("host:") || a.contains(":") == v6)
                        .toList();
                dsts = dsts.stream()
                        .filter(a -> a.startsWith("host:") || a.contains(":") == v6)
                        .toList();
                Tuple.add(
                        tuples,
                        one(s, "srcintf"),
                        one(s, "dstintf"),
                        serviceProto.get(svc),
                        srcs,
                        dsts,
                        services.get(svc));
            }
        }
    }

    private List<String> group(String name) {
        require(addresses.containsKey(name), "unknown address " + name);
        return addresses.get(name);
    }

    private void define(String name, List<String> members, Map<String, List<String>> s, Set<String> keys) {
        require(keys.containsAll(s.keySet()), name + " " + s.keySet());
        require(addresses.put(name, members) == null, "address name twice: " + name);
    }

    private static String mask(List<String> subnet) {
        require(subnet != null && subnet.size() == 2, "subnet " + subnet);
        int bits = Long.bitCount(Cidr.parse(subnet.get(1)).network().longValue());
        Cidr c = Cidr.parse(subnet.get(0) + "/" + bits);
        require(c.netmask().equals(subnet.get(1)) && c.address().equals(subnet.get(0)), "subnet " + subnet);
        return c.text();
    }

    private static String one(Map<String, List<String>> s, String key) {
        List<String> v = s.get(key);
        require(v != null && v.size() == 1, key + " " + v);
        return v.get(0);
    }

    private static void require(boolean ok, String what) {
        if (!ok) {
            throw new AssertionError(what);
        }
    }
}
