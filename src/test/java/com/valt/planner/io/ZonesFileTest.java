package com.valt.planner.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.valt.planner.domain.Extras;
import com.valt.planner.domain.Firewall;
import com.valt.planner.domain.FirewallInterface;
import com.valt.planner.domain.Platform;
import com.valt.planner.domain.Site;
import com.valt.planner.domain.Zone;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Site file version 2 (zones.md): zones, firewalls and device zones, read, written and refused. */
class ZonesFileTest {
    private static final String APP = "{\"id\":\"app\",\"type\":\"application-server\",\"address\":\"10.20.0.10\"}";
    private static final String ZONES = "\"zones\":[{\"id\":\"servers\",\"networks\":[\"10.20.0.0/24\"]},"
            + "{\"id\":\"staff\",\"networks\":[\"10.40.0.0/16\",\"fd00:40::/64\"]}]";
    private static final String FIREWALLS = "\"firewalls\":[{\"id\":\"core\",\"platform\":\"nftables\",\"interfaces\":"
            + "[{\"name\":\"srv1\",\"zone\":\"servers\"},{\"name\":\"staff1\",\"zone\":\"staff\"}]}]";

    private static Site read(String json) throws SiteLoadException {
        return SiteFileReader.read(json.getBytes(StandardCharsets.UTF_8), "zoned.valt.json");
    }

    @Test
    void readsZonesFirewallsAndDeviceZones() throws Exception {
        Site site = read("""
                {"format":"valt-site-plan","version":2,
                 "zones":[{"id":"servers","name":"Server VLAN","networks":["10.20.0.0/24"],"vlan":20},
                          {"id":"wifi","networks":["10.50.0.0/23"]}],
                 "firewalls":[{"id":"edge","name":"Edge","platform":"fortigate","x":520,"y":20,
                   "interfaces":[{"name":"wan1","zone":"internet","vendorZone":"untrust"},{"name":"port2","zone":"servers"}]}],
                 "devices":[{"id":"app","type":"application-server","address":"10.20.0.10"},
                            {"id":"ipad1","type":"beam","zone":"wifi"}]}
                """);
        assertThat(site.zones())
                .containsExactly(
                        new Zone("servers", "Server VLAN", List.of("10.20.0.0/24"), 20, Extras.NONE),
                        new Zone("wifi", null, List.of("10.50.0.0/23"), null, Extras.NONE));
        assertThat(site.firewalls())
                .containsExactly(new Firewall(
                        "edge",
                        "Edge",
                        Platform.FORTIGATE,
                        List.of(
                                new FirewallInterface("wan1", "internet", "untrust"),
                                new FirewallInterface("port2", "servers", null)),
                        520.0,
                        20.0,
                        Extras.NONE));
        assertThat(site.device("ipad1").orElseThrow().zone()).isEqualTo("wifi");
        assertThat(site.hasZones()).isTrue();
    }

    @Test
    void versionTwoRoundTripsWithUnknownFieldsKeptEverywhere() throws Exception {
        String doc = """
                {"format":"valt-site-plan","version":2,
                 "zones":[{"id":"servers","networks":["10.20.0.0/24"],"colour":"#ccf","vlan":20}],
                 "firewalls":[{"id":"edge","platform":"panos","ha":{"peer":"edge2"},
                   "interfaces":[{"name":"ethernet1/1","zone":"internet","speed":"10G"},{"name":"ethernet1/2","zone":"servers"}]}],
                 "devices":[{"id":"app","type":"application-server","address":"10.20.0.10","zone":"servers"}]}
                """;
        Site site = read(doc);
        String saved = SiteFileWriter.toJson(site);
        assertThat(saved).startsWith("{\n  \"format\": \"valt-site-plan\",\n  \"version\": 2,\n");
        assertThat(saved)
                .contains("\"colour\": \"#ccf\"", "\"peer\": \"edge2\"", "\"speed\": \"10G\"", "\"zone\": \"servers\"");
        // canonical order: known keys first, then kept ones; zones, then firewalls, then devices
        assertThat(saved.indexOf("\"vlan\"")).isLessThan(saved.indexOf("\"colour\""));
        assertThat(saved.indexOf("\"zones\"")).isLessThan(saved.indexOf("\"firewalls\""));
        assertThat(saved.indexOf("\"firewalls\"")).isLessThan(saved.indexOf("\"devices\""));
        Site again = read(saved);
        assertThat(again).isEqualTo(site);
        assertThat(SiteFileWriter.toJson(again)).isEqualTo(saved);
    }

