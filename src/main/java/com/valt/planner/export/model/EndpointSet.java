package com.valt.planner.export.model;

import com.valt.planner.domain.Device;
import com.valt.planner.domain.Site;
import com.valt.planner.engine.Endpoint;
import com.valt.planner.engine.EndpointType;
import java.util.List;

/**
 * One side of a grouped flow row: a few endpoints named one by one, or many described once
 * ("50 cameras served by Media Server 1") with their addresses folded into ranges.
 */
public record EndpointSet(List<Endpoint> members, String description, String addresses, int withoutAddress) {
    /** Up to this many members are listed by name. */
    public static final int LISTED = 4;

    public EndpointSet {
        members = List.copyOf(members);
    }

    public boolean listed() {
        return members.size() <= LISTED;
    }

    static EndpointSet of(List<Endpoint> members, Site site) {
        int missing = (int) members.stream().filter(e -> e.address() == null).count();
        String addresses =
                AddressList.compress(members.stream().map(Endpoint::address).toList());
        return new EndpointSet(members, describe(members, site), addresses, missing);
    }

    private static String describe(List<Endpoint> members, Site site) {
        int n = members.size();
        EndpointType type = members.get(0).type();
        boolean same = members.stream().allMatch(e -> e.type() == type);
        if (!same) {
            boolean servers = members.stream()
                    .allMatch(
                            e -> e.type() == EndpointType.APPLICATION_SERVER || e.type() == EndpointType.MEDIA_SERVER);
            return n + (servers ? " servers" : " endpoints");
        }
        return switch (type) {
            case CLIENT -> {
                boolean admins = members.stream()
                        .allMatch(e -> site.device(e.id()).map(Device::admin).orElse(false));
                yield n + (admins ? " admin PCs" : " client PCs");
            }
            case CAMERA, BEAM ->
                n + (type == EndpointType.CAMERA ? " cameras" : " BEAM devices") + servedBy(members, site);
            case MEDIA_SERVER -> n + " media servers";
            case APPLICATION_SERVER -> n + " application servers";
            case INTERNET -> n + " internet hosts";
            case DNS -> n + " DNS servers";
            case FIREWALL -> n + " firewalls";
        };
    }

    private static String servedBy(List<Endpoint> members, Site site) {
        List<String> servers = members.stream()
                .map(e -> site.device(e.id())
                        .flatMap(site::servingServer)
                        .map(Device::displayName)
                        .orElse(""))
                .distinct()
                .toList();
        return servers.size() == 1 && !servers.get(0).isEmpty() ? " served by " + servers.get(0) : "";
    }
}
