package com.valt.planner.revision;

import static org.assertj.core.api.Assertions.assertThat;

import com.valt.planner.domain.Site;
import com.valt.planner.engine.FlowEngine;
import com.valt.planner.engine.FlowResult;
import com.valt.planner.io.CatalogLoader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Revision pairs made from the samples, compared from the engine's results. */
class RevisionsTest {
    private static final FlowEngine ENGINE = new FlowEngine(CatalogLoader.loadDefault());
    private static final String HOSPITAL = "samples/hospital-zones.valt.json";
    private static final String UNIVERSITY = "samples/university-zones.valt.json";
    private static final String PLAIN = "samples/university.valt.json";

    private static RevisionDiff diff(String sample, Revision after) {
        return Revisions.compare(ENGINE.compute(Revision.of(sample).site()), ENGINE.compute(after.site()));
    }

    private static List<String> texts(List<FlowSide> flows) {
        return flows.stream().map(s -> DiffText.flow(s.flow())).toList();
    }

    @Test
    void theSameSiteChangesNothing() {
        RevisionDiff d = diff(HOSPITAL, Revision.of(HOSPITAL));
        assertThat(d.changesForFirewallTeam()).isFalse();
        assertThat(d.causes()).isEmpty();
        assertThat(d.rows()).isEmpty();
        assertThat(DiffText.verdict(d)).isEqualTo("no change for the firewall team");
    }

    @Test
    void renamingAndMovingOnThePlanIsNoChangeForTheFirewallTeam() {
        RevisionDiff d = diff(
                HOSPITAL,
                Revision.of(HOSPITAL)
                        .edit("pc-debrief", n -> n.put("name", "Debrief 2").put("x", 7))
                        .edit("ms1", n -> n.put("y", 999)));
        assertThat(d.changesForFirewallTeam()).isFalse();
        assertThat(d.effective()).isEmpty();
        assertThat(d.cosmetic()).extracting(Cause::subject).containsExactly("ms1", "pc-debrief");
        assertThat(DiffText.verdict(d)).isEqualTo("no change for the firewall team; 2 devices renamed/moved");
    }

    @Test
    void anAddedCameraAddsItsFlowsAndItsAddressToTheCoreRule() {
        RevisionDiff d = diff(
                HOSPITAL,
                Revision.of(HOSPITAL)
                        .addDevice(
                                "{\"id\":\"cam-new\",\"type\":\"camera\",\"name\":\"New\",\"address\":\"10.30.0.25\","
                                        + "\"mediaServer\":\"ms1\"}"));
        assertThat(d.changesForFirewallTeam()).isTrue();
        assertThat(d.removed()).isEmpty();
        assertThat(d.added()).isNotEmpty().allSatisfy(s -> {
            assertThat(s.flow().destination().id()).isEqualTo("cam-new");
            assertThat(s.route().firewallsText()).isEqualTo("core:srv1>cam1");
        });
        assertThat(d.effective()).extracting(Cause::kind).containsExactly(Cause.Kind.DEVICE_ADDED);
        FirewallDiff core = d.firewalls().stream()
                .filter(f -> f.firewallId().equals("core"))
                .findFirst()
                .orElseThrow();
        assertThat(d.firewalls()).extracting(FirewallDiff::firewallId).containsExactly("core");
        // the camera joins an existing rule's destinations: a change of members, named by address
        assertThat(core.added()).isEmpty();
        assertThat(core.removed()).isEmpty();
        assertThat(core.changed()).isNotEmpty().allSatisfy(c -> {
            assertThat(c.destinationsAdded()).containsExactly("10.30.0.25/32");
            assertThat(c.sourcesAdded()).isEmpty();
            assertThat(c.sourcesRemoved()).isEmpty();
            assertThat(c.destinationsRemoved()).isEmpty();
            assertThat(c.after().inInterface()).isEqualTo("srv1");
            assertThat(c.after().outInterface()).isEqualTo("cam1");
        });
    }

    @Test
    void aCameraMovedToAnotherServerSwapsItsStreamingFlows() {
        RevisionDiff d = diff(HOSPITAL, Revision.of(HOSPITAL).edit("cam-sim1-bed", n -> n.put("mediaServer", "ms2")));
        assertThat(texts(d.removed())).isNotEmpty().allMatch(t -> t.contains("ms1 (10.20.0.11) -> cam-sim1-bed"));
        assertThat(texts(d.added()))
                .hasSameSizeAs(d.removed())
                .allMatch(t -> t.contains("ms2 (10.20.0.12) -> cam-sim1-bed"));
        assertThat(d.effective()).extracting(Cause::text).containsExactly("cam-sim1-bed: moved from server ms1 to ms2");
        assertThat(d.firewalls()).isNotEmpty();
    }

