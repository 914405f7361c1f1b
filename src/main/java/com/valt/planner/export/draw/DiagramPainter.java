package com.valt.planner.export.draw;

import com.valt.planner.diagram.Diagram;
import com.valt.planner.diagram.DiagramEdge;
import com.valt.planner.diagram.DiagramGroup;
import com.valt.planner.diagram.DiagramNode;
import com.valt.planner.diagram.Rect;
import com.valt.planner.domain.Point;
import com.valt.planner.engine.EndpointType;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.util.List;

/**
 * Draws a {@link Diagram} onto any Graphics2D (a PNG image, JFreeSVG, a PDF page): a title and
 * legend strip, then frames, arrows, nodes and port labels. One painter for every output, so they
 * all show the same picture.
 */
public final class DiagramPainter {
    /** Height of the title and legend strip above the diagram. */
    public static final double HEADER = 64;

    static final float TITLE_SIZE = 15;
    static final float NODE_TITLE = 10.5f;
    static final float NODE_SUB = 9;
    static final float LABEL_SIZE = 8.5f;
    static final int CROWDED = 60;

    private final TextPainter text = new TextPainter();
    private final NodeHook hook;

    /** Called around each node's drawing, e.g. to wrap it in an SVG group with a tooltip title. */
    public interface NodeHook {
        void before(Graphics2D g, DiagramNode node);

        void after(Graphics2D g, DiagramNode node);
    }

    public DiagramPainter() {
        this(null);
    }

    public DiagramPainter(NodeHook hook) {
        this.hook = hook;
    }

    /** Width and height of the whole picture in diagram units. */
    public static double width(Diagram d) {
        return Math.max(d.bounds().width(), 760);
    }

    public static double height(Diagram d) {
        return d.bounds().height() + HEADER;
    }

