package com.valt.planner.domain;

import java.util.Objects;

/**
 * One device of the site. Optional fields are null when the file leaves them out, so that a
 * saved file says only what the user said; use the {@code effective*} methods of {@link Site}
 * for the values that apply.
 *
 * @param address     IPv4/IPv6 address or host name, or null
 * @param wowzaKey    on a server, overrides the site setting; null means "the setting"
 * @param mediaServer on a camera or BEAM device, id of its serving server; null means the application server
 * @param zone        the zone id the device is pinned to (site file version 2), or null: its address decides
 * @param x           canvas position, or null when it should be laid out automatically
 */
public record Device(
        String id,
        DeviceType type,
        String name,
        String address,
        WowzaKey wowzaKey,
        String mediaServer,
        boolean admin,
        String zone,
        Double x,
        Double y,
        Extras extras) {

    public Device {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        extras = Objects.requireNonNullElse(extras, Extras.NONE);
    }

    public static Device of(String id, DeviceType type) {
        return new Device(id, type, null, null, null, null, false, null, null, null, Extras.NONE);
    }

    /** The name to show: the name, or the id when no name was given. */
    public String displayName() {
        return name == null || name.isBlank() ? id : name;
    }

    public boolean hasPosition() {
        return x != null && y != null;
    }

    public Device withId(String v) {
        return new Device(v, type, name, address, wowzaKey, mediaServer, admin, zone, x, y, extras);
    }

    public Device withName(String v) {
        return new Device(id, type, v, address, wowzaKey, mediaServer, admin, zone, x, y, extras);
    }

    public Device withAddress(String v) {
        return new Device(id, type, name, v, wowzaKey, mediaServer, admin, zone, x, y, extras);
    }

    public Device withWowzaKey(WowzaKey v) {
        return new Device(id, type, name, address, v, mediaServer, admin, zone, x, y, extras);
    }

    public Device withMediaServer(String v) {
        return new Device(id, type, name, address, wowzaKey, v, admin, zone, x, y, extras);
    }

    public Device withAdmin(boolean v) {
        return new Device(id, type, name, address, wowzaKey, mediaServer, v, zone, x, y, extras);
    }

    public Device withPosition(Double nx, Double ny) {
        return new Device(id, type, name, address, wowzaKey, mediaServer, admin, zone, nx, ny, extras);
    }

    public Device withZone(String v) {
        return new Device(id, type, name, address, wowzaKey, mediaServer, admin, v, x, y, extras);
    }
}
