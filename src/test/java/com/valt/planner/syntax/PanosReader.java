package com.valt.planner.syntax;

import com.valt.planner.ruleset.PortRange;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a PAN-OS set-command file back into tuples (in/out = from/to zones). Only the set forms
 * the writer may use are accepted; object and rule names at most 63 characters, zones at most 31.
 */
final class PanosReader {
    private final Map<String, List<String>> addresses = new HashMap<>();
    private final Map<String, List<String>> groups = new HashMap<>();
    private final Map<String, List<PortRange>> services = new HashMap<>();
    private final Map<String, String> serviceProto = new HashMap<>();
    private final Set<String> rules = new java.util.HashSet<>();
    private final Set<Tuple> tuples = new LinkedHashSet<>();

    static Set<Tuple> read(String text) {
        return new PanosReader().parse(text);
    }

    private Set<Tuple> parse(String text) {
        for (String line : text.split("\n", -1)) {
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            List<String> w = Tokens.of(line);
            require(w.size() >= 4 && w.get(0).equals("set"), line);
            if (w.get(1).equals("address") && w.size() == 5) {
                String name = name(w.get(2), 63);
                String value = w.get(3).equals("fqdn")
                        ? "host:" + w.get(4)
                        : Cidr.parse(w.get(4)).text();
                require(
                        w.get(3).equals("fqdn")
                                || w.get(3).equals("ip-netmask") && w.get(4).equals(value),
                        line);
                require(!groups.containsKey(name) && addresses.put(name, List.of(value)) == null, line);
            } else if (w.get(1).equals("address-group") && w.get(3).equals("static")) {
                String name = name(w.get(2), 63);
                List<String> members = new ArrayList<>();
                for (String m : list(w, 4, line)) {
                    require(addresses.containsKey(m), "unknown address " + m);
                    members.addAll(addresses.get(m));
                }
                require(!addresses.containsKey(name) && groups.put(name, members) == null, line);
            } else if (w.get(1).equals("address-group") && w.get(3).equals("description") && w.size() == 5) {
                require(groups.containsKey(w.get(2)) && w.get(4).length() <= 1023, line);
            } else if (w.get(1).equals("service")
                    && w.size() == 7
                    && w.get(3).equals("protocol")
                    && w.get(5).equals("port")) {
                String name = name(w.get(2), 63);
                require(w.get(4).equals("tcp") || w.get(4).equals("udp"), line);
                List<PortRange> ports = new ArrayList<>();
                for (String p : w.get(6).split(",")) {
                    String[] ab = p.split("-");
                    ports.add(new PortRange(Integer.parseInt(ab[0]), Integer.parseInt(ab[ab.length - 1])));
                }
                require(services.put(name, ports) == null, line);
                serviceProto.put(name, w.get(4).toUpperCase());
            } else if (w.get(1).equals("rulebase")
                    && w.get(2).equals("security")
                    && w.get(3).equals("rules")) {
                rule(w, line);
            } else {
                throw new AssertionError("not a PAN-OS line this writer may produce: " + line);
            }
        }
        return tuples;
    }

    private void rule(List<String> w, String line) {
        require(rules.add(name(w.get(4), 63)), "rule twice: " + line);
        require(w.get(5).equals("from") && w.get(7).equals("to") && w.get(9).equals("source"), line);
        String from = name(w.get(6), 31);
        String to = name(w.get(8), 31);
        List<String> src = list(w, 10, line);
        int i = 10 + src.size() + 2;
        require(w.get(i).equals("destination"), line);
        List<String> dst = list(w, i + 1, line);
        i += dst.size() + 3;
        require(w.subList(i, i + 5).equals(List.of("source-user", "any", "application", "any", "service")), line);
        List<String> svc = list(w, i + 5, line);
        i += 5 + svc.size() + 2;
        require(w.subList(i, i + 3).equals(List.of("action", "allow", "description")) && w.size() == i + 4, line);
        for (String s : src) {
            for (String d : dst) {
                for (String v : svc) {
                    require(groups.containsKey(s) && groups.containsKey(d) && services.containsKey(v), line);
                    Tuple.add(tuples, from, to, serviceProto.get(v), groups.get(s), groups.get(d), services.get(v));
                }
            }
        }
    }

    /** "[ a b ]" from word {@code at}. */
    private static List<String> list(List<String> w, int at, String line) {
        require(w.get(at).equals("["), line);
        int end = w.indexOf("]");
        for (int j = at; j < w.size(); j++) {
            if (w.get(j).equals("]")) {
                end = j;
                break;
            }
        }
        require(end > at + 1, line);
        return w.subList(at + 1, end);
    }

    private static String name(String n, int max) {
        require(n.length() <= max && n.matches("[A-Za-z0-9][A-Za-z0-9._-]*"), "bad PAN-OS name " + n);
        return n;
    }

    private static void require(boolean ok, String what) {
        if (!ok) {
            throw new AssertionError(what);
        }
    }
}
