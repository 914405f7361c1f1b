package com.valt.planner.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * An immutable site plan: what the user designs and what every output reads. Edits return a new
 * site; the editor's undo stack keeps the old ones.
 */
public final class Site {
    /** The newest site-file version this program understands. */
    public static final int CURRENT_VERSION = 2;

    private final int version;
    private final SiteInfo info;
    private final Settings settings;
    private final List<Device> devices;
    private final Extras extras;
    private final List<Zone> zones;
    private final List<Firewall> firewalls;
    private final Map<String, Device> byId;

    /** A site without zones or firewalls (a version-1 site). */
    public Site(int version, SiteInfo info, Settings settings, List<Device> devices, Extras extras) {
        this(version, info, settings, devices, List.of(), List.of(), extras);
    }

    public Site(
            int version,
            SiteInfo info,
            Settings settings,
            List<Device> devices,
            List<Zone> zones,
            List<Firewall> firewalls,
            Extras extras) {
        this.version = version;
        this.zones = List.copyOf(zones);
        this.firewalls = List.copyOf(firewalls);
        this.info = Objects.requireNonNullElse(info, SiteInfo.EMPTY);
        this.settings = Objects.requireNonNullElse(settings, Settings.DEFAULTS);
        this.devices = List.copyOf(devices);
        this.extras = Objects.requireNonNullElse(extras, Extras.NONE);
        Map<String, Device> index = new LinkedHashMap<>();
        for (Device d : this.devices) {
            index.putIfAbsent(d.id(), d);
        }
        this.byId = Collections.unmodifiableMap(index);
    }

    /** A new, empty site with the defaults of the site-file spec: no zones, so a version-1 site. */
    public static Site empty() {
        return new Site(1, SiteInfo.EMPTY, Settings.DEFAULTS, List.of(), Extras.NONE);
    }

    /** The version the file said (or {@link #CURRENT_VERSION} for a site made in the program). */
    public int version() {
        return version;
    }

    /** The version this site is saved as: 2 with zones or firewalls, else 1, byte for byte as before (zones.md). */
    public int fileVersion() {
        return hasZones() ? 2 : 1;
    }

    public SiteInfo info() {
        return info;
    }

    public Settings settings() {
        return settings;
    }

    public List<Device> devices() {
        return devices;
    }

    public Extras extras() {
        return extras;
    }

    /** The site's zones in file order; the built-in {@link Zone#INTERNET} zone is not among them. */
    public List<Zone> zones() {
        return zones;
    }

    public List<Firewall> firewalls() {
        return firewalls;
    }

    /** A site with zones or firewalls is a version-2 site (zones.md). */
    public boolean hasZones() {
        return !zones.isEmpty() || !firewalls.isEmpty();
    }

    public Optional<Zone> zone(String id) {
        return zones.stream().filter(z -> z.id().equals(id)).findFirst();
    }

    public Optional<Firewall> firewall(String id) {
        return firewalls.stream().filter(f -> f.id().equals(id)).findFirst();
    }

    public Optional<Device> device(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public List<Device> devicesOfType(DeviceType type) {
        return devices.stream().filter(d -> d.type() == type).toList();
    }

    /** The one application server, if the site has exactly one (a valid site always does). */
    public Optional<Device> applicationServer() {
        List<Device> apps = devicesOfType(DeviceType.APPLICATION_SERVER);
        return apps.size() == 1 ? Optional.of(apps.get(0)) : Optional.empty();
    }

    /** The application server and every media server, in file order. */
    public List<Device> servers() {
        return devices.stream().filter(d -> d.type().isServer()).toList();
    }

    /**
     * The server that serves a camera or BEAM device: the one named in {@code mediaServer}, or the
     * application server when the field is absent. Empty for other devices or a dangling reference.
     */
    public Optional<Device> servingServer(Device served) {
        if (!served.type().isServed()) {
            return Optional.empty();
        }
        if (served.mediaServer() == null) {
            return applicationServer();
        }
        return device(served.mediaServer()).filter(d -> d.type().isServer());
    }

    /** The Wowza key a server uses: its own, or the site's. */
    public WowzaKey effectiveWowzaKey(Device server) {
        return server.wowzaKey() != null ? server.wowzaKey() : settings.effectiveWowzaKey();
    }

    public Site withInfo(SiteInfo v) {
        return new Site(version, v, settings, devices, zones, firewalls, extras);
    }

    public Site withSettings(Settings v) {
        return new Site(version, info, v, devices, zones, firewalls, extras);
    }

    public Site withDevices(List<Device> v) {
        return new Site(version, info, settings, v, zones, firewalls, extras);
    }

    public Site withZones(List<Zone> v) {
        return new Site(version, info, settings, devices, v, firewalls, extras);
    }

    public Site withFirewalls(List<Firewall> v) {
        return new Site(version, info, settings, devices, zones, v, extras);
    }

    /** Replaces the device with the same id, keeping its place in the list. */
    public Site withDevice(Device changed) {
        return withDevices(devices.stream()
                .map(d -> d.id().equals(changed.id()) ? changed : d)
                .toList());
    }

    public Site updateDevice(String id, UnaryOperator<Device> change) {
        return withDevices(devices.stream()
                .map(d -> d.id().equals(id) ? change.apply(d) : d)
                .toList());
    }

    public Site plusDevice(Device added) {
        List<Device> list = new ArrayList<>(devices);
        list.add(added);
        return withDevices(list);
    }

    /** A device id not used yet, built from a prefix: {@code cam1}, {@code cam2}, ... */
    public String freeId(String prefix) {
        return freeId(prefix, Set.of());
    }

    /** As {@link #freeId(String)}, and not in {@code taken}: ids already given to devices not added yet. */
    public String freeId(String prefix, Set<String> taken) {
        for (int i = 1; ; i++) {
            String candidate = prefix + i;
            if (!byId.containsKey(candidate) && !taken.contains(candidate)) {
                return candidate;
            }
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Site s
                && version == s.version
                && info.equals(s.info)
                && settings.equals(s.settings)
                && devices.equals(s.devices)
                && zones.equals(s.zones)
                && firewalls.equals(s.firewalls)
                && extras.equals(s.extras);
    }

    @Override
    public int hashCode() {
        return Objects.hash(version, info, settings, devices, zones, firewalls, extras);
    }

    @Override
    public String toString() {
        return "Site[" + info.name() + ", " + devices.size() + " devices]";
    }
}
