package com.valt.planner.export.pdf;

import com.valt.planner.export.text.FontSet;
import java.io.IOException;
import java.io.InputStream;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The bundled fonts embedded (as subsets) in one PDF, loaded when first used, with glyph widths
 * cached: the layout measures every cell, and PDFBox's own width lookups are slow on large tables.
 */
final class PdfFonts {
    private final PDDocument doc;
    private final FontSet fontSet = FontSet.get();
    private final Map<FontSet.Face, PDType0Font> loaded = new EnumMap<>(FontSet.Face.class);
    private final Map<FontSet.Face, Map<Integer, Float>> widths = new EnumMap<>(FontSet.Face.class);

    PdfFonts(PDDocument doc) {
        this.doc = doc;
    }

    PDFont font(FontSet.Face face) throws IOException {
        PDType0Font f = loaded.get(face);
        if (f == null) {
            String resource = switch (face) {
                case REGULAR -> FontSet.REGULAR;
                case BOLD -> FontSet.BOLD;
                case FALLBACK -> FontSet.FALLBACK;
            };
            try (InputStream in = PdfFonts.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IOException("The font " + resource + " is missing from the program.");
                }
                TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(in));
                // No glyph substitution: with it PDFBox drew "fi" and "ff" as ligatures that read back as
                // U+FB01 and U+FB00, so a search for "firewall" failed; and it cost a third of the handoff's time.
                ttf.setEnableGsub(false);
                f = PDType0Font.load(doc, ttf, true);
            }
            loaded.put(face, f);
        }
        return f;
    }

    /** The embedded fonts by their Java2D names (for the diagram's text drawer); the fallback only if asked. */
    Map<String, PDFont> loadedByAwtName(boolean withFallback) throws IOException {
        Map<String, PDFont> m = new HashMap<>();
        for (FontSet.Face face : FontSet.Face.values()) {
            if (face != FontSet.Face.FALLBACK || withFallback) {
                m.put(fontSet.font(face, 10).getFontName(), font(face));
            }
        }
        return m;
    }

    List<FontSet.Run> runs(String text, boolean bold) {
        return fontSet.runs(text, bold);
    }

    float width(String text, boolean bold, float size) throws IOException {
        float w = 0;
        for (FontSet.Run run : runs(text, bold)) {
            w += width(run, size);
        }
        return w;
    }

    float width(FontSet.Run run, float size) throws IOException {
        Map<Integer, Float> cache = widths.computeIfAbsent(run.face(), k -> new HashMap<>());
        PDFont font = font(run.face());
        float units = 0;
        String s = run.text();
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            Float u = cache.get(cp);
            if (u == null) {
                u = font.getStringWidth(new String(Character.toChars(cp)));
                cache.put(cp, u);
            }
            units += u;
        }
        return units / 1000f * size;
    }
}
