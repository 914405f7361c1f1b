package com.valt.planner.ui.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.valt.planner.diagram.Rect;
import com.valt.planner.domain.Point;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Arrows between boxes go around the labelled boxes in their way when a way around exists. */
class FlowEdgesTest {
    private static final Rect A = new Rect(0, 0, 100, 40);
    private static final Rect B = new Rect(400, 0, 100, 40);

    @Test
    void twoLevelBoxesWithABoxBetweenThemGetADetourOverOrUnderIt() {
        Rect between = new Rect(200, -10, 100, 60);
        PlanState.Edge e = FlowEdges.edge("a", "b", "TCP 80", A, B, false, List.of(A, B, between));
        assertThat(e.path()).hasSizeGreaterThan(2);
        for (int i = 1; i < e.path().size(); i++) {
            assertThat(FlowEdges.crosses(e.path().get(i - 1), e.path().get(i), between))
                    .as("leg %d of %s", i, e.path())
                    .isFalse();
        }
        assertOnBorder(e.path().get(0), A.grow(FlowEdges.GAP));
        assertOnBorder(e.path().get(e.path().size() - 1), B.grow(FlowEdges.GAP));
    }

    @Test
    void aFreeStraightLineStaysStraight() {
        Rect aside = new Rect(200, 200, 100, 60);
        PlanState.Edge e = FlowEdges.edge("a", "b", "TCP 80", A, B, false, List.of(A, B, aside));
        assertThat(e.path()).hasSize(2);
    }

    private static void assertOnBorder(Point p, Rect r) {
        boolean onX = Math.abs(p.x() - r.x()) < 1e-6 || Math.abs(p.x() - r.maxX()) < 1e-6;
        boolean onY = Math.abs(p.y() - r.y()) < 1e-6 || Math.abs(p.y() - r.maxY()) < 1e-6;
        assertThat(onX || onY).as("%s on the border of %s", p, r).isTrue();
        assertThat(p.x()).isBetween(r.x() - 1e-6, r.maxX() + 1e-6);
        assertThat(p.y()).isCloseTo(Math.max(r.y(), Math.min(r.maxY(), p.y())), within(1e-6));
    }
}
