package com.valt.planner.export;

import static com.valt.planner.export.ExportFixtures.export;
import static com.valt.planner.export.ExportFixtures.input;
import static com.valt.planner.export.ExportFixtures.parseXml;
import static com.valt.planner.export.ExportFixtures.sample;
import static org.assertj.core.api.Assertions.assertThat;

import com.valt.planner.diagram.Diagram;
import com.valt.planner.diagram.DiagramBuilder;
import com.valt.planner.domain.Device;
import com.valt.planner.domain.Site;
import com.valt.planner.export.draw.DiagramPainter;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

class TopologyExportTest {

    @ParameterizedTest
    @ValueSource(strings = {"clinic", "university", "police-interview", "campus"})
    void svgParsesAndNamesEveryDevice(String name) throws Exception {
        Site site = sample(name);
        Document svg = parseXml(export(new TopologySvg(), input(site)));
        assertThat(svg.getDocumentElement().getLocalName()).isEqualTo("svg");
        List<String> titles = texts(svg, "title");
        String all = String.join("\n", titles);
        for (Device d : site.devices()) {
            assertThat(all).as(d.id()).contains(d.displayName());
        }
    }

    @Test
    void svgKeepsTextAsTextAndDrawsShortNamesInFull() throws Exception {
        Site site = sample("clinic");
        Document svg = parseXml(export(new TopologySvg(), input(site)));
        List<String> texts = texts(svg, "text");
        assertThat(texts)
                .contains(
                        "Harbourside Family Clinic",
                        "VALT Server",
                        "192.168.10.10",
                        "Front Desk PC",
                        "TCP 80, 554",
                        "Internet",
                        "us.archive.ubuntu.com");
    }

    @ParameterizedTest
    @ValueSource(strings = {"clinic", "university"})
    void pngIsTwiceTheDiagramSize(String name) throws Exception {
        ExportInput in = input(sample(name));
        BufferedImage png = ImageIO.read(new ByteArrayInputStream(export(new TopologyPng(), in)));
        Diagram d = DiagramBuilder.build(in.result());
        assertThat(png.getWidth()).isEqualTo((int) Math.ceil(DiagramPainter.width(d) * 2));
        assertThat(png.getHeight()).isEqualTo((int) Math.ceil(DiagramPainter.height(d) * 2));
        // Not blank: the application server's border colour is somewhere on the picture.
        assertThat(hasColour(png, 0x0B3C5D)).isTrue();
    }

    @Test
    void campusPngStaysWithinTheMemoryCap() throws Exception {
        ExportInput in = input(sample("campus"));
        BufferedImage png = ImageIO.read(new ByteArrayInputStream(export(new TopologyPng(), in)));
        assertThat((double) png.getWidth() * png.getHeight()).isLessThanOrEqualTo(TopologyPng.MAX_PIXELS * 1.01);
    }

    static List<String> texts(Document doc, String tag) {
        NodeList list = doc.getElementsByTagNameNS("*", tag);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) {
            out.add(list.item(i).getTextContent());
        }
        return out;
    }

    private static boolean hasColour(BufferedImage img, int rgb) {
        for (int y = 0; y < img.getHeight(); y += 1) {
            for (int x = 0; x < img.getWidth(); x += 1) {
                if ((img.getRGB(x, y) & 0xFFFFFF) == rgb) {
                    return true;
                }
            }
        }
        return false;
    }
}
