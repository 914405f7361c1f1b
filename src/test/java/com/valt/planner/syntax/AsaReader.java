package com.valt.planner.syntax;

import com.valt.planner.ruleset.PortRange;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads an ASA file back into tuples (in = the nameif the access list is bound to, out = "*": an
 * ASA access list does not name the out interface). Every line must be one of the forms the ASA
 * documents for these commands, every name defined once before use and at most 64 characters.
 */
final class AsaReader {
    private final Map<String, List<String>> networks = new HashMap<>();
    private final Map<String, String> fqdn = new HashMap<>();
    private final Map<String, List<PortRange>> services = new HashMap<>();
    private final Map<String, String> serviceProto = new HashMap<>();
    private final Map<String, List<String[]>> acls = new HashMap<>();
    private final Map<String, String> boundTo = new HashMap<>();

    static Set<Tuple> read(String text) {
        return new AsaReader().parse(text);
    }

    private Set<Tuple> parse(String text) {
        String block = null;
        String name = null;
        for (String line : text.split("\n", -1)) {
            if (line.isEmpty() || line.startsWith("!")) {
                continue;
            }
            List<String> w = Tokens.of(line);
            if (line.startsWith(" ")) {
                require(block != null, line);
                member(block, name, w, line);
                continue;
            }
            block = null;
            if (w.get(0).equals("object") && w.size() == 3 && w.get(1).equals("network")) {
                block = "object";
                name = define(w.get(2));
            } else if (w.get(0).equals("object-group") && w.get(1).equals("network") && w.size() == 3) {
                block = "network";
                name = define(w.get(2));
                networks.put(name, new ArrayList<>());
            } else if (w.get(0).equals("object-group") && w.get(1).equals("service") && w.size() == 4) {
                require(w.get(3).equals("tcp") || w.get(3).equals("udp"), line);
                block = "service";
                name = define(w.get(2));
                services.put(name, new ArrayList<>());
                serviceProto.put(name, w.get(3));
            } else if (w.get(0).equals("access-list")
                    && w.size() >= 4
                    && w.get(2).equals("remark")) {
                require(line.length() - line.indexOf(" remark ") - 8 <= 100, line);
            } else if (w.get(0).equals("access-list")
                    && w.size() == 11
                    && w.get(2).equals("extended")
                    && w.get(3).equals("permit")
                    && w.get(5).equals("object-group")
                    && w.get(7).equals("object-group")
                    && w.get(9).equals("object-group")) {
                require(!boundTo.containsKey(w.get(1)), "entry after its access-group: " + line);
                acls.computeIfAbsent(w.get(1), k -> new ArrayList<>())
                        .add(new String[] {w.get(4), w.get(6), w.get(8), w.get(10)});
            } else if (w.get(0).equals("access-group")
                    && w.size() == 5
                    && w.get(2).equals("in")
                    && w.get(3).equals("interface")) {
                require(acls.containsKey(w.get(1)) && boundTo.put(w.get(1), w.get(4)) == null, line);
            } else {
                throw new AssertionError("not an ASA line this writer may produce: " + line);
            }
        }
        Set<Tuple> tuples = new LinkedHashSet<>();
        acls.forEach((acl, entries) -> {
            require(boundTo.containsKey(acl), "access list never bound: " + acl);
            for (String[] e : entries) {
                require(serviceProto.get(e[3]).equals(e[0]), "protocol of " + e[3] + " is not " + e[0]);
                Tuple.add(tuples, boundTo.get(acl), "*", e[0], group(e[1]), group(e[2]), services.get(e[3]));
            }
        });
        return tuples;
    }

    private List<String> group(String name) {
        List<String> g = networks.get(name);
        require(g != null, "unknown network group " + name);
        return g;
    }

    private void member(String block, String name, List<String> w, String line) {
        switch (block) {
            case "object" -> {
                require(
                        w.size() == 3
                                && w.get(0).equals("fqdn")
                                && (w.get(1).equals("v4") || w.get(1).equals("v6")),
                        line);
                fqdn.put(name, "host:" + w.get(2));
            }
            case "network" -> {
                if (w.get(0).equals("description")) {
                    require(line.length() - 13 <= 200, line);
                    return;
                }
                require(w.get(0).equals("network-object"), line);
                List<String> g = networks.get(name);
                if (w.size() == 3 && w.get(1).equals("host")) {
                    g.add(Cidr.parse(w.get(2)).text());
                } else if (w.size() == 3 && w.get(1).equals("object")) {
                    require(fqdn.containsKey(w.get(2)), line);
                    if (!g.contains(fqdn.get(w.get(2)))) {
                        g.add(fqdn.get(w.get(2)));
                    }
                } else if (w.size() == 3) {
                    require(w.get(1).matches("[0-9.]+") && w.get(2).matches("[0-9.]+"), line);
                    int bits = Long.bitCount(Cidr.parse(w.get(2)).network().longValue());
                    Cidr c = Cidr.parse(w.get(1) + "/" + bits);
                    require(
                            c.netmask().equals(w.get(2)) && c.address().equals(w.get(1)),
                            "not a network and its mask: " + line);
                    g.add(c.text());
                } else {
                    require(w.size() == 2 && w.get(1).contains(":") && w.get(1).contains("/"), line);
                    g.add(Cidr.parse(w.get(1)).text());
                }
            }
            case "service" -> {
                require(w.get(0).equals("port-object"), line);
                if (w.size() == 3 && w.get(1).equals("eq")) {
                    services.get(name).add(PortRange.of(Integer.parseInt(w.get(2))));
                } else {
                    require(w.size() == 4 && w.get(1).equals("range"), line);
                    services.get(name).add(new PortRange(Integer.parseInt(w.get(2)), Integer.parseInt(w.get(3))));
                }
            }
            default -> throw new AssertionError(line);
        }
    }

    private final Set<String> defined = new java.util.HashSet<>();

    /** Objects and object groups share one namespace of names up to 64 characters. */
    private String define(String name) {
        require(name.length() <= 64 && name.matches("[A-Za-z][A-Za-z0-9._-]*"), "bad ASA name " + name);
        require(defined.add(name), "ASA name defined twice: " + name);
        return name;
    }

    private static void require(boolean ok, String what) {
        if (!ok) {
            throw new AssertionError(what);
        }
    }
}
