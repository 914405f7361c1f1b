package com.valt.planner.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.valt.planner.diagram.NodeColors;
import com.valt.planner.engine.EndpointType;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The exports draw device kinds in the shared table's colours (the canvas reads the same table). */
class DeviceColoursTest {
    @Test
    void topologySvgDrawsEachDeviceKindInTheSharedColour() throws Exception {
        String svg = new String(
                        ExportFixtures.export(
                                new TopologySvg(), ExportFixtures.input(ExportFixtures.sample("university"))),
                        StandardCharsets.UTF_8)
                .toLowerCase(Locale.ROOT);
        for (EndpointType k : EndpointType.values()) {
            if (k != EndpointType.FIREWALL) {
                assertThat(svg).as(k.id()).contains(rgb(NodeColors.stroke(k)));
            }
        }
    }

    @Test
    void firewallsOfAZonedSiteAreDrawnInTheirOwnColour() throws Exception {
        String svg = new String(
                ExportFixtures.export(new TopologySvg(), ExportFixtures.input(ExportFixtures.sample("hospital-zones"))),
                StandardCharsets.UTF_8);
        assertThat(svg)
                .contains(rgb(NodeColors.stroke(EndpointType.FIREWALL)))
                .contains(rgb(NodeColors.fill(EndpointType.FIREWALL)))
                .contains("Core firewall")
                .contains("Edge firewall");
    }

    /** JFreeSVG's way of writing a colour. */
    private static String rgb(int c) {
        return "rgb(" + (c >> 16 & 0xFF) + "," + (c >> 8 & 0xFF) + "," + (c & 0xFF) + ")";
    }
}
