package com.valt.planner.ui;

import com.valt.planner.domain.Device;
import com.valt.planner.domain.DeviceType;
import com.valt.planner.domain.Extras;
import com.valt.planner.domain.Settings;
import com.valt.planner.domain.Site;
import com.valt.planner.domain.SiteInfo;

import java.util.ArrayList;
import java.util.List;

/** A generated campus: one app server, media servers of 48 cameras each, clients and BEAM devices. */
public final class CampusSite {
    private CampusSite() {
    }

    public static Site of(int devices) {
        List<Device> list = new ArrayList<>();
        list.add(Device.of("app", DeviceType.APPLICATION_SERVER).withName("VALT Application")
                .withAddress("10.0.0.10").withPosition(0.0, 0.0));
        int servers = Math.max(1, devices / 50);
        for (int s = 1; s <= servers; s++) {
            list.add(Device.of("ms" + s, DeviceType.MEDIA_SERVER).withName("Media " + s)
                    .withAddress("10.0." + (s / 250) + "." + (s % 250 + 1)).withPosition(s * 700.0, 300.0));
        }
        int i = 0;
        while (list.size() < devices) {
            int s = i / 48 + 1;
            int k = i % 48;
            DeviceType type = k < 44 ? DeviceType.CAMERA : k < 46 ? DeviceType.BEAM : DeviceType.CLIENT;
            String id = type == DeviceType.CAMERA ? "cam" + i : type == DeviceType.BEAM ? "beam" + i : "pc" + i;
            Device d = Device.of(id, type).withName(type.label() + " " + i)
                    .withAddress("10." + (1 + s / 250) + "." + (s % 250) + "." + (k + 10))
                    .withPosition(s * 700.0 - 300 + (k % 8) * 80, 450.0 + (k / 8) * 80);
            if (type.isServed()) {
                d = d.withMediaServer("ms" + Math.min(s, servers));
            }
            list.add(d);
            i++;
        }
        return new Site(Site.CURRENT_VERSION, new SiteInfo("Campus " + devices, "Generated", "Bench", "A", "", Extras.NONE),
                Settings.DEFAULTS.withDnsServers(List.of("10.0.0.53")), list, Extras.NONE);
    }
}