    /** Paints the picture with its top-left corner at the graphics' origin. */
    public void paint(Diagram d, Graphics2D g0) {
        Graphics2D g = (Graphics2D) g0.create();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setColor(Color.WHITE);
            g.fill(new java.awt.geom.Rectangle2D.Double(0, 0, width(d), height(d)));
            header(d, g);
            g.translate(-d.bounds().x(), HEADER - d.bounds().y());
            d.groups().forEach(f -> frame(g, f));
            boolean crowded = d.edges().size() > CROWDED;
            d.edges().forEach(e -> arrow(g, e, crowded));
            for (DiagramNode n : d.nodes()) {
                if (hook != null) {
                    hook.before(g, n);
                }
                node(g, n);
                if (hook != null) {
                    hook.after(g, n);
                }
            }
            d.edges().stream().filter(DiagramEdge::labelShown).forEach(e -> label(g, e));
        } finally {
            g.dispose();
        }
    }

    private void header(Diagram d, Graphics2D g) {
        g.setColor(Palette.INK);
        float w = (float) width(d) - 40;
        text.draw(g, text.fit(g, d.title(), true, TITLE_SIZE, w), 20, 26, true, TITLE_SIZE);
        float x = 20;
        for (Palette.EdgeKind k : Palette.EdgeKind.values()) {
            g.setColor(k.color);
            g.setStroke(new BasicStroke(2f));
            g.draw(new Line2D.Float(x, 46, x + 22, 46));
            g.setColor(Palette.MUTED);
            text.draw(g, k.label, x + 27, 49.5f, false, 9.5f);
            x += 40 + text.width(g, k.label, false, 9.5f);
        }
        if (d.nodes().stream().anyMatch(n -> n.kind() == EndpointType.FIREWALL)) {
            // Only on sites with zones, so the other pictures keep their legend.
            Color c = Palette.stroke(EndpointType.FIREWALL);
            g.setColor(Palette.fill(EndpointType.FIREWALL));
            g.fill(new java.awt.geom.Rectangle2D.Float(x, 40, 14, 12));
            g.setColor(c);
            g.setStroke(new BasicStroke(2f));
            g.draw(new java.awt.geom.Rectangle2D.Float(x, 40, 14, 12));
            g.setColor(Palette.MUTED);
            text.draw(g, Palette.FIREWALL_LEGEND, x + 20, 49.5f, false, 9.5f);
        }
        g.setColor(new Color(0xE4E7EB));
        g.setStroke(new BasicStroke(1f));
        g.draw(new Line2D.Double(0, HEADER - 4, width(d), HEADER - 4));
    }

    private void frame(Graphics2D g, DiagramGroup f) {
        Rect b = f.bounds();
        RoundRectangle2D shape = new RoundRectangle2D.Double(b.x(), b.y(), b.width(), b.height(), 14, 14);
        g.setColor(Palette.FRAME_FILL);
        g.fill(shape);
        g.setColor(Palette.FRAME);
        g.setStroke(new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10, new float[] {5, 4}, 0));
        g.draw(shape);
        g.setColor(Palette.MUTED);
        text.draw(
                g,
                text.fit(g, f.title(), true, 10.5f, (float) b.width() - 20),
                (float) b.x() + 10,
                (float) b.y() + 15,
                true,
                10.5f);
    }

    private void arrow(Graphics2D g, DiagramEdge e, boolean crowded) {
        List<Point> p = e.path();
        Point a = p.get(p.size() - 2);
        Point b = p.get(p.size() - 1);
        Color c = Palette.EdgeKind.of(e.sections()).color;
        // Many arrows: lighter lines, so the nodes and labels stay readable.
        g.setColor(crowded ? new Color(c.getRed(), c.getGreen(), c.getBlue(), 120) : c);
        g.setStroke(new BasicStroke(1.3f));
        Path2D line = new Path2D.Double();
        line.moveTo(p.get(0).x(), p.get(0).y());
        for (int i = 1; i < p.size(); i++) {
            line.lineTo(p.get(i).x(), p.get(i).y());
        }
        g.draw(line);
        double angle = Math.atan2(b.y() - a.y(), b.x() - a.x());
        Path2D head = new Path2D.Double();
        head.moveTo(0, 0);
        head.lineTo(-9, -4);
        head.lineTo(-9, 4);
        head.closePath();
        AffineTransform at = AffineTransform.getTranslateInstance(b.x(), b.y());
        at.rotate(angle);
        g.fill(at.createTransformedShape(head));
    }

    private void label(Graphics2D g, DiagramEdge e) {
        String s = text.fit(g, e.label(), false, LABEL_SIZE, 260);
        float w = text.width(g, s, false, LABEL_SIZE);
        float x = (float) e.labelAt().x() - w / 2;
        float y = (float) e.labelAt().y();
        g.setColor(new Color(255, 255, 255, 235));
        g.fill(new RoundRectangle2D.Float(x - 3, y - 7, w + 6, 13, 6, 6));
        g.setColor(Palette.EdgeKind.of(e.sections()).color.darker());
        text.draw(g, s, x, y + 3, false, LABEL_SIZE);
    }

    /** A box with cut corners: firewalls look unlike every device card. */
    private static java.awt.Shape cut(Rect b) {
        double k = 9;
        Path2D p = new Path2D.Double();
        p.moveTo(b.x() + k, b.y());
        p.lineTo(b.maxX() - k, b.y());
        p.lineTo(b.maxX(), b.y() + k);
        p.lineTo(b.maxX(), b.maxY() - k);
        p.lineTo(b.maxX() - k, b.maxY());
        p.lineTo(b.x() + k, b.maxY());
        p.lineTo(b.x(), b.maxY() - k);
        p.lineTo(b.x(), b.y() + k);
        p.closePath();
        return p;
    }

    private void node(Graphics2D g, DiagramNode n) {
        Rect b = n.bounds();
        Color stroke = Palette.stroke(n.kind());
        Color fill = Palette.fill(n.kind());
        if (n.isGroup()) {
            // A stack of cards: this node stands for several devices.
            for (int i = 2; i >= 1; i--) {
                RoundRectangle2D back =
                        new RoundRectangle2D.Double(b.x() + 4 * i, b.y() - 4 * i, b.width(), b.height(), 10, 10);
                g.setColor(fill);
                g.fill(back);
                g.setColor(stroke);
                g.setStroke(new BasicStroke(1f));
                g.draw(back);
            }
        }
        java.awt.Shape box = n.kind() == EndpointType.FIREWALL
                ? cut(b)
                : new RoundRectangle2D.Double(b.x(), b.y(), b.width(), b.height(), 10, 10);
        g.setColor(fill);
        g.fill(box);
        g.setColor(stroke);
        boolean thick = n.kind() == EndpointType.APPLICATION_SERVER || n.kind() == EndpointType.FIREWALL;
        g.setStroke(new BasicStroke(thick ? 2.2f : 1.3f));
        g.draw(box);
        float ix = (float) b.x() + 7;
        Icons.draw(g, n.kind(), ix, (float) (b.y() + (b.height() - Icons.SIZE) / 2), stroke);
        float tx = ix + Icons.SIZE + 6;
        float max = (float) (b.maxX() - tx - 6);
        boolean sub = !n.subtitle().isEmpty();
        float cy = (float) b.center().y();
        g.setColor(Palette.INK);
        text.draw(g, text.fit(g, n.title(), true, NODE_TITLE, max), tx, sub ? cy - 2 : cy + 4, true, NODE_TITLE);
        if (sub) {
            g.setColor(Palette.MUTED);
            text.draw(g, text.fit(g, n.subtitle(), false, NODE_SUB, max), tx, cy + 11, false, NODE_SUB);
        }
    }
}
