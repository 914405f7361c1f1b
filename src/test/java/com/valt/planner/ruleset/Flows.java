package com.valt.planner.ruleset;

import com.valt.planner.domain.Extras;
import com.valt.planner.domain.Firewall;
import com.valt.planner.domain.FirewallInterface;
import com.valt.planner.domain.Platform;
import java.util.ArrayList;
import java.util.List;

/** Carried flows written by hand for the aggregation's tests, numbered in the order they are added. */
final class Flows {
    static final Firewall CORE = new Firewall(
            "core",
            "Core",
            Platform.NFTABLES,
            List.of(new FirewallInterface("staff1", "staff", null), new FirewallInterface("srv1", "servers", null)),
            null,
            null,
            Extras.NONE);

    private final List<CarriedFlow> flows = new ArrayList<>();
    private String in = "staff1";
    private String out = "srv1";

    Flows through(String inInterface, String outInterface) {
        in = inInterface;
        out = outInterface;
        return this;
    }

    Flows add(
            String section, String ruleId, int ruleOrder, Match source, Match destination, String transport, int port) {
        flows.add(new CarriedFlow(
                in, out, section, ruleId, ruleOrder, flows.size(), transport, port, source, destination));
        return this;
    }

    List<CarriedFlow> list() {
        return List.copyOf(flows);
    }

    FirewallRuleSet aggregate() {
        return Aggregator.aggregate(CORE, flows);
    }

    static Match client(String id, String address) {
        return Match.address(address, Names.CLIENT, null, "staff", id);
    }

    static Match admin(String id, String address) {
        return Match.address(address, Names.ADMIN_CLIENT, null, "staff", id);
    }

    static Match server(String id, String address) {
        return Match.address(
                address, id.equals("app") ? Names.APPLICATION_SERVER : Names.MEDIA_SERVER, id, "servers", id);
    }

    static Match camera(String id, String address, String server) {
        return Match.address(address, Names.CAMERA, server, "cameras", id);
    }

    /** What the test expects a flow to allow, worked out from the flow alone. */
    static Expansion.Expected expected(CarriedFlow f) {
        return new Expansion.Expected(
                f.inInterface(),
                f.outInterface(),
                f.source().members(),
                f.source().kind() == AddressObject.Kind.HOST_NAMES,
                f.destination().members(),
                f.destination().kind() == AddressObject.Kind.HOST_NAMES,
                f.transport(),
                f.port());
    }
}
