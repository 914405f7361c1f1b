package com.valt.planner.syntax;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The names one platform file gives the plan's objects, rules and interfaces, exactly as its rules spell
 * them, recorded by the writer while it writes: so the handoff can show the rules the way the file has
 * them, and nobody re-derives a legal name. A plan name the file never names (iptables has no objects;
 * nftables matches host names by interface only) has no entry.
 *
 * @param addresses  plan address object name to the names the file gives it, one per address family where the
 *                   platform splits them ({@code valt-clients} to {@code valt_clients_v4}, {@code valt_clients_v6});
 *                   a rule uses those of the families its sources and destinations share
 * @param services   plan service object name to the platform's service (group) name
 * @param rules      plan rule name to the platform's name for the rule: FortiGate policy, PAN-OS security
 *                   rule, the ASA access list it is in
 * @param interfaces plan interface name to what the rules write for it: the interface, or the zone on
 *                   PAN-OS, or the vendor zone on FortiGate where one is given
 */
public record PlatformNames(
        Map<String, List<String>> addresses,
        Map<String, String> services,
        Map<String, String> rules,
        Map<String, String> interfaces) {
    public static final PlatformNames NONE = new PlatformNames(Map.of(), Map.of(), Map.of(), Map.of());

    public PlatformNames {
        Map<String, List<String>> a = new LinkedHashMap<>();
        addresses.forEach((k, v) -> a.put(k, List.copyOf(v)));
        addresses = java.util.Collections.unmodifiableMap(a);
        services = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(services));
        rules = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(rules));
        interfaces = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(interfaces));
    }

    /** The names the file uses for a plan address object, or {@code orElse} alone where it names none. */
    public List<String> address(String planName, String orElse) {
        List<String> n = addresses.get(planName);
        return n == null || n.isEmpty() ? List.of(orElse) : n;
    }

    public String service(String planName, String orElse) {
        return services.getOrDefault(planName, orElse);
    }

    public String rule(String planName, String orElse) {
        return rules.getOrDefault(planName, orElse);
    }

    public String iface(String planName) {
        return interfaces.getOrDefault(planName, planName);
    }

    /** What a writer fills in as it writes each name into a rule. */
    static final class Recorder {
        private final Map<String, List<String>> addresses = new LinkedHashMap<>();
        private final Map<String, String> services = new LinkedHashMap<>();
        private final Map<String, String> rules = new LinkedHashMap<>();
        private final Map<String, String> interfaces = new LinkedHashMap<>();

        /** Records and returns {@code written}, the name of plan address object {@code plan} in the file. */
        String address(String plan, String written) {
            List<String> names = addresses.computeIfAbsent(plan, k -> new ArrayList<>());
            if (!names.contains(written)) {
                names.add(written);
            }
            return written;
        }

        String service(String plan, String written) {
            services.putIfAbsent(plan, written);
            return written;
        }

        String rule(String plan, String written) {
            rules.putIfAbsent(plan, written);
            return written;
        }

        String iface(String plan, String written) {
            interfaces.putIfAbsent(plan, written);
            return written;
        }

        PlatformNames names() {
            return new PlatformNames(addresses, services, rules, interfaces);
        }
    }
}
