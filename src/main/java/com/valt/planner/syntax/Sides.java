package com.valt.planner.syntax;

import com.valt.planner.ruleset.AddressObject;
import com.valt.planner.ruleset.FirewallRule;
import java.util.List;

/**
 * A rule's two address sides split by family. Platforms that keep IPv4 and IPv6 apart (nftables
 * sets, iptables, FortiGate's srcaddr6) write a family only when both sides can hold it: an IPv4
 * source never reaches an IPv6 destination. A host-name side fits either family.
 */
record Sides(List<Cidr> src4, List<Cidr> src6, List<Cidr> dst4, List<Cidr> dst6, boolean srcNames, boolean dstNames) {

    static Sides of(FirewallRule rule) {
        return new Sides(
                cidrs(rule.sources(), false),
                cidrs(rule.sources(), true),
                cidrs(rule.destinations(), false),
                cidrs(rule.destinations(), true),
                rule.sources().isHostNames(),
                rule.destinations().isHostNames());
    }

    static List<Cidr> cidrs(AddressObject o, boolean v6) {
        return o.isHostNames() ? List.of() : Cidr.disjoint(o.members(), v6);
    }

    /** Whether the rule carries IPv4 traffic (host names on both sides: written for IPv4). */
    boolean v4() {
        return (srcNames || !src4.isEmpty()) && (dstNames || !dst4.isEmpty());
    }

    boolean v6() {
        return (srcNames || !src6.isEmpty()) && (dstNames || !dst6.isEmpty()) && !(srcNames && dstNames);
    }

    List<Cidr> src(boolean v6) {
        return v6 ? src6 : src4;
    }

    List<Cidr> dst(boolean v6) {
        return v6 ? dst6 : dst4;
    }
}
