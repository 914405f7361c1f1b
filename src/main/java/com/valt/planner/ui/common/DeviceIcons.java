package com.valt.planner.ui.common;

import com.valt.planner.diagram.NodeColors;
import com.valt.planner.domain.DeviceType;
import com.valt.planner.engine.EndpointType;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;

/** The five device kinds' colours and icons, drawn the same way in the palette and on the plan. */
public final class DeviceIcons {
    private DeviceIcons() {}

    /** The shared colour table's, so that a device looks the same on the plan and in the exports. */
    public static Color color(DeviceType type) {
        int rgb = NodeColors.stroke(EndpointType.of(type));
        return Color.rgb(rgb >> 16 & 0xFF, rgb >> 8 & 0xFF, rgb & 0xFF);
    }

    /** A rounded square of the kind's colour with a white glyph, centred on (cx, cy). */
    public static void draw(GraphicsContext g, DeviceType type, double cx, double cy, double size) {
        double h = size / 2;
        g.setFill(color(type));
        g.fillRoundRect(cx - h, cy - h, size, size, size * 0.3, size * 0.3);
        g.setStroke(Color.WHITE);
        g.setFill(Color.WHITE);
        g.setLineWidth(Math.max(1, size / 14));
        g.setLineCap(StrokeLineCap.ROUND);
        double u = size / 28; // glyphs are drawn on a 28-unit grid
        switch (type) {
            case CLIENT -> {
                g.strokeRect(cx - 8 * u, cy - 7 * u, 16 * u, 11 * u);
                g.strokeLine(cx, cy + 4 * u, cx, cy + 8 * u);
                g.strokeLine(cx - 5 * u, cy + 8 * u, cx + 5 * u, cy + 8 * u);
            }
            case APPLICATION_SERVER, MEDIA_SERVER -> {
                for (int i = 0; i < 3; i++) {
                    double y = cy - 9 * u + i * 6.5 * u;
                    g.strokeRect(cx - 8 * u, y, 16 * u, 5 * u);
                    g.fillOval(cx + 4 * u, y + 1.5 * u, 2 * u, 2 * u);
                }
                if (type == DeviceType.APPLICATION_SERVER) {
                    g.fillRect(cx - 6 * u, cy - 7.5 * u, 6 * u, 2 * u);
                } else {
                    g.fillPolygon(
                            new double[] {cx - 6 * u, cx - 6 * u, cx - 2 * u},
                            new double[] {cy - 8 * u, cy - 5 * u, cy - 6.5 * u},
                            3);
                }
            }
            case CAMERA -> {
                g.strokeRoundRect(cx - 9 * u, cy - 5 * u, 12 * u, 10 * u, 3 * u, 3 * u);
                g.fillPolygon(
                        new double[] {cx + 4 * u, cx + 10 * u, cx + 10 * u},
                        new double[] {cy, cy - 5 * u, cy + 5 * u},
                        3);
                g.fillOval(cx - 5 * u, cy - 2 * u, 4 * u, 4 * u);
            }
            case BEAM -> {
                g.strokeRoundRect(cx - 6 * u, cy - 9 * u, 12 * u, 18 * u, 3 * u, 3 * u);
                g.fillOval(cx - 1.2 * u, cy + 5 * u, 2.4 * u, 2.4 * u);
                g.strokeLine(cx - 3 * u, cy - 6 * u, cx + 3 * u, cy - 6 * u);
            }
        }
    }

    /** The icon as a small node, for the palette, menus and lists. */
    public static Canvas node(DeviceType type, double size) {
        Canvas c = new Canvas(size, size);
        draw(c.getGraphicsContext2D(), type, size / 2, size / 2, size - 2);
        return c;
    }
}
