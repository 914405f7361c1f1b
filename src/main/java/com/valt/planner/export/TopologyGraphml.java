package com.valt.planner.export;

import com.valt.planner.diagram.Diagram;
import com.valt.planner.diagram.DiagramEdge;
import com.valt.planner.diagram.DiagramGroup;
import com.valt.planner.diagram.DiagramNode;
import com.valt.planner.diagram.Rect;
import com.valt.planner.domain.Point;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * {@code topology.graphml}: the diagram for yEd (and any GraphML reader). Plain GraphML data keys (label,
 * kind, devices, ports) for every reader, plus yEd's own graphics keys so that yEd opens it laid out as in the
 * planner: shape nodes at their positions, the Internet frame as a group node, arrows with their bends and
 * ports. Written with StAX, which escapes the text.
 */
public final class TopologyGraphml implements Exporter {
    private static final String GRAPHML = "http://graphml.graphdrawing.org/xmlns";
    private static final String Y = "http://www.yworks.com/xml/graphml";
    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

    @Override
    public String fileName() {
        return "topology.graphml";
    }

    @Override
    public void write(ExportInput input, OutputStream out) throws IOException {
        DiagramText text = new DiagramText(input);
        try {
            XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            w.writeStartDocument("UTF-8", "1.0");
            w.writeCharacters("\n");
            w.setDefaultNamespace(GRAPHML);
            w.writeStartElement(GRAPHML, "graphml");
            w.writeDefaultNamespace(GRAPHML);
            w.writeNamespace("y", Y);
            w.writeNamespace("xsi", XSI);
            w.writeAttribute(
                    XSI, "schemaLocation", GRAPHML + " http://www.yworks.com/xml/schema/graphml/1.1/ygraphml.xsd");
            key(w, "label", "node", "label", "string");
            key(w, "kind", "node", "kind", "string");
            key(w, "devices", "node", "devices", "string");
            key(w, "ports", "edge", "ports", "string");
            key(w, "flows", "edge", "flows", "int");
            w.writeStartElement(GRAPHML, "key");
            w.writeAttribute("id", "ynode");
            w.writeAttribute("for", "node");
            w.writeAttribute("yfiles.type", "nodegraphics");
            w.writeEndElement();
            w.writeStartElement(GRAPHML, "key");
            w.writeAttribute("id", "yedge");
            w.writeAttribute("for", "edge");
            w.writeAttribute("yfiles.type", "edgegraphics");
            w.writeEndElement();

            Diagram d = text.diagram();
            w.writeStartElement(GRAPHML, "graph");
            w.writeAttribute("id", "topology");
            w.writeAttribute("edgedefault", "directed");
            Map<String, DiagramGroup> frameOf = text.frameOf();
            for (DiagramGroup g : d.groups()) {
                group(w, text, g);
            }
            for (DiagramNode n : d.nodes()) {
                if (!frameOf.containsKey(n.id())) {
                    node(w, text, n);
                }
            }
            int i = 0;
            for (DiagramEdge e : d.edges()) {
                edge(w, text, e, "e" + i++);
            }
            w.writeEndElement();
            w.writeEndElement();
            w.writeEndDocument();
            w.flush();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write the GraphML: " + e.getMessage(), e);
        }
    }

    private static void key(XMLStreamWriter w, String id, String on, String name, String type)
            throws XMLStreamException {
        w.writeStartElement(GRAPHML, "key");
        w.writeAttribute("id", id);
        w.writeAttribute("for", on);
        w.writeAttribute("attr.name", name);
        w.writeAttribute("attr.type", type);
        w.writeEndElement();
    }

    private static void data(XMLStreamWriter w, String key, String value) throws XMLStreamException {
        w.writeStartElement(GRAPHML, "data");
        w.writeAttribute("key", key);
        w.writeCharacters(value);
        w.writeEndElement();
    }

    private static void group(XMLStreamWriter w, DiagramText text, DiagramGroup g) throws XMLStreamException {
        w.writeCharacters("\n");
        w.writeStartElement(GRAPHML, "node");
        w.writeAttribute("id", text.id(g.id()));
        w.writeAttribute("yfiles.foldertype", "group");
        data(w, "label", DiagramText.label(g));
        w.writeStartElement(GRAPHML, "data");
        w.writeAttribute("key", "ynode");
        w.writeStartElement(Y, "ProxyAutoBoundsNode");
        w.writeStartElement(Y, "Realizers");
        w.writeAttribute("active", "0");
        w.writeStartElement(Y, "GroupNode");
        geometry(w, g.bounds());
        w.writeEmptyElement(Y, "Fill");
        w.writeAttribute("color", "#F5F7FA");
        w.writeAttribute("transparent", "false");
        border(w, "#9AA5B1", "dashed");
        w.writeStartElement(Y, "NodeLabel");
        w.writeAttribute("modelName", "internal");
        w.writeAttribute("modelPosition", "t");
        w.writeCharacters(DiagramText.label(g));
        w.writeEndElement();
        w.writeEmptyElement(Y, "Shape");
        w.writeAttribute("type", "rectangle");
        w.writeEmptyElement(Y, "State");
        w.writeAttribute("closed", "false");
        w.writeEndElement(); // GroupNode
        w.writeEndElement(); // Realizers
        w.writeEndElement(); // ProxyAutoBoundsNode
        w.writeEndElement(); // data
        w.writeStartElement(GRAPHML, "graph");
        w.writeAttribute("id", text.id(g.id()) + ":");
        w.writeAttribute("edgedefault", "directed");
        for (DiagramNode n : DiagramText.inFrame(text.diagram(), g)) {
            node(w, text, n);
        }
        w.writeEndElement(); // graph
        w.writeEndElement(); // node
    }

