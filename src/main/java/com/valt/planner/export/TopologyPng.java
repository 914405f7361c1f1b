package com.valt.planner.export;

import com.valt.planner.diagram.Diagram;
import com.valt.planner.export.draw.DiagramPainter;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * {@code topology.png}: the diagram at 2× scale, smaller only if the picture would pass 9 megapixels
 * (3,000 × 3,000): the campus (2,660 × 2,152 units) comes out at 1.25×, 3,336 × 2,699 px. Its text is
 * still sharp at that scale; the SVG and the PDF carry the vector drawing for zooming in. The cap was 16
 * megapixels until the export benchmark of issue 15: painting and deflating a 16-megapixel picture was the
 * largest single cost of exporting the campus (bench/export-vs-flows.sh, docs/benchmarks.md).
 */
public final class TopologyPng implements Exporter {
    public static final double SCALE = 2;
    static final double MAX_PIXELS = 9_000_000;

    @Override
    public String fileName() {
        return "topology.png";
    }

    /** The scale used for a diagram: 2, or less for a picture too big to hold in memory. */
    public static double scaleFor(Diagram d) {
        double area = DiagramPainter.width(d) * DiagramPainter.height(d);
        return Math.min(SCALE, Math.sqrt(MAX_PIXELS / area));
    }

    @Override
    public void write(ExportInput input, OutputStream out) throws IOException {
        Diagram d = input.diagram();
        double scale = scaleFor(d);
        int w = (int) Math.ceil(DiagramPainter.width(d) * scale);
        int h = (int) Math.ceil(DiagramPainter.height(d) * scale);
        // Three bytes a pixel, the PNG's own layout: the same file as from an int-per-pixel image, but painted
        // and encoded in 0.75 of the time (zoned campus, C1, cold: 573 + 184 ms vs 746 + 246 ms).
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = image.createGraphics();
        try {
            g.scale(scale, scale);
            new DiagramPainter().paint(d, g);
        } finally {
            g.dispose();
        }
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        // Light deflate: a quarter of the default's time for a few per cent more bytes.
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(0.8f);
        // In memory, not ImageIO's default temp-file cache: no disk round trip, and no failure when the
        // temp folder is read-only or full.
        try (ImageOutputStream ios = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(ios);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
    }
}
