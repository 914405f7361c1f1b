package com.valt.planner.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The semantic errors of site-file.md that a well-formed document can still have: duplicate or
 * missing ids, not exactly one application server, a mediaServer that is not a server, a bad address.
 */
public final class SiteValidator {
    private SiteValidator() {
    }

    public static List<Problem> validate(Site site) {
        List<Problem> problems = new ArrayList<>();
        List<Device> devices = site.devices();
        Map<String, Integer> firstIndex = new HashMap<>();
        int appServers = 0;
        for (int i = 0; i < devices.size(); i++) {
            Device d = devices.get(i);
            String at = "devices[" + i + "]";
            if (d.id().isBlank()) {
                problems.add(new Problem(at + ".id", "the id is empty"));
            } else {
                Integer first = firstIndex.putIfAbsent(d.id(), i);
                if (first != null) {
                    problems.add(new Problem(at + ".id",
                            "duplicate id \"" + d.id() + "\" (already used by devices[" + first + "])"));
                }
            }
            if (d.type() == DeviceType.APPLICATION_SERVER) {
                appServers++;
            }
            if (d.address() != null && !Addresses.isValid(d.address())) {
                problems.add(new Problem(at + ".address",
                        "\"" + d.address() + "\" is neither an IPv4 address, an IPv6 address nor a host name"));
            }
        }
        if (appServers == 0) {
            problems.add(new Problem("devices", "the site has no application server (exactly one is required)"));
        } else if (appServers > 1) {
            problems.add(new Problem("devices",
                    "the site has " + appServers + " application servers (exactly one is required)"));
        }
        for (int i = 0; i < devices.size(); i++) {
            Device d = devices.get(i);
            if (d.mediaServer() == null) {
                continue;
            }
            String at = "devices[" + i + "].mediaServer";
            if (!d.type().isServed()) {
                problems.add(new Problem(at, "only a camera or a BEAM device is served by a server, not a "
                        + d.type().id()));
                continue;
            }
            Device server = site.device(d.mediaServer()).orElse(null);
            if (server == null) {
                problems.add(new Problem(at, "no device has the id \"" + d.mediaServer() + "\""));
            } else if (!server.type().isServer()) {
                problems.add(new Problem(at, "\"" + d.mediaServer() + "\" is a " + server.type().id()
                        + ", not a server (application-server or media-server)"));
            }
        }
        List<String> dns = site.settings().dnsServers();
        for (int i = 0; i < dns.size(); i++) {
            if (!Addresses.isValid(dns.get(i))) {
                problems.add(new Problem("settings.dnsServers[" + i + "]",
                        "\"" + dns.get(i) + "\" is neither an IPv4 address, an IPv6 address nor a host name"));
            }
        }
        return problems;
    }
}
