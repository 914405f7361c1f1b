import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.imageio.ImageIO;
import org.jfree.svg.SVGGraphics2D;

/**
 * Draws the program icon once in Java2D and writes it as SVG (the vector source), the PNG the program
 * and the Linux package use, a Windows .ico and a macOS .icns. Run from the project directory:
 *
 * <pre>
 *   java -Djava.awt.headless=true -cp ~/.m2/repository/org/jfree/org.jfree.svg/5.0.6/org.jfree.svg-5.0.6.jar \
 *        installer/icons/IconMaker.java
 * </pre>
 *
 * The picture: a small network on a planning grid - a recording camera (red dot) linked to a server and
 * a client PC - in the blue of the program.
 */
public final class IconMaker {
    private static final Color TOP = new Color(0x2563A8);
    private static final Color BOTTOM = new Color(0x143661);
    private static final Color WHITE = Color.WHITE;
    private static final Color RECORD = new Color(0xE53935);

    public static void main(String[] args) throws IOException {
        Path svg = Path.of("installer/icons/valt-planner.svg");
        SVGGraphics2D s = new SVGGraphics2D(256, 256);
        s.setDefsKeyPrefix("valt-"); // stable ids, so regenerating gives the same file
        paint(s, 256);
        Files.writeString(svg, s.getSVGDocument() + "\n");

        Map<Integer, byte[]> png = new LinkedHashMap<>();
        for (int size : new int[] {16, 32, 48, 64, 128, 256, 512, 1024}) {
            png.put(size, png(size));
        }
        Files.createDirectories(Path.of("resources/icons"));
        Files.write(Path.of("resources/icons/valt-planner.png"), png.get(256));
        Files.write(Path.of("installer/icons/valt-planner.ico"), ico(png, 16, 32, 48, 256));
        Files.write(Path.of("installer/icons/valt-planner.icns"), icns(png));
        System.out.println("wrote " + svg + ", resources/icons/valt-planner.png, installer/icons/valt-planner.ico/.icns");
    }

    /** The icon on a 256-unit square, scaled to size pixels. */
    static void paint(Graphics2D g, int size) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.scale(size / 256.0, size / 256.0);

        Shape tile = new RoundRectangle2D.Double(8, 8, 240, 240, 56, 56);
        g.setPaint(new GradientPaint(0, 8, TOP, 0, 248, BOTTOM));
        g.fill(tile);

        if (size >= 48) { // the planning grid; only noise at small sizes
            Shape clip = g.getClip();
            g.clip(tile);
            g.setColor(new Color(255, 255, 255, 26));
            g.setStroke(new BasicStroke(2f));
            for (int i = 40; i < 248; i += 32) {
                g.draw(new Line2D.Double(i, 8, i, 248));
                g.draw(new Line2D.Double(8, i, 248, i));
            }
            g.setClip(clip);
        }

        double cx = 128, cy = 82;     // camera
        double sx = 74, sy = 178;     // server
        double px = 182, py = 178;    // client PC
        g.setColor(WHITE);
        g.setStroke(new BasicStroke(12f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(new Line2D.Double(cx, cy, sx, sy));
        g.draw(new Line2D.Double(cx, cy, px, py));
        g.draw(new Line2D.Double(sx, sy, px, py));

        // Camera: a white disc with the red recording dot.
        g.fill(new Ellipse2D.Double(cx - 36, cy - 36, 72, 72));
        g.setColor(RECORD);
        g.fill(new Ellipse2D.Double(cx - 19, cy - 19, 38, 38));

        // Server: a white box with two rack slots.
        g.setColor(WHITE);
        g.fill(new RoundRectangle2D.Double(sx - 34, sy - 34, 68, 68, 16, 16));
        g.setColor(BOTTOM);
        g.setStroke(new BasicStroke(7f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(new Line2D.Double(sx - 18, sy - 10, sx + 18, sy - 10));
        g.draw(new Line2D.Double(sx - 18, sy + 10, sx + 18, sy + 10));

        // Client: a white monitor on a stand.
        g.setColor(WHITE);
        g.fill(new RoundRectangle2D.Double(px - 38, py - 32, 76, 52, 12, 12));
        g.fill(new RoundRectangle2D.Double(px - 20, py + 24, 40, 12, 6, 6));
        g.setColor(BOTTOM);
        g.fill(new RoundRectangle2D.Double(px - 28, py - 22, 56, 32, 4, 4));
    }

    static byte[] png(int size) throws IOException {
        BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        paint(g, size);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        return out.toByteArray();
    }

    /** A Windows icon holding PNG images (Windows Vista and later read these). */
    static byte[] ico(Map<Integer, byte[]> png, int... sizes) {
        int offset = 6 + 16 * sizes.length;
        int total = offset;
        for (int size : sizes) {
            total += png.get(size).length;
        }
        ByteBuffer b = ByteBuffer.allocate(total).order(ByteOrder.LITTLE_ENDIAN);
        b.putShort((short) 0).putShort((short) 1).putShort((short) sizes.length);
        for (int size : sizes) {
            byte[] data = png.get(size);
            b.put((byte) (size >= 256 ? 0 : size)).put((byte) (size >= 256 ? 0 : size));
            b.put((byte) 0).put((byte) 0).putShort((short) 1).putShort((short) 32);
            b.putInt(data.length).putInt(offset);
            offset += data.length;
        }
        for (int size : sizes) {
            b.put(png.get(size));
        }
        return b.array();
    }

    /** A macOS icon file holding PNG images (OS X 10.7 and later). */
    static byte[] icns(Map<Integer, byte[]> png) throws IOException {
        Map<String, Integer> types = new LinkedHashMap<>();
        types.put("icp4", 16);
        types.put("icp5", 32);
        types.put("icp6", 64);
        types.put("ic07", 128);
        types.put("ic08", 256);
        types.put("ic09", 512);
        types.put("ic10", 1024);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        DataOutputStream d = new DataOutputStream(body);
        for (var t : types.entrySet()) {
            byte[] data = png.get(t.getValue());
            d.writeBytes(t.getKey());
            d.writeInt(8 + data.length);
            d.write(data);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DataOutputStream o = new DataOutputStream(out);
        o.writeBytes("icns");
        o.writeInt(8 + body.size());
        body.writeTo(o);
        return out.toByteArray();
    }
}