    private static void node(XMLStreamWriter w, DiagramText text, DiagramNode n) throws XMLStreamException {
        w.writeCharacters("\n"); // a line per node and edge, for people who read or diff the file
        w.writeStartElement(GRAPHML, "node");
        w.writeAttribute("id", text.id(n.id()));
        String label = DiagramText.label(n);
        data(w, "label", label);
        data(w, "kind", n.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        data(w, "devices", text.members(n));
        w.writeStartElement(GRAPHML, "data");
        w.writeAttribute("key", "ynode");
        w.writeStartElement(Y, "ShapeNode");
        geometry(w, n.bounds());
        w.writeEmptyElement(Y, "Fill");
        w.writeAttribute("color", DiagramText.fill(n));
        w.writeAttribute("transparent", "false");
        border(w, DiagramText.stroke(n), "line");
        w.writeStartElement(Y, "NodeLabel");
        w.writeCharacters(label);
        w.writeEndElement();
        w.writeEmptyElement(Y, "Shape");
        w.writeAttribute("type", "roundrectangle");
        w.writeEndElement();
        w.writeEndElement();
        w.writeEndElement();
    }

    private static void edge(XMLStreamWriter w, DiagramText text, DiagramEdge e, String id) throws XMLStreamException {
        String from = text.id(e.from());
        String to = text.id(e.to());
        if (from == null || to == null) {
            return; // every arrow joins two boxes of the diagram; a stray one is not drawn by the SVG either
        }
        w.writeCharacters("\n");
        w.writeStartElement(GRAPHML, "edge");
        w.writeAttribute("id", id);
        w.writeAttribute("source", from);
        w.writeAttribute("target", to);
        data(w, "ports", e.label());
        data(w, "flows", Integer.toString(e.flowCount()));
        w.writeStartElement(GRAPHML, "data");
        w.writeAttribute("key", "yedge");
        w.writeStartElement(Y, "PolyLineEdge");
        List<Point> path = e.path();
        Rect src = text.diagram().boxes().get(e.from());
        Rect dst = text.diagram().boxes().get(e.to());
        w.writeStartElement(Y, "Path");
        // yEd's ports are offsets from the node centres; the points between are the bends.
        Point first = path.isEmpty() ? src.center() : path.get(0);
        Point last = path.isEmpty() ? dst.center() : path.get(path.size() - 1);
        w.writeAttribute("sx", DiagramText.num(first.x() - src.center().x()));
        w.writeAttribute("sy", DiagramText.num(first.y() - src.center().y()));
        w.writeAttribute("tx", DiagramText.num(last.x() - dst.center().x()));
        w.writeAttribute("ty", DiagramText.num(last.y() - dst.center().y()));
        for (int i = 1; i < path.size() - 1; i++) {
            w.writeEmptyElement(Y, "Point");
            w.writeAttribute("x", DiagramText.num(path.get(i).x()));
            w.writeAttribute("y", DiagramText.num(path.get(i).y()));
        }
        w.writeEndElement();
        w.writeEmptyElement(Y, "LineStyle");
        w.writeAttribute("color", "#52606D");
        w.writeAttribute("type", "line");
        w.writeAttribute("width", "1.0");
        w.writeEmptyElement(Y, "Arrows");
        w.writeAttribute("source", "none");
        w.writeAttribute("target", "standard");
        w.writeStartElement(Y, "EdgeLabel");
        w.writeCharacters(e.label());
        w.writeEndElement();
        w.writeEndElement();
        w.writeEndElement();
        w.writeEndElement();
    }

    private static void geometry(XMLStreamWriter w, Rect r) throws XMLStreamException {
        w.writeEmptyElement(Y, "Geometry");
        w.writeAttribute("x", DiagramText.num(r.x()));
        w.writeAttribute("y", DiagramText.num(r.y()));
        w.writeAttribute("width", DiagramText.num(r.width()));
        w.writeAttribute("height", DiagramText.num(r.height()));
    }

    private static void border(XMLStreamWriter w, String color, String type) throws XMLStreamException {
        w.writeEmptyElement(Y, "BorderStyle");
        w.writeAttribute("color", color);
        w.writeAttribute("type", type);
        w.writeAttribute("width", "1.0");
    }
}
