package com.valt.planner.domain;

import java.util.Optional;

/** The five kinds of device a site plan holds, with their file-format names. */
public enum DeviceType {
    CLIENT("client", "Client"),
    APPLICATION_SERVER("application-server", "Application server"),
    MEDIA_SERVER("media-server", "Media server"),
    CAMERA("camera", "Camera"),
    BEAM("beam", "BEAM device");

    private final String id;
    private final String label;

    DeviceType(String id, String label) {
        this.id = id;
        this.label = label;
    }

    /** The name used in the site file and on the command line. */
    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    /** The application server and media servers both run the media-server portion. */
    public boolean isServer() {
        return this == APPLICATION_SERVER || this == MEDIA_SERVER;
    }

    /** Cameras and BEAM devices are served by one server. */
    public boolean isServed() {
        return this == CAMERA || this == BEAM;
    }

    public static Optional<DeviceType> fromId(String id) {
        for (DeviceType t : values()) {
            if (t.id.equals(id)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
