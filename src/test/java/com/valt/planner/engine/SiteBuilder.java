package com.valt.planner.engine;

import com.valt.planner.domain.Device;
import com.valt.planner.domain.DeviceType;
import com.valt.planner.domain.Extras;
import com.valt.planner.domain.Firewall;
import com.valt.planner.domain.FirewallInterface;
import com.valt.planner.domain.Platform;
import com.valt.planner.domain.Settings;
import com.valt.planner.domain.Site;
import com.valt.planner.domain.SiteInfo;
import com.valt.planner.domain.WowzaKey;
import com.valt.planner.domain.Zone;
import java.util.ArrayList;
import java.util.List;

/** Small sites for tests, built in code so each test says exactly what its site holds. */
final class SiteBuilder {
    private final List<Device> devices = new ArrayList<>();
    private final List<Zone> zones = new ArrayList<>();
    private final List<Firewall> firewalls = new ArrayList<>();
    private Settings settings = Settings.DEFAULTS;

    static SiteBuilder withApp() {
        return new SiteBuilder().add(Device.of("app", DeviceType.APPLICATION_SERVER));
    }

    SiteBuilder add(Device d) {
        devices.add(d);
        return this;
    }

    SiteBuilder client(String id) {
        return add(Device.of(id, DeviceType.CLIENT));
    }

    SiteBuilder admin(String id) {
        return add(Device.of(id, DeviceType.CLIENT).withAdmin(true));
    }

    SiteBuilder media(String id) {
        return add(Device.of(id, DeviceType.MEDIA_SERVER));
    }

    SiteBuilder media(String id, WowzaKey key) {
        return add(Device.of(id, DeviceType.MEDIA_SERVER).withWowzaKey(key));
    }

    SiteBuilder camera(String id, String server) {
        return add(Device.of(id, DeviceType.CAMERA).withMediaServer(server));
    }

    SiteBuilder beam(String id, String server) {
        return add(Device.of(id, DeviceType.BEAM).withMediaServer(server));
    }

    SiteBuilder ssl(boolean on) {
        settings = settings.withSsl(on);
        return this;
    }

    SiteBuilder updates(boolean on) {
        settings = settings.withOnlineUpdates(on);
        return this;
    }

    SiteBuilder wowzaKey(WowzaKey key) {
        settings = settings.withWowzaKey(key);
        return this;
    }

    SiteBuilder dns(String... servers) {
        settings = settings.withDnsServers(List.of(servers));
        return this;
    }

    SiteBuilder zone(String id, String... networks) {
        zones.add(new Zone(id, null, List.of(networks), null, Extras.NONE));
        return this;
    }

    /** A firewall; each interface as "NAME=ZONE". */
    SiteBuilder firewall(String id, Platform platform, String... interfaces) {
        List<FirewallInterface> list = new ArrayList<>();
        for (String i : interfaces) {
            String[] parts = i.split("=", 2);
            list.add(new FirewallInterface(parts[0], parts[1], null));
        }
        firewalls.add(new Firewall(id, null, platform, list, null, null, Extras.NONE));
        return this;
    }

    /** Replaces the last device added, e.g. to give it an address or a zone. */
    SiteBuilder last(java.util.function.UnaryOperator<Device> change) {
        devices.set(devices.size() - 1, change.apply(devices.get(devices.size() - 1)));
        return this;
    }

    Site build() {
        return new Site(Site.CURRENT_VERSION, SiteInfo.EMPTY, settings, devices, zones, firewalls, Extras.NONE);
    }
}
