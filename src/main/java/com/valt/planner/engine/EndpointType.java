package com.valt.planner.engine;

import com.valt.planner.domain.DeviceType;

/** What a flow's end is: one of the site's devices, a host on the internet, or a DNS server. */
public enum EndpointType {
    CLIENT("client"),
    APPLICATION_SERVER("application-server"),
    MEDIA_SERVER("media-server"),
    CAMERA("camera"),
    BEAM("beam"),
    INTERNET("internet"),
    DNS("dns");

    private final String id;

    EndpointType(String id) {
        this.id = id;
    }

    /** The name used in the CSV's source_type and destination_type columns. */
    public String id() {
        return id;
    }

    public boolean isDevice() {
        return this != INTERNET && this != DNS;
    }

    public static EndpointType of(DeviceType type) {
        return switch (type) {
            case CLIENT -> CLIENT;
            case APPLICATION_SERVER -> APPLICATION_SERVER;
            case MEDIA_SERVER -> MEDIA_SERVER;
            case CAMERA -> CAMERA;
            case BEAM -> BEAM;
        };
    }
}
