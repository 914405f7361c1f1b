package com.valt.planner.export;

import static com.valt.planner.export.ExportFixtures.export;
import static com.valt.planner.export.ExportFixtures.input;
import static com.valt.planner.export.ExportFixtures.parseXml;
import static com.valt.planner.export.ExportFixtures.sample;
import static org.assertj.core.api.Assertions.assertThat;

import com.valt.planner.diagram.Diagram;
import com.valt.planner.diagram.DiagramNode;
import com.valt.planner.domain.Device;
import com.valt.planner.domain.DeviceType;
import com.valt.planner.domain.Site;
import com.valt.planner.export.text.SafeText;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** topology.dot, topology.graphml and topology.drawio: readable by their programs, with every node and edge. */
class DiagramFilesTest {
    private static final String GRAPHML = "http://graphml.graphdrawing.org/xmlns";
    private static final String Y = "http://www.yworks.com/xml/graphml";
    static final String DOT_SYNTAX = "Cam \"quoted\" \\N \\\\ <b>bold</b> {x} -> y; // z";

    static Site site(String name) throws Exception {
        if (name.equals("hostile")) {
            return HostileNamesTest.hostile()
                    .plusDevice(Device.of("dot-syntax", DeviceType.CAMERA)
                            .withName(DOT_SYNTAX)
                            .withAddress("192.168.10.68"));
        }
        return sample(name);
    }

