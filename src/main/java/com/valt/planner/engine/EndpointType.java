package com.valt.planner.engine;

import com.valt.planner.domain.DeviceType;
import java.util.Optional;

/**
 * What a flow's end, or a diagram node, is: one of the site's device types, a host on the internet, or a
 * DNS server. Each device type is paired with its endpoint type here, once, for both directions.
 */
public enum EndpointType {
    CLIENT("client", DeviceType.CLIENT),
    APPLICATION_SERVER("application-server", DeviceType.APPLICATION_SERVER),
    MEDIA_SERVER("media-server", DeviceType.MEDIA_SERVER),
    CAMERA("camera", DeviceType.CAMERA),
    BEAM("beam", DeviceType.BEAM),
    /** An update mirror or licensing server on the internet. */
    INTERNET("internet", null),
    /** A resolver listed in the site's settings. */
    DNS("dns", null),
    /** A firewall or router between zones: a diagram node that arrows pass through, never a flow's end. */
    FIREWALL("firewall", null);

    private final String id;
    private final DeviceType deviceType;

    EndpointType(String id, DeviceType deviceType) {
        this.id = id;
        this.deviceType = deviceType;
    }

    /** The name used in the CSV's source_type and destination_type columns. */
    public String id() {
        return id;
    }

    public boolean isDevice() {
        return deviceType != null;
    }

    /** The site's device type, or empty for a host outside the site. */
    public Optional<DeviceType> deviceType() {
        return Optional.ofNullable(deviceType);
    }

    public static EndpointType of(DeviceType type) {
        return BY_DEVICE_TYPE[type.ordinal()];
    }

    /** Indexed by DeviceType ordinal: the engine asks once per device, 12,000 times on a campus. */
    private static final EndpointType[] BY_DEVICE_TYPE = new EndpointType[DeviceType.values().length];

    static {
        for (EndpointType t : values()) {
            if (t.deviceType != null) {
                BY_DEVICE_TYPE[t.deviceType.ordinal()] = t;
            }
        }
    }
}