    @Test
    void aSiteWithoutZonesIsWrittenAsVersionOneAndAddingAZoneMakesItVersionTwo() throws Exception {
        Path clinic = Path.of("samples/clinic.valt.json");
        Site site = SiteFileReader.read(clinic);
        assertThat(SiteFileWriter.toBytes(site)).isEqualTo(Files.readAllBytes(clinic));
        Site zoned = site.withZones(List.of(new Zone("lan", "LAN", List.of("10.0.0.0/8"), null, Extras.NONE)));
        assertThat(SiteFileWriter.toJson(zoned)).contains("\"version\": 2,").contains("\"zones\": [");
        assertThat(SiteFileWriter.toJson(zoned.withZones(List.of()))).isEqualTo(SiteFileWriter.toJson(site));
        Site withFirewall =
                site.withFirewalls(List.of(new Firewall("fw", null, null, List.of(), null, null, Extras.NONE)));
        assertThat(SiteFileWriter.toJson(withFirewall))
                .contains("\"version\": 2,")
                .doesNotContain("\"zones\"");
        // a version-2 file whose zones were all deleted goes back to version 1
        Site emptied = read("{\"format\":\"valt-site-plan\",\"version\":2,\"devices\":[" + APP + "]}");
        assertThat(SiteFileWriter.toJson(emptied)).contains("\"version\": 1,");
        assertThat(SiteFileWriter.toJson(Site.empty())).contains("\"version\": 1,");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            duplicate zone id        | "zones":[{"id":"a"},{"id":"a"}] | zones[1].id | duplicate zone id "a" (already used by zones[0])
            empty zone id            | "zones":[{"id":""}] | zones[0].id | the id is empty
            missing zone id          | "zones":[{"name":"A"}] | zones[0].id | missing: every zone needs a unique id
            zone id internet         | "zones":[{"id":"internet"}] | zones[0].id | "internet" is the built-in zone
            zone id characters       | "zones":[{"id":"a b"}] | zones[0].id | letters, digits, - and _ only
            network not a prefix     | "zones":[{"id":"a","networks":["10.0.0.0/33"]}] | zones[0].networks[0] | "10.0.0.0/33" is not a network prefix
            network host name        | "zones":[{"id":"a","networks":["lan.example"]}] | zones[0].networks[0] | is not a network prefix
            network host bits        | "zones":[{"id":"a","networks":["10.20.0.5/24"]}] | zones[0].networks[0] | did you mean 10.20.0.0/24?
            same prefix in two zones | "zones":[{"id":"a","networks":["10.0.0.0/8"]},{"id":"b","networks":["10.0.0.0/8"]}] | zones[1].networks[0] | 10.0.0.0/8 is already a network of zone "a"
            same prefix, other text  | "zones":[{"id":"a","networks":["fd00:40::/64"]},{"id":"b","networks":["FD00:40:0::/64"]}] | zones[1].networks[0] | already a network of zone "a"
            networks not a list      | "zones":[{"id":"a","networks":"10.0.0.0/8"}] | zones[0].networks | expected a list of prefixes
            vlan out of range        | "zones":[{"id":"a","vlan":4095}] | zones[0].vlan | VLAN 4095 does not exist
            vlan not a number        | "zones":[{"id":"a","vlan":"20"}] | zones[0].vlan | expected a VLAN number
            zones not a list         | "zones":{} | zones | expected a list of zones
            interface zone unknown   | "zones":[{"id":"a"}],"firewalls":[{"id":"fw","interfaces":[{"name":"e0","zone":"a"},{"name":"e1","zone":"dmz"}]}] | firewalls[0].interfaces[1].zone | no zone has the id "dmz"
            interface same name      | "zones":[{"id":"a"}],"firewalls":[{"id":"fw","interfaces":[{"name":"e0","zone":"a"},{"name":"e0","zone":"internet"}]}] | firewalls[0].interfaces[1].name | interface "e0" is already firewalls[0].interfaces[0]
            interface same zone      | "zones":[{"id":"a"}],"firewalls":[{"id":"fw","interfaces":[{"name":"e0","zone":"a"},{"name":"e1","zone":"a"}]}] | firewalls[0].interfaces[1].zone | already faces zone "a": one interface per zone
            interface without zone   | "firewalls":[{"id":"fw","interfaces":[{"name":"e0"}]}] | firewalls[0].interfaces[0].zone | missing: the id of the zone it faces
            interface not an object  | "firewalls":[{"id":"fw","interfaces":["e0"]}] | firewalls[0].interfaces[0] | expected an interface object
            firewall id is a device  | "firewalls":[{"id":"app","interfaces":[]}] | firewalls[0].id | "app" is also the id of a device
            duplicate firewall id    | "firewalls":[{"id":"fw"},{"id":"fw"}] | firewalls[1].id | duplicate firewall id "fw"
            unknown platform         | "firewalls":[{"id":"fw","platform":"checkpoint"}] | firewalls[0].platform | unknown platform "checkpoint" (expected one of nftables, iptables, asa, fortigate, panos, generic, router)
            firewall x not a number  | "firewalls":[{"id":"fw","x":"left"}] | firewalls[0].x | expected a canvas coordinate
            device zone unknown      | "zones":[{"id":"a"}],"devices":[APP,{"id":"c","type":"camera","zone":"b"}] | devices[1].zone | no zone has the id "b"
            device zone not text     | "zones":[{"id":"a"}],"devices":[APP,{"id":"c","type":"camera","zone":7}] | devices[1].zone | expected text
            """)
    void refusedWithFilePathAndReason(String what, String body, String path, String reason) {
        String doc = "{\"format\":\"valt-site-plan\",\"version\":2," + body.replace("APP", APP)
                + (body.contains("\"devices\"") ? "" : ",\"devices\":[" + APP + "]") + "}";
        SiteLoadException e = catchThrowableOfType(SiteLoadException.class, () -> read(doc));
        assertThat(e).as(what).isNotNull();
        assertThat(e.problems()).as(what).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo("zoned.valt.json");
            assertThat(p.path()).isEqualTo(path);
            assertThat(p.reason()).contains(reason);
        });
    }

    @Test
    void everyProblemAtOnceWithPlacesInTheFile() {
        String doc = "{\"format\":\"valt-site-plan\",\"version\":2,"
                + "\"zones\":[{\"id\":\"a\",\"vlan\":\"x\"},{\"id\":\"b\",\"networks\":[\"10.0.0.0/99\"]},{\"id\":\"internet\"}],"
                + "\"firewalls\":[7,{\"id\":\"fw\",\"platform\":\"cisco\"},{\"id\":\"fw2\",\"interfaces\":[{\"name\":\"e0\",\"zone\":\"c\"}]}],"
                + "\"devices\":[" + APP + ",{\"id\":\"pc\",\"type\":\"client\",\"zone\":\"nowhere\"}]}";
        SiteLoadException e = catchThrowableOfType(SiteLoadException.class, () -> read(doc));
        assertThat(e.problems())
                .extracting(LoadProblem::path)
                .containsExactlyInAnyOrder(
                        "zones[0].vlan",
                        "firewalls[0]",
                        "firewalls[1].platform",
                        "zones[1].networks[0]",
                        "zones[2].id",
                        "firewalls[2].interfaces[0].zone",
                        "devices[1].zone");
    }

    @Test
    void aZoneWithABadFieldDoesNotAlsoMakeItsReferencesUnknown() {
        String doc =
                "{\"format\":\"valt-site-plan\",\"version\":2,\"zones\":[{\"id\":\"a\",\"vlan\":true},{\"id\":[]}],"
                        + "\"devices\":[" + APP + ",{\"id\":\"pc\",\"type\":\"client\",\"zone\":\"a\"},"
                        + "{\"id\":\"pc2\",\"type\":\"client\",\"zone\":\"b\"}]}";
        SiteLoadException e = catchThrowableOfType(SiteLoadException.class, () -> read(doc));
        // zones[1]'s id is unreadable: it may be "b", so pc2's zone is not called unknown either
        assertThat(e.problems()).extracting(LoadProblem::path).containsExactly("zones[0].vlan", "zones[1].id");
    }

    @Test
    void aVersionOneProgramsWordsStillRefuseVersionThree() {
        SiteLoadException e = catchThrowableOfType(
                SiteLoadException.class, () -> read("{\"format\":\"valt-site-plan\",\"version\":3}"));
        assertThat(e.problems().get(0).reason())
                .isEqualTo(
                        "version 3 is newer than this program understands (2): open it with a newer VALT Site Planner");
    }

    @Test
    void theZonedCampusRoundTrips() throws Exception {
        Site campus = com.valt.planner.testing.SiteGenerator.campusZoned();
        byte[] bytes = SiteFileWriter.toBytes(campus);
        assertThat(SiteFileReader.read(bytes, "campus.valt.json")).isEqualTo(campus);
    }

    @Test
    void samplesWithZonesLoadAndUseEveryNewField() throws Exception {
        Site hospital = SiteFileReader.read(Path.of("samples/hospital-zones.valt.json"));
        assertThat(hospital.zones()).extracting(Zone::id).containsExactly("servers", "cameras", "staff", "wifi");
        assertThat(hospital.firewalls())
                .extracting(Firewall::platform)
                .containsExactly(Platform.FORTIGATE, Platform.NFTABLES);
        assertThat(hospital.devices()).anyMatch(d -> d.zone() != null && d.address() == null);
        assertThat(hospital.zones()).anyMatch(z -> z.networks().stream().anyMatch(n -> n.contains(":")));
        Site university = SiteFileReader.read(Path.of("samples/university-zones.valt.json"));
        Site plain = SiteFileReader.read(Path.of("samples/university.valt.json"));
        assertThat(university.devices()).isEqualTo(plain.devices());
        assertThat(university.firewalls()).extracting(Firewall::platform).contains(Platform.ROUTER);
    }
}
