package com.valt.planner.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import com.valt.planner.domain.Point;
import com.valt.planner.engine.FlowEngine;
import com.valt.planner.io.CatalogLoader;
import com.valt.planner.io.SiteFileReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** In a zoned topology, the arrows through firewalls never run over a box they do not belong to. */
class DetoursTest {
    private static final FlowEngine ENGINE = new FlowEngine(CatalogLoader.loadDefault());

    @ParameterizedTest
    @ValueSource(strings = {"hospital-zones.valt.json", "university-zones.valt.json"})
    void noArrowThroughAFirewallCrossesAnotherBox(String sample) throws Exception {
        Diagram d = DiagramBuilder.build(ENGINE.compute(SiteFileReader.read(Path.of("samples", sample))));
        List<String> crossings = new ArrayList<>();
        int routed = 0;
        for (DiagramEdge e : d.edges()) {
            if (e.via().isEmpty()) {
                continue;
            }
            routed++;
            for (int i = 1; i < e.path().size(); i++) {
                Point a = e.path().get(i - 1);
                Point b = e.path().get(i);
                for (DiagramNode n : d.nodes()) {
                    Rect r = n.bounds().grow(-1);
                    boolean own = n.id().equals(e.from())
                            || n.id().equals(e.to())
                            || e.via().contains(n.id());
                    if (!own && r.crossedBy(a, b)) {
                        crossings.add(e.from() + " -> " + e.to() + " leg " + i + " over " + n.id());
                    }
                }
            }
        }
        assertThat(routed).isGreaterThan(10);
        assertThat(crossings).isEmpty();
    }

    @Test
    void aLegToABoxBehindAnotherComesDownTheGapBesideIt() {
        Rect front = new Rect(0, 100, 100, 40);
        Rect back = new Rect(0, 170, 100, 40);
        Point firewall = new Point(50, 0);
        List<Point> route = Detours.detour(firewall, back, List.of(front, back));
        assertThat(route).isNotNull().hasSize(4);
        assertThat(route.get(1).x()).isIn(-Detours.CLEAR, 100 + Detours.CLEAR);
        assertThat(route.get(3).y()).isEqualTo(back.center().y());
        assertThat(Detours.detour(firewall, front, List.of(front, back))).isNull();
    }
}