    @Test
    void aReaddressedClientChangesItsFlowsAndTheRuleMembers() {
        RevisionDiff d = diff(HOSPITAL, Revision.of(HOSPITAL).edit("pc-debrief", n -> n.put("address", "10.40.1.29")));
        assertThat(d.added()).isEmpty();
        assertThat(d.removed()).isEmpty();
        assertThat(d.changed()).isNotEmpty().allSatisfy(c -> {
            assertThat(c.before().flow().source().id()).isEqualTo("pc-debrief");
            assertThat(c.what()).isEqualTo("source address 10.40.1.22 -> 10.40.1.29");
        });
        assertThat(d.rows()).hasSize(2 * d.changed().size());
        assertThat(d.effective())
                .extracting(Cause::text)
                .containsExactly("pc-debrief: address 10.40.1.22 -> 10.40.1.29");
        List<RuleChange> changes =
                d.firewalls().stream().flatMap(f -> f.changed().stream()).toList();
        assertThat(changes).isNotEmpty().allSatisfy(c -> {
            assertThat(c.sourcesAdded()).containsExactly("10.40.1.29/32");
            assertThat(c.sourcesRemoved()).containsExactly("10.40.1.22/32");
            assertThat(c.membersText())
                    .startsWith("sources +10.40.1.29/32 -10.40.1.22/32; destinations unchanged: 10.20.0.");
            assertThat(c.sourcesColumn()).isEqualTo("add 10.40.1.29/32; remove 10.40.1.22/32");
            assertThat(c.destinationsColumn()).startsWith("unchanged: 10.20.0.");
        });
    }

    @Test
    void turningSslOffSwapsTheSecureFlowsForPlainOnes() {
        RevisionDiff d = diff(HOSPITAL, Revision.of(HOSPITAL).settings(s -> s.put("ssl", false)));
        assertThat(d.effective()).extracting(Cause::text).containsExactly("settings: SSL on -> off");
        assertThat(d.removed()).isNotEmpty().anyMatch(s -> s.flow().port() == 443);
        assertThat(d.added()).isNotEmpty().noneMatch(s -> s.flow().port() == 443);
        assertThat(d.firewalls()).isNotEmpty();
    }

    @Test
    void aDhcpIpadMovedToAnotherZoneIsRoutedThroughAnotherInterface() {
        RevisionDiff d = diff(HOSPITAL, Revision.of(HOSPITAL).edit("ipad1", n -> n.put("zone", "staff")));
        assertThat(d.effective()).extracting(Cause::text).containsExactly("ipad1: moved from zone wifi to zone staff");
        assertThat(d.changed())
                .isNotEmpty()
                .allSatisfy(c -> assertThat(c.what())
                        .contains("source zone wifi -> staff")
                        .contains("firewalls core:wifi1>srv1 -> core:staff1>srv1"));
        assertThat(d.firewalls()).isNotEmpty();
    }

    @Test
    void aRemovedDeviceOnASiteWithoutZonesRemovesItsFlowsAndNoRules() {
        RevisionDiff d = diff(PLAIN, Revision.of(PLAIN).removeDevice("cam1"));
        assertThat(d.zoned()).isFalse();
        assertThat(d.firewalls()).isEmpty();
        assertThat(d.added()).isEmpty();
        assertThat(texts(d.removed())).isNotEmpty().allMatch(t -> t.contains("cam1 ("));
        assertThat(d.effective()).extracting(Cause::kind).containsExactly(Cause.Kind.DEVICE_REMOVED);
        assertThat(d.changesForFirewallTeam()).isTrue();
    }

    @Test
    void rowsAreSortedLikeTheFlowsWithRemovedBeforeAdded() {
        RevisionDiff d = diff(
                UNIVERSITY,
                Revision.of(UNIVERSITY)
                        .settings(s -> s.put("ssl", false))
                        .edit("cam1", n -> n.put("address", "10.40.5.99")));
        List<RevisionDiff.Row> rows = d.rows();
        assertThat(rows)
                .hasSize(d.added().size() + d.removed().size() + 2 * d.changed().size());
        FlowResult after = ENGINE.compute(Revision.of(UNIVERSITY)
                .settings(s -> s.put("ssl", false))
                .edit("cam1", n -> n.put("address", "10.40.5.99"))
                .site());
        // the added rows appear in the new revision's own flow order
        List<String> added = rows.stream()
                .filter(r -> r.change().equals("added"))
                .map(r -> DiffText.flow(r.flow().flow()))
                .toList();
        List<String> inOrder = after.flows().stream()
                .map(DiffText::flow)
                .filter(added::contains)
                .toList();
        assertThat(added).isEqualTo(inOrder);
    }

    @Test
    void membersDifferByAddressNotByBlock() {
        assertThat(Members.minus(List.of("10.30.0.4/31"), List.of("10.30.0.4/32")))
                .containsExactly("10.30.0.5/32");
        assertThat(Members.minus(List.of("10.30.0.0/24"), List.of("10.30.0.0/25", "10.30.0.200/32")))
                .containsExactly(
                        "10.30.0.128/26",
                        "10.30.0.192/29",
                        "10.30.0.201/32",
                        "10.30.0.202/31",
                        "10.30.0.204/30",
                        "10.30.0.208/28",
                        "10.30.0.224/27");
        assertThat(Members.minus(List.of("a.example.com", "b.example.com"), List.of("a.example.com")))
                .containsExactly("b.example.com");
        assertThat(Members.minus(List.of("fd00:40::21/128"), List.of("10.40.1.21/32")))
                .containsExactly("fd00:40::21/128");
    }

    @Test
    void aSiteGainingZonesReportsTheZoneAndFirewallEdits() {
        Site plain = Revision.of(PLAIN).site();
        Site zoned = Revision.of(UNIVERSITY).site();
        RevisionDiff d = Revisions.compare(ENGINE.compute(plain), ENGINE.compute(zoned));
        assertThat(d.effective()).extracting(Cause::kind).contains(Cause.Kind.ZONE, Cause.Kind.FIREWALL);
        assertThat(d.firewalls())
                .isNotEmpty()
                .allSatisfy(f -> assertThat(f.removed()).isEmpty());
    }
}
