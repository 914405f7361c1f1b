package com.valt.planner.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.valt.planner.diagram.NodeColors;
import com.valt.planner.domain.DeviceType;
import com.valt.planner.engine.EndpointType;
import com.valt.planner.ui.common.DeviceIcons;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;

/** The canvas paints each device kind in the shared table's colour, the one the exports use. */
class DeviceColourTableTest {
    @Test
    void canvasColourIsTheSharedTablesColour() {
        for (DeviceType t : DeviceType.values()) {
            int rgb = NodeColors.stroke(EndpointType.of(t));
            Color c = DeviceIcons.color(t);
            assertThat(new int[] {
                        (int) Math.round(c.getRed() * 255),
                        (int) Math.round(c.getGreen() * 255),
                        (int) Math.round(c.getBlue() * 255)
                    })
                    .as(t.id())
                    .containsExactly(rgb >> 16 & 0xFF, rgb >> 8 & 0xFF, rgb & 0xFF);
        }
        assertThat(NodeColors.stroke(EndpointType.BEAM)).isEqualTo(0x7B3FA0);
    }
}
