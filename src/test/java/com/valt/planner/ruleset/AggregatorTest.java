package com.valt.planner.ruleset;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AggregatorTest {
    private static final String[] SECTION_RULES = {"R1s", "R2s", "R3", "R4", "R5", "R5w"};

    /** Three clients and one admin PC to the application server and two media servers, as flows.md gives them. */
    private static Flows clientsToServers() {
        Flows f = new Flows();
        List<Match> clients = List.of(
                Flows.client("pc1", "10.40.0.21"),
                Flows.client("pc2", "10.40.0.22"),
                Flows.client("pc3", "10.40.0.23"),
                Flows.admin("adm1", "10.40.0.30"));
        List<Match> servers = List.of(
                Flows.server("app", "10.20.0.10"),
                Flows.server("ms1", "10.20.0.11"),
                Flows.server("ms2", "10.20.0.12"));
        for (Match c : clients) {
            for (Match s : servers) {
                if (s.deviceId().equals("app")) {
                    f.add("client-to-servers", "R1s", 0, c, s, "TCP", 443);
                }
                f.add("client-to-servers", "R2s", 1, c, s, "TCP", 444);
                f.add("client-to-servers", "R3", 2, c, s, "TCP", 8000);
                f.add("client-to-servers", "R4", 3, c, s, "TCP", 20100);
                if (c.role().equals(Names.ADMIN_CLIENT)) {
                    f.add("client-to-servers", "R5", 4, c, s, "TCP", 22);
                    f.add("client-to-servers", "R5w", 5, c, s, "TCP", 8088);
                }
            }
        }
        return f;
    }

    @Test
    void clientsToServersFoldIntoOneRulePerCatalogGroup() {
        Flows f = clientsToServers();
        FirewallRuleSet set = f.aggregate();

        assertThat(set.rules()).extracting(FirewallRule::number).containsExactly(1, 2, 3);
        FirewallRule web = set.rules().get(0);
        assertThat(web.sources().name()).isEqualTo("valt-clients");
        assertThat(web.sources().members()).containsExactly("10.40.0.21/32", "10.40.0.22/31", "10.40.0.30/32");
        assertThat(web.destinations().name()).isEqualTo("valt-app");
        assertThat(web.destinations().members()).containsExactly("10.20.0.10/32");
        assertThat(web.service().name()).isEqualTo("valt-tcp-443");
        assertThat(web.catalogRules()).containsExactly("R1s");
        assertThat(web.flows()).isEqualTo(4);

        FirewallRule streams = set.rules().get(1);
        assertThat(streams.destinations().name()).isEqualTo("valt-servers");
        assertThat(streams.destinations().members()).containsExactly("10.20.0.10/31", "10.20.0.12/32");
        assertThat(streams.service().ports()).extracting(PortRange::text).containsExactly("444", "8000", "20100");
        assertThat(streams.service().name()).isEqualTo("valt-tcp-444-8000-20100");
        assertThat(streams.catalogRulesText()).isEqualTo("R2s R3 R4");
        assertThat(streams.flows()).isEqualTo(36);
        assertThat(streams.name()).isEqualTo("valt-2-clients-to-servers");

        FirewallRule admin = set.rules().get(2);
        assertThat(admin.sources().name()).isEqualTo("valt-admin-clients");
        assertThat(admin.sources().members()).containsExactly("10.40.0.30/32");
        assertThat(admin.catalogRulesText()).isEqualTo("R5 R5w");
        assertThat(admin.service().name()).isEqualTo("valt-tcp-22-8088");
        assertThat(admin.notes()).isEmpty();

        assertExact(set, f.list());
    }

    @Test
    void camerasAreGroupedByTheirServerEvenWhenTheirAddressesInterleave() {
        Flows f = new Flows().through("srv1", "cam1");
        Match ms1 = Flows.server("ms1", "10.20.0.11");
        Match ms2 = Flows.server("ms2", "10.20.0.12");
        for (int i = 0; i < 20; i++) {
            Match server = i % 3 == 0 ? ms2 : ms1;
            Match cam = Flows.camera("cam" + i, "10.30.0." + (i + 1), server.deviceId());
            f.add("servers-to-cameras", "R6", 6, server, cam, "TCP", 80);
            f.add("servers-to-cameras", "R6r", 7, server, cam, "TCP", 554);
        }
        FirewallRuleSet set = f.aggregate();

        assertThat(set.rules()).hasSize(2);
        assertThat(set.rules())
                .extracting(r -> r.destinations().name())
                .containsExactly("valt-ms2-cameras", "valt-ms1-cameras");
        assertThat(set.rules()).extracting(r -> r.service().name()).containsOnly("valt-tcp-80-554");
        assertThat(set.rules().get(0).flows() + set.rules().get(1).flows()).isEqualTo(40);
        assertExact(set, f.list());
    }

    @Test
    void devicesWithoutAnAddressAreMatchedByTheirZoneAndSaidSo() {
        Flows f = new Flows().through("wifi1", "srv1");
        Match app = Flows.server("app", "10.20.0.10");
        List<String> wifi = List.of("10.50.0.0/23");
        for (String id : List.of("ipad1", "ipad2")) {
            Match beam = Match.zoneNetworks(wifi, Names.BEAM, "app", "wifi", id);
            f.add("beam-to-servers", "R7s", 8, beam, app, "TCP", 443);
            f.add("beam-to-servers", "R7r", 9, beam, app, "TCP", 444);
        }
        Match fixed = Match.address("10.50.0.9", Names.BEAM, "app", "wifi", "ipad3");
        f.add("beam-to-servers", "R7s", 8, fixed, app, "TCP", 443);
        f.add("beam-to-servers", "R7r", 9, fixed, app, "TCP", 444);
        FirewallRuleSet set = f.aggregate();

        assertThat(set.rules()).hasSize(1);
        FirewallRule r = set.rules().get(0);
        assertThat(r.sources().members()).containsExactly("10.50.0.0/23");
        assertThat(r.sources().name()).isEqualTo("valt-wifi-beam");
        assertThat(r.flows()).isEqualTo(6);
        assertThat(r.service().ports()).extracting(PortRange::text).containsExactly("443-444");
        assertThat(r.service().name()).isEqualTo("valt-tcp-443to444");
        assertThat(r.notes())
                .singleElement()
                .asString()
                .contains("no address")
                .contains("ipad1, ipad2")
                .contains("zone wifi")
                .contains("10.50.0.0/23");
        assertThat(r.sources().note()).isEqualTo(r.notes().get(0));
        assertExact(set, f.list());
    }

    @Test
    void hostNamesAndAddressesNeverShareAnObject() {
        Flows f = new Flows().through("srv1", "wan1");
        Match app = Flows.server("app", "10.20.0.10");
        Match ms1 = Flows.server("ms1", "10.20.0.11");
        for (Match s : List.of(app, ms1)) {
            for (String host : List.of("us.archive.ubuntu.com", "security.ubuntu.com")) {
                f.add(
                        "servers-to-repositories",
                        "R8",
                        10,
                        s,
                        Match.hostName(host, Names.UPDATE_MIRROR, "internet"),
                        "TCP",
                        80);
            }
            // a same-section flow to an address, same port: must not join the host names
            f.add(
                    "servers-to-repositories",
                    "R8",
                    10,
                    s,
                    Match.address("192.0.2.80", Names.INTERNET, null, "internet", null),
                    "TCP",
                    80);
        }
        FirewallRuleSet set = f.aggregate();

        assertThat(set.rules()).hasSize(2);
        for (AddressObject o : set.addressObjects()) {
            assertThat(o.members()).allMatch(m -> Cidrs.isCidr(m) != o.isHostNames());
        }
        FirewallRule named = set.rules().stream()
                .filter(r -> r.destinations().isHostNames())
                .findFirst()
                .orElseThrow();
        assertThat(named.destinations().name()).isEqualTo("valt-update-mirrors");
        assertThat(named.destinations().members()).containsExactly("security.ubuntu.com", "us.archive.ubuntu.com");
        assertThat(named.notes()).singleElement().asString().contains("FQDN").contains("wan1");
        assertThat(named.sources().name()).isEqualTo("valt-servers");
        assertExact(set, f.list());
    }

    @Test
    void namesAreUniquePerContentAndQualifiedByZoneWhenTwoGroupsShareAName() {
        Flows f = new Flows();
        Match app = Flows.server("app", "10.20.0.10");
        Match ms1 = Flows.server("ms1", "10.20.0.11");
        f.add("client-to-servers", "R1s", 0, Flows.client("pc1", "10.40.0.21"), app, "TCP", 443);
        f.add("client-to-servers", "R3", 2, Flows.client("pc1", "10.40.0.21"), ms1, "TCP", 8000);
        f.through("lab1", "srv1");
        Match lab = Match.address("10.60.0.5", Names.CLIENT, null, "lab", "pc9");
        f.add("client-to-servers", "R1s", 0, lab, app, "TCP", 443);
        FirewallRuleSet set = f.aggregate();

        Map<String, AddressObject> byName = new HashMap<>();
        for (FirewallRule r : set.rules()) {
            for (AddressObject o : List.of(r.sources(), r.destinations())) {
                AddressObject before = byName.putIfAbsent(o.name(), o);
                assertThat(before == null || before.equals(o)).as(o.name()).isTrue();
            }
        }
        assertThat(byName.keySet()).contains("valt-clients", "valt-lab-clients", "valt-app", "valt-ms1");
        assertExact(set, f.list());
    }

    @Test
    void theSameFlowsInAnyOrderGiveTheSameRules() {
        Flows f = clientsToServers();
        List<CarriedFlow> shuffled = new ArrayList<>(f.list());
        Collections.shuffle(shuffled, new Random(3));
        assertThat(Aggregator.aggregate(Flows.CORE, shuffled)).isEqualTo(f.aggregate());
    }

    /** Random relations over random addresses, ports, interfaces and zone networks: always exact. */
    @Test
    void randomFlowsAreAlwaysExpandedBackExactly() {
        Random random = new Random(11);
        for (int round = 0; round < 60; round++) {
            Flows f = new Flows();
            int sources = 1 + random.nextInt(30);
            int destinations = 1 + random.nextInt(30);
            List<Match> src = new ArrayList<>();
            for (int i = 0; i < sources; i++) {
                src.add(randomEnd(random, "s" + i));
            }
            List<Match> dst = new ArrayList<>();
            for (int i = 0; i < destinations; i++) {
                dst.add(randomEnd(random, "d" + i));
            }
            double density = random.nextDouble();
            for (Match s : src) {
                for (Match d : dst) {
                    if (random.nextDouble() < density) {
                        int r = random.nextInt(SECTION_RULES.length);
                        f.through(random.nextBoolean() ? "a" : "b", "c");
                        f.add(
                                r < 3 ? "one" : "two",
                                SECTION_RULES[r],
                                r,
                                s,
                                d,
                                random.nextBoolean() ? "TCP" : "UDP",
                                80 + random.nextInt(6));
                    }
                }
            }
            if (f.list().isEmpty()) {
                continue;
            }
            FirewallRuleSet set = f.aggregate();
            assertExact(set, f.list());
            assertThat(set.rules().stream().mapToInt(FirewallRule::flows).sum())
                    .isEqualTo(f.list().size());
        }
    }

    private static Match randomEnd(Random random, String id) {
        int kind = random.nextInt(10);
        if (kind == 0) {
            return Match.hostName("h" + random.nextInt(5) + ".example.com", Names.UPDATE_MIRROR, "internet");
        }
        if (kind == 1) {
            return Match.zoneNetworks(
                    List.of("10.9." + random.nextInt(3) * 2 + ".0/23"), Names.BEAM, "app", "wifi", id);
        }
        if (kind == 2) {
            return Match.address("fd00::" + Integer.toHexString(random.nextInt(40)), Names.CLIENT, null, "v6", id);
        }
        return Match.address(
                "10.9." + random.nextInt(8) + "." + random.nextInt(16),
                Names.CAMERA,
                "ms" + random.nextInt(3),
                "cams",
                id);
    }

    static void assertExact(FirewallRuleSet set, List<CarriedFlow> flows) {
        List<Set<Expansion.Tuple>> sides = Expansion.compare(
                set.rules(), flows.stream().map(Flows::expected).toList());
        assertThat(sides.get(0)).as("rules expanded").isEqualTo(sides.get(1));
        assertThat(sides.get(0)).isNotEmpty();
    }
}
