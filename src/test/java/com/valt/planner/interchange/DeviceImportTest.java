package com.valt.planner.interchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.valt.planner.domain.Device;
import com.valt.planner.domain.DeviceType;
import com.valt.planner.domain.Site;
import com.valt.planner.domain.SiteValidator;
import com.valt.planner.domain.Zone;
import com.valt.planner.edit.Command;
import com.valt.planner.io.SiteFileReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DeviceImportTest {
    static Site clinic() throws Exception {
        return SiteFileReader.read(Path.of("samples/clinic.valt.json"));
    }

    static Site university() throws Exception {
        return SiteFileReader.read(Path.of("samples/university.valt.json"));
    }

    private static Device named(ImportPlan plan, String name) {
        return plan.devices().stream()
                .filter(d -> name.equals(d.name()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no device " + name + " in " + plan));
    }

    @Test
    void aPlainCommaSeparatedSheetBecomesDevicesWithIdsFromTheirNames() throws Exception {
        ImportPlan plan = DeviceImport.plan(clinic(), """
                name,type,address,admin
                Lobby Cam,camera,192.168.10.120,
                Nurse Station,pc,192.168.10.50,yes
                """);
        assertThat(plan.rejected()).isEmpty();
        assertThat(plan.devices()).extracting(Device::id).containsExactly("lobby-cam", "nurse-station");
        assertThat(named(plan, "Lobby Cam").type()).isEqualTo(DeviceType.CAMERA);
        assertThat(named(plan, "Lobby Cam").address()).isEqualTo("192.168.10.120");
        assertThat(named(plan, "Nurse Station").admin()).isTrue();
        assertThat(plan.lines()).containsExactly(2, 3);
        assertThat(SiteValidator.validate(plan.applyTo(clinic()))).isEmpty();
    }

    @Test
    void aByteOrderMarkSemicolonsAndSynonymsInTheHeader() throws Exception {
        ImportPlan plan = DeviceImport.plan(
                clinic(),
                "\uFEFFDevice Name;Kind;IP Address;Media_Server\n"
                        + "Room 7;IP Camera;192.168.10.130;VALT Server\n"
                        + "Room 8;cam;192.168.10.131;app\n");
        assertThat(plan.rejected()).isEmpty();
        assertThat(plan.devices()).extracting(Device::name).containsExactly("Room 7", "Room 8");
        assertThat(plan.devices()).allMatch(d -> d.type() == DeviceType.CAMERA && d.mediaServer() == null);
        assertThat(SheetText.decode(("\uFEFFname,type\nA,cam\n").getBytes(StandardCharsets.UTF_8)))
                .startsWith("name,type");
    }

    @Test
    void quotedFieldsKeepTheirCommasQuotesAndLineBreaksAndLineNumbersCountPhysicalLines() throws Exception {
        ImportPlan plan = DeviceImport.plan(clinic(), """
                "Name","Type","Address"
                "Exam Room 1, left wall","camera","192.168.10.140"
                "Room ""Blue""
                second line","camera","192.168.10.141"
                "Bad one","camra","192.168.10.142"
                """);
        assertThat(plan.devices())
                .extracting(Device::name)
                .containsExactly("Exam Room 1, left wall", "Room \"Blue\" second line");
        assertThat(plan.rejected()).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(5);
            assertThat(r.name()).isEqualTo("Bad one");
            assertThat(r.reason()).isEqualTo("unknown type \"camra\" (did you mean camera?)");
        });
    }

    @Test
    void aTabSeparatedPasteWithOtherSynonyms() throws Exception {
        ImportPlan plan = DeviceImport.plan(
                university(),
                "Label\tRole\tHostname\tRecorder\tAdministrator\n"
                        + "Studio A\tCamera\tcam-studio-a.example.edu\tMedia Server 2\t\n"
                        + "Debrief\tiPad\t\tms3\tno\n"
                        + "Dean's PC\tWorkstation\t10.40.9.9\t\tX\n");
        assertThat(plan.rejected()).isEmpty();
        assertThat(named(plan, "Studio A").mediaServer()).isEqualTo("ms2");
        assertThat(named(plan, "Debrief").type()).isEqualTo(DeviceType.BEAM);
        assertThat(named(plan, "Debrief").mediaServer()).isEqualTo("ms3");
        assertThat(named(plan, "Dean's PC").admin()).isTrue();
        assertThat(named(plan, "Dean's PC").id()).isEqualTo("dean-s-pc");
    }

    @Test
    void everyBadRowIsNamedWithItsLineAndReason() throws Exception {
        ImportPlan plan = DeviceImport.plan(clinic(), """
                name,type,ip,server,admin
                Good,camera,192.168.10.150,,
                Typo,camrea,192.168.10.151,,
                Taken,camera,192.168.10.101,,
                Twin A,camera,192.168.10.160,,
                Twin B,camera,192.168.10.160,,
                Nowhere,camera,192.168.10.161,Media 9,
                Broken,camera,300.1.1.1,,
                Admin cam,camera,192.168.10.162,,yes
                Maybe,pc,192.168.10.163,,perhaps
                Second app,application-server,192.168.10.164,,
                Vague,server,192.168.10.165,,
                ,,,,
                Empty type,,192.168.10.166,,
                """);
        assertThat(plan.devices()).extracting(Device::name).containsExactly("Good");
        assertThat(plan.rejected())
                .extracting(Rejection::toString)
                .containsExactly(
                        "line 3: Typo: unknown type \"camrea\" (did you mean camera?)",
                        "line 4: Taken: address 192.168.10.101 is already used by Exam Room 1 (cam1)",
                        "line 5: Twin A: address 192.168.10.160 is also on line 6",
                        "line 6: Twin B: address 192.168.10.160 is also on line 5",
                        "line 7: Nowhere: unknown media server \"Media 9\" (the site's servers: VALT Server (app))",
                        "line 8: Broken: bad address \"300.1.1.1\": neither an IPv4 address, an IPv6 address nor a host name",
                        "line 9: Admin cam: only a client (PC) can be an admin PC, not a camera",
                        "line 10: Maybe: admin \"perhaps\" is neither yes nor no (yes/no, true/false, 1/0, x or empty)",
                        "line 11: Second app: the site already has its one application server, VALT Server (app)",
                        "line 12: Vague: type \"server\" is ambiguous: did you mean media-server or application-server?",
                        "line 14: Empty type: no type (expected camera, client, beam, media-server or application-server)");
    }

    @Test
    void camerasMayNameAServerOfTheSameSheetButNotARejectedOne() throws Exception {
        ImportPlan plan = DeviceImport.plan(clinic(), """
                name,type,address,media server
                Cam on new,camera,192.168.10.170,Media 2
                Media 2,media-server,192.168.10.12,
                Cam on bad,camera,192.168.10.171,Media 3
                Media 3,media server,192.168.10.10,
                """);
        assertThat(named(plan, "Cam on new").mediaServer()).isEqualTo("media-2");
        assertThat(plan.rejected()).extracting(Rejection::line).containsExactly(4, 5);
        assertThat(plan.rejected().get(0).reason()).isEqualTo("its media server \"Media 3\" (line 5) is rejected");
        assertThat(SiteValidator.validate(plan.applyTo(clinic()))).isEmpty();
    }

    @Test
    void idsAreUniqueAgainstTheSiteAndEachOtherAndNamelessRowsGetTheUsualNames() throws Exception {
        ImportPlan plan = DeviceImport.plan(clinic(), """
                type,name
                camera,Cam
                camera,Cam
                camera,Cam
                camera,cam-2
                camera,
                camera,
                camera,Exam Room 1
                """);
        assertThat(plan.devices())
                .extracting(Device::id)
                .containsExactly("cam", "cam-1", "cam-2", "cam-2-1", "cam7", "cam8", "exam-room-1");
        assertThat(plan.devices().get(4).name()).isEqualTo("Camera 7");
        Set<String> ids = new HashSet<>();
        clinic().devices().forEach(d -> ids.add(d.id()));
        plan.devices().forEach(d -> assertThat(ids.add(d.id())).as(d.id()).isTrue());
    }

    @Test
    void newDevicesAreLaidOutBelowThePlanWithoutOverlapping() throws Exception {
        Site site = clinic();
        StringBuilder csv = new StringBuilder("name,type\n");
        for (int i = 1; i <= 30; i++) {
            csv.append("Cam ").append(i).append(",camera\n");
        }
        csv.append("New PC,client\nNew Media,media-server\n");
        ImportPlan plan = DeviceImport.plan(site, csv.toString());
        double bottom = site.devices().stream().mapToDouble(Device::y).max().orElseThrow();
        assertThat(plan.devices()).allMatch(d -> d.hasPosition() && d.y() > bottom + 60);
        Set<String> places = new HashSet<>();
        plan.devices().forEach(d -> assertThat(places.add(d.x() + "," + d.y())).isTrue());
    }

    @Test
    void fiveHundredCamerasAreOneUndoableEdit() throws Exception {
        Site site = university();
        StringBuilder csv = new StringBuilder("Name,Type,IP,Server\n");
        for (int i = 0; i < 500; i++) {
            csv.append("Cam ")
                    .append(i)
                    .append(",camera,10.50.")
                    .append(i / 250)
                    .append('.')
                    .append(i % 250 + 1)
                    .append(",Media Server ")
                    .append(i % 3 + 1)
                    .append('\n');
        }
        long start = System.nanoTime();
        ImportPlan plan = DeviceImport.plan(site, csv.toString());
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(plan.rejected()).isEmpty();
        assertThat(plan.devices()).hasSize(500);
        Command c = plan.command();
        assertThat(c.description()).isEqualTo("Import 500 devices");
        Site after = c.apply(site);
        assertThat(after.devices()).hasSize(site.devices().size() + 500);
        assertThat(SiteValidator.validate(after)).isEmpty();
        assertThat(c.undo(after)).isEqualTo(site);
        assertThat(millis).as("planning 500 rows took %d ms", millis).isLessThan(5_000);
    }

    @Test
    void zonesByIdOrNameWhenTheSiteHasThemAndIgnoredWithANoteWhenNot() throws Exception {
        Site zoned = clinic().withZones(List.of(new Zone("cams", "Camera VLAN", List.of("192.168.10.0/24"), 20, null)));
        ImportPlan plan = DeviceImport.plan(zoned, """
                name,type,vlan zone
                A,camera,Camera VLAN
                B,camera,cams
                C,camera,office
                """);
        assertThat(plan.devices()).extracting(Device::zone).containsExactly("cams", "cams");
        assertThat(plan.rejected())
                .singleElement()
                .extracting(Rejection::reason)
                .isEqualTo("unknown zone \"office\" (the site's zones: cams)");
        ImportPlan flat = DeviceImport.plan(clinic(), "name,type,zone,notes\nA,camera,office,x\n");
        assertThat(flat.rejected()).isEmpty();
        assertThat(flat.notes())
                .containsExactly(
                        "column \"notes\" ignored (not a name, type, address, media server, zone or admin column)",
                        "the zone column is ignored: the site has no zones");
    }

    @Test
    void aSheetWithoutATypeColumnOrWithBrokenQuotingIsRefusedAsAWhole() {
        assertThatThrownBy(() -> DeviceImport.plan(Site.empty(), "name,address\nA,10.0.0.1\n"))
                .isInstanceOf(SheetException.class)
                .hasMessageContaining("no column for the device type")
                .hasMessageContaining("name, address");
        assertThatThrownBy(() -> DeviceImport.plan(Site.empty(), ""))
                .isInstanceOf(SheetException.class)
                .hasMessageContaining("empty");
        assertThatThrownBy(() -> DeviceImport.plan(Site.empty(), "name,type\n\"A,camera\n"))
                .isInstanceOf(SheetException.class)
                .hasMessageContaining("not readable as CSV");
    }

    @Test
    void windows1252BytesAreReadAsSuch() {
        byte[] bytes = "name;type\nSal\u00e9 1;camera\n".getBytes(java.nio.charset.Charset.forName("windows-1252"));
        assertThat(SheetText.decode(bytes)).contains("Sal\u00e9 1");
    }

    @Test
    void idsNeverTakeAFirewallsId() throws Exception {
        Site site = clinic().withFirewalls(List.of(new com.valt.planner.domain.Firewall(
                "fw", "Core", com.valt.planner.domain.Platform.GENERIC, List.of(), null, null, null)));
        ImportPlan plan = DeviceImport.plan(site, "name,type,id\nFW,camera,\nfw,camera,\nX,camera,fw\n");
        assertThat(plan.devices()).extracting(Device::id).containsExactly("fw-1", "fw-2");
        assertThat(plan.rejected())
                .singleElement()
                .extracting(Rejection::reason)
                .isEqualTo("id \"fw\" is already used by a firewall");
    }
}