    /** What each device is called in the files: its name, cleaned and shortened as in every output. */
    private static List<String> deviceNames(Site s) {
        return s.devices().stream().map(d -> SafeText.shown(d.displayName())).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"clinic", "university", "police-interview", "hostile", "hospital-zones"})
    void theDotRendersWithGraphvizIntoAnSvgThatNamesEveryDevice(String name, @TempDir Path dir) throws Exception {
        Assumptions.assumeTrue(
                hasDot(), "Graphviz 'dot' is not installed (apt-get install graphviz): DOT not rendered");
        Site s = site(name);
        Path dot = Files.write(dir.resolve("topology.dot"), export(new TopologyDot(), input(s)));
        Path svg = dir.resolve("topology.svg");
        Process p = new ProcessBuilder("dot", "-Tsvg", "-o", svg.toString(), dot.toString())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("dot.log").toFile())
                .start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("dot finished").isTrue();
        assertThat(p.exitValue()).as(Files.readString(dir.resolve("dot.log"))).isZero();
        String everything = allText(parseXml(Files.readAllBytes(svg)));
        for (String device : deviceNames(s)) {
            assertThat(everything).as("the SVG names %s", device).contains(device);
        }
        if (name.equals("hostile")) {
            assertThat(everything).contains(DOT_SYNTAX); // quotes, backslashes and markup stay text
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"clinic", "university", "hostile", "hospital-zones"})
    void theGraphmlParsesAndHasEveryNodeWithItsPositionAndEveryEdgeWithItsPorts(String name) throws Exception {
        ExportInput in = input(site(name));
        Diagram d = in.diagram();
        Document doc = parseXml(export(new TopologyGraphml(), in));
        Map<String, String> keys = new HashMap<>();
        for (Element k : elements(doc, GRAPHML, "key")) {
            keys.put(
                    k.getAttribute("attr.name").isEmpty() ? k.getAttribute("yfiles.type") : k.getAttribute("attr.name"),
                    k.getAttribute("id"));
        }
        assertThat(keys).containsKeys("label", "ports", "nodegraphics", "edgegraphics");
        List<Element> nodes = elements(doc, GRAPHML, "node");
        List<Element> devices =
                nodes.stream().filter(n -> !n.hasAttribute("yfiles.foldertype")).toList();
        assertThat(devices).hasSize(d.nodes().size());
        assertThat(nodes).hasSize(d.nodes().size() + d.groups().size());
        Map<String, Element> byLabel = new HashMap<>();
        for (Element n : devices) {
            byLabel.put(data(n, keys.get("label")), n);
        }
        for (DiagramNode n : d.nodes()) {
            Element e = byLabel.get(DiagramText.label(n));
            assertThat(e).as("a node labelled %s", DiagramText.label(n)).isNotNull();
            Element geometry = elements(e, Y, "Geometry").get(0);
            assertThat(Double.parseDouble(geometry.getAttribute("x")))
                    .isCloseTo(n.bounds().x(), org.assertj.core.data.Offset.offset(0.05));
            assertThat(Double.parseDouble(geometry.getAttribute("y")))
                    .isCloseTo(n.bounds().y(), org.assertj.core.data.Offset.offset(0.05));
            assertThat(elements(e, Y, "NodeLabel").get(0).getTextContent()).isEqualTo(DiagramText.label(n));
        }
        Set<String> ids = new HashSet<>();
        nodes.forEach(n -> ids.add(n.getAttribute("id")));
        List<Element> edges = elements(doc, GRAPHML, "edge");
        assertThat(edges).hasSize(d.edges().size());
        for (int i = 0; i < edges.size(); i++) {
            Element e = edges.get(i);
            assertThat(ids).contains(e.getAttribute("source"), e.getAttribute("target"));
            assertThat(data(e, keys.get("ports"))).isEqualTo(d.edges().get(i).label());
            assertThat(elements(e, Y, "EdgeLabel").get(0).getTextContent())
                    .isEqualTo(d.edges().get(i).label());
        }
        String text = allText(doc);
        deviceNames(site(name)).forEach(device -> assertThat(text).contains(device));
    }

    @ParameterizedTest
    @ValueSource(strings = {"clinic", "university", "hostile", "hospital-zones"})
    void theDrawioIsWellFormedAndHasEveryNodeAtItsPosition(String name) throws Exception {
        ExportInput in = input(site(name));
        Diagram d = in.diagram();
        Document doc = parseXml(export(new TopologyDrawio(), in));
        assertThat(doc.getDocumentElement().getTagName()).isEqualTo("mxfile");
        List<Element> cells = elements(doc, null, "mxCell");
        Map<String, Element> vertices = new HashMap<>();
        for (Element c : cells) {
            if (c.getAttribute("vertex").equals("1")) {
                vertices.put(c.getAttribute("value"), c);
            }
        }
        assertThat(vertices).hasSize(d.nodes().size() + d.groups().size());
        for (DiagramNode n : d.nodes()) {
            Element c = vertices.get(DiagramText.label(n)); // the line break survives as &#10;
            assertThat(c).as("a cell labelled %s", DiagramText.label(n)).isNotNull();
            assertThat(c.getAttribute("style")).contains("html=0");
            Element g = elements(c, null, "mxGeometry").get(0);
            assertThat(Double.parseDouble(g.getAttribute("x")))
                    .isCloseTo(n.bounds().x(), org.assertj.core.data.Offset.offset(0.05));
            assertThat(Double.parseDouble(g.getAttribute("y")))
                    .isCloseTo(n.bounds().y(), org.assertj.core.data.Offset.offset(0.05));
            assertThat(Double.parseDouble(g.getAttribute("width"))).isPositive();
        }
        Set<String> ids = new HashSet<>();
        cells.forEach(c -> ids.add(c.getAttribute("id")));
        List<Element> edges =
                cells.stream().filter(c -> c.getAttribute("edge").equals("1")).toList();
        assertThat(edges).hasSize(d.edges().size());
        edges.forEach(e -> assertThat(ids).contains(e.getAttribute("source"), e.getAttribute("target")));
    }

    @Test
    void dotQuotingKeepsEveryCharacterAsText() {
        assertThat(TopologyDot.quote("a \"b\" \\N\nc")).isEqualTo("\"a \\\"b\\\" \\\\N\\nc\"");
        assertThat(TopologyDrawio.attr("<a & \"b\">\nc")).isEqualTo("&lt;a &amp; &quot;b&quot;&gt;&#10;c");
    }

    static boolean hasDot() {
        try {
            Process p =
                    new ProcessBuilder("dot", "-V").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (Exception e) {
            return false;
        }
    }

    private static String data(Element owner, String key) {
        for (Element e : elements(owner, GRAPHML, "data")) {
            if (e.getParentNode() == owner && e.getAttribute("key").equals(key)) {
                return e.getTextContent();
            }
        }
        return null;
    }

    private static List<Element> elements(Node root, String ns, String local) {
        NodeList list = root instanceof Document doc
                ? (ns == null ? doc.getElementsByTagName(local) : doc.getElementsByTagNameNS(ns, local))
                : (ns == null
                        ? ((Element) root).getElementsByTagName(local)
                        : ((Element) root).getElementsByTagNameNS(ns, local));
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) {
            out.add((Element) list.item(i));
        }
        return out;
    }

    /** Every text node and attribute value of the document, one a line. */
    private static String allText(Document doc) {
        StringBuilder sb = new StringBuilder();
        collect(doc.getDocumentElement(), sb);
        return sb.toString();
    }

    private static void collect(Node n, StringBuilder sb) {
        if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
            sb.append(n.getNodeValue()).append('\n');
        }
        NamedNodeMap attrs = n.getAttributes();
        if (attrs != null) {
            for (int i = 0; i < attrs.getLength(); i++) {
                sb.append(attrs.item(i).getNodeValue()).append('\n');
            }
        }
        for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
            collect(c, sb);
        }
    }
}
