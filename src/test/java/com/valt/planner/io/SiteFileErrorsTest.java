package com.valt.planner.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each error of site-file.md: refused, with the file, the JSON path and the reason. */
class SiteFileErrorsTest {
    private static final String HEAD = "{\"format\":\"valt-site-plan\",\"version\":1,\"devices\":[";
    private static final String APP = "{\"id\":\"app\",\"type\":\"application-server\"}";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            not JSON                 | {"format": "valt-site-plan", | format | not valid JSON at line 1
            not JSON (trailing)      | {"format":"valt-site-plan","version":1} x | $ | not valid JSON
            wrong format             | {"format":"drawio","version":1} | format | this is not a VALT site plan: format is "drawio"
            missing format           | {"version":1} | format | missing: this is not a VALT site plan
            newer version            | {"format":"valt-site-plan","version":3} | version | version 3 is newer than this program understands (2)
            version not a number     | {"format":"valt-site-plan","version":"1"} | version | expected a whole number
            unknown device type      | HEAD{"id":"r1","type":"router"},APP]} | devices[0].type | unknown device type "router"
            missing type             | HEAD{"id":"r1"},APP]} | devices[0].type | missing: one of client
            duplicate id             | HEADAPP,{"id":"app","type":"client"}]} | devices[1].id | duplicate id "app" (already used by devices[0])
            missing id               | HEADAPP,{"type":"client"}]} | devices[1].id | missing: every device needs a unique id
            no application server    | HEAD{"id":"pc","type":"client"}]} | devices | the site has no application server
            two application servers  | HEADAPP,{"id":"app2","type":"application-server"}]} | devices | the site has 2 application servers
            mediaServer not a server | HEADAPP,{"id":"pc","type":"client"},{"id":"c","type":"camera","mediaServer":"pc"}]} | devices[2].mediaServer | "pc" is a client, not a server
            mediaServer dangling     | HEADAPP,{"id":"c","type":"camera","mediaServer":"ms9"}]} | devices[1].mediaServer | no device has the id "ms9"
            bad address              | HEADAPP,{"id":"c","type":"camera","address":"10.0.0.300"}]} | devices[1].address | "10.0.0.300" is neither an IPv4 address
            bad host name            | HEADAPP,{"id":"c","type":"camera","address":"cam one.local"}]} | devices[1].address | is neither an IPv4 address, an IPv6 address nor a host name
            bad dns server           | {"format":"valt-site-plan","version":1,"settings":{"dnsServers":["8.8.8.888"]},"devices":[APP]} | settings.dnsServers[0] | "8.8.8.888" is neither
            wrong type for ssl       | {"format":"valt-site-plan","version":1,"settings":{"ssl":"yes"},"devices":[APP]} | settings.ssl | expected true or false, found the text "yes"
            wrong type for x         | HEADAPP,{"id":"c","type":"camera","x":"left"}]} | devices[1].x | expected a canvas coordinate
            wrong wowza key          | HEAD{"id":"app","type":"application-server","wowzaKey":"usb"}]} | devices[0].wowzaKey | expected "digital" or "physical"
            devices not a list       | {"format":"valt-site-plan","version":1,"devices":{}} | devices | expected a list of devices
            duplicate key            | {"format":"valt-site-plan","version":1,"version":1} | version | a key appears twice
            top not an object        | [1,2] | $ | expected a JSON object
            """)
    void refusedWithPathAndReason(String what, String json, String path, String reason) {
        String doc = json.replace("HEAD", HEAD).replace("APP", APP);
        SiteLoadException e = catchThrowableOfType(
                SiteLoadException.class,
                () -> SiteFileReader.read(doc.getBytes(StandardCharsets.UTF_8), "plan.valt.json"));
        assertThat(e).as(what).isNotNull();
        assertThat(e.problems()).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo("plan.valt.json");
            assertThat(p.path()).isEqualTo(path);
            assertThat(p.reason()).contains(reason);
            assertThat(p.line()).startsWith("plan.valt.json: " + path + ": ");
        });
    }

    @ParameterizedTest
    @CsvSource({
        "10.0.0.1",
        "192.168.255.255",
        "fe80::1",
        "2001:db8::8a2e:370:7334",
        "::ffff:10.0.0.1",
        "1:2:3:4:5:6:7:8",
        "cam-01.site.example",
        "localhost",
        "A1"
    })
    void acceptedAddresses(String address) throws SiteLoadException {
        String doc = HEAD + "{\"id\":\"app\",\"type\":\"application-server\",\"address\":\"" + address + "\"}]}";
        assertThat(SiteFileReader.read(doc.getBytes(StandardCharsets.UTF_8), "ok.valt.json")
                        .devices()
                        .get(0)
                        .address())
                .isEqualTo(address);
    }

    @ParameterizedTest
    @CsvSource({"256.1.1.1", "1.2.3", "1:2:3:4:5:6:7:8:9", "1::2::3", "-cam.local", "cam_1", "12345", "::g"})
    void refusedAddresses(String address) {
        String doc = HEAD + "{\"id\":\"app\",\"type\":\"application-server\",\"address\":\"" + address + "\"}]}";
        SiteLoadException e = catchThrowableOfType(
                SiteLoadException.class,
                () -> SiteFileReader.read(doc.getBytes(StandardCharsets.UTF_8), "bad.valt.json"));
        assertThat(e).isNotNull();
        assertThat(e.problems()).extracting(LoadProblem::path).containsExactly("devices[0].address");
    }

    @org.junit.jupiter.api.Test
    void everyProblemIsReportedAtOnceWithItsPlaceInTheFile() {
        String doc = HEAD + "{\"id\":\"r\",\"type\":\"router\"}," + APP
                + ",{\"id\":\"c\",\"type\":\"camera\",\"address\":\"1.2.3.999\",\"mediaServer\":\"zz\"}]}";
        SiteLoadException e = catchThrowableOfType(
                SiteLoadException.class,
                () -> SiteFileReader.read(doc.getBytes(StandardCharsets.UTF_8), "many.valt.json"));
        assertThat(e.problems())
                .extracting(LoadProblem::path)
                .containsExactly("devices[0].type", "devices[2].address", "devices[2].mediaServer");
    }
}
