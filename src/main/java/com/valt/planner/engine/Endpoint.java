package com.valt.planner.engine;

import com.valt.planner.domain.Device;
import java.util.Objects;

/**
 * One end of a flow.
 *
 * @param id      the device id, or the host name / address of something outside the site
 * @param name    what to show: the device's name, or the host
 * @param address the device's address (null when the site gives none), or the host itself
 */
public record Endpoint(String id, EndpointType type, String name, String address) {

    public static Endpoint of(Device d) {
        return new Endpoint(d.id(), EndpointType.of(d.type()), d.displayName(), d.address());
    }

    public static Endpoint internet(String host) {
        return new Endpoint(host, EndpointType.INTERNET, host, host);
    }

    public static Endpoint dns(String address) {
        return new Endpoint(address, EndpointType.DNS, address, address);
    }

    // equals and hashCode written out (same meaning as the record's): the graph hashes endpoints for every
    // flow, and the generated versions are slow until the JIT has warmed up, which a CLI run never does.
    @Override
    public boolean equals(Object o) {
        return this == o
                || o instanceof Endpoint e
                        && id.equals(e.id)
                        && type == e.type
                        && Objects.equals(name, e.name)
                        && Objects.equals(address, e.address);
    }

    @Override
    public int hashCode() {
        return ((id.hashCode() * 31 + type.hashCode()) * 31 + Objects.hashCode(name)) * 31 + Objects.hashCode(address);
    }

    /** "Media 1 (10.20.0.11)", or just the name when there is no address or the name is the address. */
    public String label() {
        return address == null || address.equals(name) ? name : name + " (" + address + ")";
    }
}
