package com.valt.planner.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.valt.planner.domain.Site;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hand-made hostile site files. Each must be refused with SiteLoadException whose message names the
 * file, the JSON path where it makes sense, and the problem in words a user can act on.
 */
class SiteFileHostileTest {
    static final String FILE = "hostile.valt.json";
    static final Path CLINIC = Path.of("samples/clinic.valt.json");
    static final Path HOSPITAL = Path.of("samples/hospital-zones.valt.json");

    @TempDir
    Path dir;

    // ---- encodings and sizes ----

    @Test
    void emptyFile() throws IOException {
        Path empty = Files.write(dir.resolve("empty.valt.json"), new byte[0]);
        assertRefused(empty, "$", "the file is empty");
        assertRefused("  \n\t\n".getBytes(StandardCharsets.UTF_8), "$", "the file is empty");
    }

    /** Decision: a UTF-8 byte order mark (Windows Notepad writes one) is accepted and dropped on save. */
    @Test
    void utf8ByteOrderMarkLoads() throws Exception {
        byte[] plain = Files.readAllBytes(CLINIC);
        byte[] withBom = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, plain);
        assertThat(SiteFileReader.read(withBom, FILE)).isEqualTo(SiteFileReader.read(plain, FILE));
        assertThat(SiteFileWriter.toBytes(SiteFileReader.read(withBom, FILE))[0])
                .isEqualTo((byte) '{');
    }

    @Test
    void utf16IsRefusedWithItsName() throws IOException {
        String text = Files.readString(CLINIC);
        byte[] le = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE));
        byte[] be = text.getBytes(StandardCharsets.UTF_16); // Java writes the BOM, big-endian
        assertRefused(le, "$", "UTF-16");
        assertRefused(be, "$", "UTF-16");
        assertRefused(text.getBytes(StandardCharsets.UTF_16LE), "$", "UTF-16"); // no BOM
        assertRefused(text.getBytes(StandardCharsets.UTF_16BE), "$", "UTF-16");
        assertRefused(text.getBytes(java.nio.charset.Charset.forName("UTF-32")), "$", "UTF-32");
    }

    @Test
    void invalidUtf8IsRefusedWithItsPlace() throws IOException {
        // "Łódź" saved as ISO-8859-2 by an old editor: 0xA3 0xF3 0x64 0xBC on line 5
        byte[] clinic = Files.readAllBytes(CLINIC);
        String text =
                new String(clinic, StandardCharsets.UTF_8).replace("Harbourside Family Clinic", "\u0141\u00f3d\u017a");
        byte[] latin2 = text.getBytes(java.nio.charset.Charset.forName("ISO-8859-2"));
        SiteLoadException e = assertRefused(latin2, "$", "not valid UTF-8");
        assertThat(e.getMessage()).contains("line 5");
        // overlong encoding of '/', an encoded surrogate, a stray continuation byte
        for (byte[] bad :
                new byte[][] {{(byte) 0xC0, (byte) 0xAF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0x80}}) {
            byte[] bytes = concat("{\"format\": \"".getBytes(StandardCharsets.UTF_8), bad);
            assertRefused(concat(bytes, "\"}".getBytes(StandardCharsets.UTF_8)), "$", "not valid UTF-8");
        }
    }

    /** Found by Jazzer: after a BOM, a zero byte made Jackson guess UTF-16 and return no document (NullPointerException). */
    @Test
    void zeroBytes() {
        assertRefused(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '\n', 0}, "$", "zero byte at line 2");
        assertRefused("{\"format\": \"valt\u0000\"}".getBytes(StandardCharsets.UTF_8), "$", "zero byte at line 1");
    }

    @Test
    void cutShort() throws IOException {
        byte[] clinic = Files.readAllBytes(CLINIC);
        assertRefused(Arrays.copyOf(clinic, clinic.length / 2), "devices[3]", "the file ends too early");
    }

    @Test
    void tenThousandDeepNesting() {
        String deep = "[".repeat(10_000) + "]".repeat(10_000);
        assertRefused(deep.getBytes(StandardCharsets.UTF_8), "", "nested more than 64 levels");
        // deep inside a field the program does not know: refused, not kept
        String site = "{\"format\": \"valt-site-plan\", \"version\": 1, \"future\": " + "{\"a\": ".repeat(10_000) + "1"
                + "}".repeat(10_000) + "}";
        SiteLoadException e =
                assertRefused(site.getBytes(StandardCharsets.UTF_8), "future.a.a.a", "nested more than 64 levels");
        assertThat(e.getMessage().length()).as("message stays readable").isLessThan(400);
    }

    /** A 100 MB name: refused from its size without reading it, and memory stays bounded. */
    @Test
    void hundredMegabyteString() throws Exception {
        Path big = dir.resolve("big.valt.json");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(big), 1 << 16)) {
            out.write("{\"format\": \"valt-site-plan\", \"version\": 1, \"site\": {\"name\": \""
                    .getBytes(StandardCharsets.UTF_8));
            byte[] chunk = new byte[1 << 20];
            Arrays.fill(chunk, (byte) 'a');
            for (int i = 0; i < 100; i++) {
                out.write(chunk);
            }
            out.write("\"}}".getBytes(StandardCharsets.UTF_8));
        }
        long before = allocated();
        assertRefused(big, "", "100 MB");
        assertThat(allocated() - before)
                .as("bytes allocated to refuse a 100 MB file")
                .isLessThan(8L << 20);

        // the same bytes handed over in memory (as a drop or a paste would) must not be copied again
        byte[] bytes = Files.readAllBytes(big);
        before = allocated();
        assertRefused(bytes, "", "100 MB");
        assertThat(allocated() - before)
                .as("bytes allocated to refuse 100 MB in memory")
                .isLessThan(8L << 20);
    }

    /** A long string inside the size limit: stopped by the string limit, at its path, without a copy of the file. */
    @Test
    void longStringWithinTheSizeLimit() throws Exception {
        String name = "b".repeat(20_000_000);
        byte[] bytes = ("{\"format\": \"valt-site-plan\", \"version\": 1, \"site\": {\"name\": \"" + name + "\"}}")
                .getBytes(StandardCharsets.UTF_8);
        name = null;
        long before = allocated();
        assertRefused(bytes, "site.name", "longer than 1,000,000 characters");
        assertThat(allocated() - before)
                .as("bytes allocated to refuse a 20 MB string")
                .isLessThan(24L << 20);
    }

    @Test
    void fiveThousandDigitNumber() {
        String digits = "9".repeat(5_000);
        assertRefused(
                edit(root -> root.put("version", new java.math.BigInteger(digits))),
                "version",
                "longer than 50 digits");
        assertRefused(
                edit(root -> device(root, 0).put("x", new java.math.BigDecimal("1." + digits))),
                "devices[0].x",
                "longer than 50 digits");
    }

    @Test
    void duplicateKeys() {
        String text = "{\"format\": \"valt-site-plan\", \"version\": 1, \"format\": \"valt-site-plan\"}";
        assertRefused(text.getBytes(StandardCharsets.UTF_8), "format", "appears twice");
        String device = new String(edit(root -> {}), StandardCharsets.UTF_8)
                .replaceFirst("\"id\" : \"pc-front\"", "\"id\" : \"pc-front\", \"id\" : \"pc-back\"");
        assertThat(device).contains("pc-back");
        assertRefused(device.getBytes(StandardCharsets.UTF_8), "devices[1].id", "appears twice");
    }

    @Test
    void wrongTypes() {
        assertRefused(edit(root -> root.put("devices", "none")), "devices", "expected a list of devices");
        assertRefused(edit(root -> root.putArray("site")), "site", "expected an object");
        assertRefused(edit(root -> root.with("settings").put("ssl", "yes")), "settings.ssl", "expected true or false");
        assertRefused(
                edit(root -> root.with("settings").put("dnsServers", "10.0.0.1")),
                "settings.dnsServers",
                "expected a list of addresses");
        assertRefused(edit(root -> device(root, 1).put("x", "120")), "devices[1].x", "expected a canvas coordinate");
        assertRefused(edit(root -> device(root, 1).put("id", 7)), "devices[1].id", "expected text");
        assertRefused(edit(root -> device(root, 1).put("admin", 1)), "devices[1].admin", "expected true or false");
        assertRefused(edit(root -> root.put("version", "1")), "version", "expected a whole number");
        assertRefused(edit(root -> root.put("version", 1.5)), "version", "expected a whole number");
        assertRefused("[1, 2, 3]".getBytes(StandardCharsets.UTF_8), "$", "expected a JSON object");
        assertRefused("\"valt-site-plan\"".getBytes(StandardCharsets.UTF_8), "$", "expected a JSON object");
    }

    @Test
    void danglingReference() {
        assertRefused(
                edit(root -> device(root, 4).put("mediaServer", "ms-gone")),
                "devices[4].mediaServer",
                "no device has the id \"ms-gone\"");
    }

    @Test
    void versionFromTheFuture() {
        assertRefused(edit(root -> root.put("version", 3)), "version", "newer than this program understands");
        // too big for an int is still a version from the future, not "not a whole number"
        assertRefused(
                edit(root -> root.put("version", 99_999_999_999L)), "version", "newer than this program understands");
        assertRefused(edit(root -> root.put("version", 0)), "version", "does not exist");
    }

    @Test
    void formatFromAnotherProgram() {
        assertRefused(edit(root -> root.put("format", "drawio")), "format", "not a VALT site plan");
        assertRefused(
                "{\"name\": \"my-app\", \"version\": \"1.0.0\", \"dependencies\": {}}".getBytes(StandardCharsets.UTF_8),
                "format",
                "not a VALT site plan");
    }

    // ---- every error of site-file.md, with its JSON path ----

    @Test
    void specErrorNotJson() {
        byte[] bytes = "{\"format\": \"valt-site-plan\",\n \"version\": 1,,\n}".getBytes(StandardCharsets.UTF_8);
        SiteLoadException e = assertRefused(bytes, "", "not valid JSON at line 2");
        assertThat(e.getMessage()).contains("column");
    }

    @Test
    void trailingContentAfterTheDocument() throws IOException {
        byte[] twice = concat(Files.readAllBytes(CLINIC), "{}".getBytes(StandardCharsets.UTF_8));
        assertRefused(twice, "", "not valid JSON");
    }

    @Test
    void specErrorWrongFormat() {
        assertRefused(edit(root -> root.put("format", "valt-site-plan-2")), "format", "expected \"valt-site-plan\"");
    }

    @Test
    void specErrorNewerVersion() {
        assertRefused(edit(root -> root.put("version", 3)), "version", "version 3 is newer");
    }

    @Test
    void specErrorUnknownDeviceType() {
        assertRefused(
                edit(root -> device(root, 2).put("type", "router")),
                "devices[2].type",
                "unknown device type \"router\"");
    }

    @Test
    void specErrorDuplicateOrMissingId() {
        assertRefused(
                edit(root -> device(root, 2).put("id", "pc-front")), "devices[2].id", "duplicate id \"pc-front\"");
        assertRefused(edit(root -> device(root, 3).remove("id")), "devices[3].id", "missing");
        assertRefused(edit(root -> device(root, 3).put("id", " ")), "devices[3].id", "the id is empty");
    }

    @Test
    void specErrorApplicationServerCount() {
        assertRefused(edit(root -> device(root, 0).put("type", "media-server")), "devices", "no application server");
        assertRefused(
                edit(root -> device(root, 1).put("type", "application-server")), "devices", "2 application servers");
    }

    @Test
    void specErrorMediaServerNotAServer() {
        assertRefused(
                edit(root -> device(root, 4).put("mediaServer", "pc-front")),
                "devices[4].mediaServer",
                "\"pc-front\" is a client, not a server");
        assertRefused(
                edit(root -> device(root, 1).put("mediaServer", "app")),
                "devices[1].mediaServer",
                "only a camera or a BEAM device is served");
    }

    @Test
    void specErrorBadAddress() {
        assertRefused(
                edit(root -> device(root, 1).put("address", "10.0.0.300")),
                "devices[1].address",
                "neither an IPv4 address, an IPv6 address nor a host name");
        assertRefused(edit(root -> device(root, 1).put("address", "fe80::1::2")), "devices[1].address", "neither");
        assertRefused(edit(root -> device(root, 1).put("address", "bad host!")), "devices[1].address", "neither");
        assertRefused(
                edit(root -> ((ArrayNode) root.with("settings").get("dnsServers")).add("-dns-")),
                "settings.dnsServers[1]",
                "neither");
    }

    @Test
    void allProblemsOfAFileAreReported() {
        SiteLoadException e = assertRefused(
                edit(root -> {
                    device(root, 1).put("type", "router");
                    device(root, 2).put("x", "left");
                }),
                "devices[1].type",
                "unknown device type");
        assertThat(e.problems()).extracting(LoadProblem::path).containsExactly("devices[1].type", "devices[2].x");
        assertThat(e.getMessage()).contains("(and ");
    }

    // ---- version 2: zones and firewalls (zones.md) ----

    @Test
    void zonesOfTheWrongShape() {
        assertRefused(editHospital(root -> root.put("zones", "servers")), "zones", "expected a list of zones");
        assertRefused(
                editHospital(root -> zone(root, 0).put("networks", "10.20.0.0/24")),
                "zones[0].networks",
                "expected a list of prefixes");
        assertRefused(
                editHospital(root -> ((ArrayNode) zone(root, 0).get("networks")).add(24)),
                "zones[0].networks[1]",
                "expected text");
        assertRefused(editHospital(root -> zone(root, 1).put("vlan", 1e40)), "zones[1].vlan", "expected a VLAN number");
        assertRefused(
                editHospital(root -> firewall(root, 1).put("interfaces", "eth0")),
                "firewalls[1].interfaces",
                "expected a list of interfaces");
        assertRefused(
                editHospital(root -> ((ArrayNode) root.get("firewalls")).add("core")),
                "firewalls[2]",
                "expected a firewall object");
    }

    @Test
    void zonesNestedDeepOrHugeAreStoppedByTheSameLimits() {
        String deep = "{\"format\": \"valt-site-plan\", \"version\": 2, \"zones\": [{\"id\": \"a\", \"future\": "
                + "[".repeat(10_000) + "]".repeat(10_000) + "}]}";
        assertRefused(deep.getBytes(StandardCharsets.UTF_8), "zones[0].future", "nested more than 64 levels");
        assertRefused(
                editHospital(root -> zone(root, 0).put("vlan", new java.math.BigInteger("9".repeat(5_000)))),
                "zones[0].vlan",
                "longer than 50 digits");
    }

    @Test
    void everyVersionTwoRefusalOfTheSpec() {
        assertRefused(editHospital(root -> zone(root, 1).put("id", "servers")), "zones[1].id", "duplicate zone id");
        assertRefused(editHospital(root -> zone(root, 1).put("id", "")), "zones[1].id", "the id is empty");
        assertRefused(editHospital(root -> zone(root, 1).put("id", "internet")), "zones[1].id", "built-in zone");
        assertRefused(
                editHospital(root -> ((ArrayNode) zone(root, 2).get("networks")).add("fd00:40::/200")),
                "zones[2].networks[2]",
                "is not a network prefix");
        assertRefused(
                editHospital(root -> ((ArrayNode) zone(root, 3).get("networks")).add("10.20.0.0/24")),
                "zones[3].networks[1]",
                "already a network of zone \"servers\"");
        assertRefused(
                editHospital(root ->
                        ((ObjectNode) firewall(root, 1).get("interfaces").get(0)).put("zone", "dmz")),
                "firewalls[1].interfaces[0].zone",
                "no zone has the id \"dmz\"");
        assertRefused(
                editHospital(root ->
                        ((ObjectNode) firewall(root, 1).get("interfaces").get(1)).put("name", "srv1")),
                "firewalls[1].interfaces[1].name",
                "already");
        assertRefused(
                editHospital(root ->
                        ((ObjectNode) firewall(root, 1).get("interfaces").get(1)).put("zone", "servers")),
                "firewalls[1].interfaces[1].zone",
                "one interface per zone");
        assertRefused(
                editHospital(root -> firewall(root, 0).put("id", "ms1")), "firewalls[0].id", "also the id of a device");
        assertRefused(
                editHospital(root -> firewall(root, 0).put("platform", "checkpoint")),
                "firewalls[0].platform",
                "unknown platform \"checkpoint\"");
        assertRefused(
                editHospital(root -> device(root, 1).put("zone", "guest")),
                "devices[1].zone",
                "no zone has the id \"guest\"");
    }

    @Test
    void hostileTextInZoneAndFirewallFieldsIsKeptAsTextAndRoundTrips() throws Exception {
        String evil = "=cmd|' /C calc'!A0 <script>\u202e\u0000-";
        byte[] bytes = editHospital(root -> {
            zone(root, 0).put("name", evil);
            firewall(root, 0).put("name", evil);
            ((ObjectNode) firewall(root, 0).get("interfaces").get(0)).put("vendorZone", evil);
        });
        Site site = SiteFileReader.read(bytes, FILE);
        assertThat(site.zones().get(0).name()).isEqualTo(evil);
        assertThat(SiteFileReader.read(SiteFileWriter.toBytes(site), FILE)).isEqualTo(site);
    }

    // ---- the file itself ----

    @Test
    void missingFileFolderAndDevice() throws IOException {
        assertRefused(dir.resolve("nope.valt.json"), "", "no such file");
        assertRefused(dir, "", "folder");
        Path zero = Path.of("/dev/zero"); // endless: must be refused without reading it all
        if (Files.isReadable(zero)) {
            long before = allocated();
            assertRefused(zero, "", "MB");
            assertThat(allocated() - before).isLessThan(80L << 20);
        }
    }

    // ---- helpers ----

    /** The clinic sample, changed by {@code change}. */
    static byte[] edit(Consumer<ObjectNode> change) {
        try {
            ObjectNode root = (ObjectNode) Json.mapper().readTree(Files.readAllBytes(CLINIC));
            change.accept(root);
            return Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The zoned hospital sample, changed by {@code change}. */
    static byte[] editHospital(Consumer<ObjectNode> change) {
        try {
            ObjectNode root = (ObjectNode) Json.mapper().readTree(Files.readAllBytes(HOSPITAL));
            change.accept(root);
            return Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static ObjectNode zone(ObjectNode root, int i) {
        return (ObjectNode) root.get("zones").get(i);
    }

    static ObjectNode firewall(ObjectNode root, int i) {
        return (ObjectNode) root.get("firewalls").get(i);
    }

    static ObjectNode device(ObjectNode root, int i) {
        return (ObjectNode) root.get("devices").get(i);
    }

    static SiteLoadException assertRefused(byte[] bytes, String path, String reason) {
        LoadOutcome o = LoadOutcome.of(bytes, FILE);
        assertThat(o.defect).as("only SiteLoadException").isNull();
        assertThat(o.site).as("refused").isNull();
        return check(o.refused, FILE, path, reason);
    }

    static SiteLoadException assertRefused(Path file, String path, String reason) {
        SiteLoadException e = catchThrowableOfType(SiteLoadException.class, () -> SiteFileReader.read(file));
        assertThat(e).as("refused with SiteLoadException").isNotNull();
        return check(e, file.toString(), path, reason);
    }

    private static SiteLoadException check(SiteLoadException e, String file, String path, String reason) {
        String message = e.getMessage();
        assertThat(message).as("names the file").startsWith(file + ": ");
        assertThat(message).as("says the problem").contains(reason);
        if (!path.isEmpty()) {
            assertThat(message).as("names the JSON path").startsWith(file + ": " + path);
            assertThat(e.problems().get(0).path()).startsWith(path);
        }
        assertThat(message).as("no stack trace, class names or Jackson jargon").doesNotContain(LoadOutcome.JARGON);
        return e;
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    static long allocated() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
    }
}
