package com.valt.planner.export;

import com.valt.planner.catalog.Catalog;
import com.valt.planner.domain.Device;
import com.valt.planner.domain.DeviceType;
import com.valt.planner.domain.Extras;
import com.valt.planner.domain.Settings;
import com.valt.planner.domain.Site;
import com.valt.planner.domain.SiteInfo;
import com.valt.planner.domain.WowzaKey;
import com.valt.planner.io.SiteFileWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A campus-size site for size and speed checks: 1 application server, 40 media servers (every fifth
 * with a physical Wowza key), 2,000 cameras (50 per media server), 300 clients (20 of them admin PCs),
 * 50 BEAM devices: 2,391 devices. No canvas positions, so the diagram is laid out automatically.
 * {@code main(path)} writes it as a site file for the command-line benchmark.
 */
public final class Campus {
    public static final int MEDIA_SERVERS = 40;
    public static final int CAMERAS_PER_SERVER = Catalog.CAMERAS_PER_SERVER;
    public static final int CLIENTS = 300;
    public static final int ADMINS = 20;
    public static final int BEAMS = 50;

    private Campus() {}

    public static Site site() {
        List<Device> d = new ArrayList<>();
        d.add(dev("app", DeviceType.APPLICATION_SERVER, "VALT Application", "10.50.0.10"));
        for (int s = 1; s <= MEDIA_SERVERS; s++) {
            Device ms = dev("ms" + s, DeviceType.MEDIA_SERVER, "Media Server " + s, "10.50.0." + (10 + s));
            d.add(s % 5 == 0 ? ms.withWowzaKey(WowzaKey.PHYSICAL) : ms);
        }
        for (int s = 1; s <= MEDIA_SERVERS; s++) {
            for (int c = 1; c <= CAMERAS_PER_SERVER; c++) {
                d.add(dev(
                                "cam" + s + "-" + c,
                                DeviceType.CAMERA,
                                "Building " + s + " Room " + c,
                                "10.51." + s + "." + c)
                        .withMediaServer("ms" + s));
            }
        }
        for (int i = 1; i <= CLIENTS; i++) {
            Device pc = dev(
                    "pc" + i, DeviceType.CLIENT, "Control Room PC " + i, "10.52." + (i / 250) + "." + (i % 250 + 1));
            d.add(i <= ADMINS ? pc.withAdmin(true).withName("Admin Workstation " + i) : pc);
        }
        for (int i = 1; i <= BEAMS; i++) {
            d.add(dev("beam" + i, DeviceType.BEAM, "Debrief iPad " + i, "10.53.0." + i)
                    .withMediaServer("ms" + (i % MEDIA_SERVERS + 1)));
        }
        SiteInfo info = new SiteInfo(
                "Northfield University Campus",
                "Northfield University",
                "A. Consultant, Example Integrators",
                "C",
                "",
                Extras.NONE);
        Settings settings =
                new Settings(true, true, WowzaKey.DIGITAL, List.of("10.50.0.53", "10.50.0.54"), null, Extras.NONE);
        return new Site(Site.CURRENT_VERSION, info, settings, d, Extras.NONE);
    }

    private static Device dev(String id, DeviceType type, String name, String address) {
        return Device.of(id, type).withName(name).withAddress(address);
    }

    public static void main(String[] args) throws Exception {
        SiteFileWriter.write(site(), Path.of(args[0]));
    }
}
