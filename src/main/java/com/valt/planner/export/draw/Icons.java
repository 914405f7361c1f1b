package com.valt.planner.export.draw;

import com.valt.planner.engine.EndpointType;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;

/** Small line icons drawn in an 18×18 box: a monitor, a server rack, a camera, a tablet, a globe, a brick wall. */
final class Icons {
    static final float SIZE = 18;

    private Icons() {}

    static void draw(Graphics2D g, EndpointType kind, float x, float y, Color color) {
        g.setColor(color);
        g.setStroke(new BasicStroke(1.4f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        switch (kind) {
            case CLIENT -> {
                g.draw(new RoundRectangle2D.Float(x + 1, y + 2, 16, 11, 2, 2));
                g.draw(new Line2D.Float(x + 9, y + 13, x + 9, y + 16));
                g.draw(new Line2D.Float(x + 5, y + 16.5f, x + 13, y + 16.5f));
            }
            case APPLICATION_SERVER, MEDIA_SERVER -> {
                for (int i = 0; i < 3; i++) {
                    float ry = y + 1 + i * 5.6f;
                    g.draw(new RoundRectangle2D.Float(x + 2, ry, 14, 4.6f, 1.5f, 1.5f));
                    g.fill(new Ellipse2D.Float(x + 12, ry + 1.6f, 1.8f, 1.8f));
                }
                if (kind == EndpointType.APPLICATION_SERVER) {
                    g.fill(new Rectangle2D.Float(x + 4, y + 2.4f, 5, 1.8f));
                }
            }
            case CAMERA -> {
                g.draw(new RoundRectangle2D.Float(x + 1, y + 5, 11, 9, 2, 2));
                Path2D lens = new Path2D.Float();
                lens.moveTo(x + 12, y + 8);
                lens.lineTo(x + 17, y + 5.5);
                lens.lineTo(x + 17, y + 13.5);
                lens.lineTo(x + 12, y + 11);
                lens.closePath();
                g.draw(lens);
            }
            case BEAM -> {
                g.draw(new RoundRectangle2D.Float(x + 4, y + 1, 10, 16, 3, 3));
                g.draw(new Line2D.Float(x + 7.5f, y + 14.5f, x + 10.5f, y + 14.5f));
            }
            case FIREWALL -> {
                // A brick wall: three courses, the middle one offset.
                g.draw(new Rectangle2D.Float(x + 1.5f, y + 2.5f, 15, 13));
                g.draw(new Line2D.Float(x + 1.5f, y + 6.8f, x + 16.5f, y + 6.8f));
                g.draw(new Line2D.Float(x + 1.5f, y + 11.2f, x + 16.5f, y + 11.2f));
                g.draw(new Line2D.Float(x + 9, y + 2.5f, x + 9, y + 6.8f));
                g.draw(new Line2D.Float(x + 5.2f, y + 6.8f, x + 5.2f, y + 11.2f));
                g.draw(new Line2D.Float(x + 12.8f, y + 6.8f, x + 12.8f, y + 11.2f));
                g.draw(new Line2D.Float(x + 9, y + 11.2f, x + 9, y + 15.5f));
            }
            case INTERNET, DNS -> {
                g.draw(new Ellipse2D.Float(x + 1.5f, y + 1.5f, 15, 15));
                g.draw(new Ellipse2D.Float(x + 5.5f, y + 1.5f, 7, 15));
                g.draw(new Line2D.Float(x + 1.5f, y + 9, x + 16.5f, y + 9));
            }
        }
    }
}
