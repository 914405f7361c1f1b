package com.valt.planner.export.text;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The bundled fonts (DejaVu Sans, DejaVu Sans Bold, Droid Sans Fallback for CJK) as Java2D fonts,
 * and the split of a text into runs that one font can draw. The PDF uses the same files and the
 * same split, so the diagram and the document agree on what each character is drawn with.
 */
public final class FontSet {
    public static final String REGULAR = "/fonts/DejaVuSans.ttf";
    public static final String BOLD = "/fonts/DejaVuSans-Bold.ttf";
    public static final String FALLBACK = "/fonts/DroidSansFallbackFull.ttf";
    /** What a character no bundled font has is shown as. */
    public static final String MISSING = "\uFFFD";

    private static volatile FontSet instance;

    private final Font regular;
    private final Font bold;
    /** Loaded on first need: 4 MB, and most sites have no CJK text. */
    private volatile Font fallback;

    /** Which font a run uses. */
    public enum Face {
        REGULAR,
        BOLD,
        FALLBACK
    }

    /** A piece of text that one face can draw. */
    public record Run(String text, Face face) {}

    /** Whether both main faces draw every printable ASCII character (DejaVu does): most text is only that. */
    private final boolean asciiInMain;

    private FontSet() {
        regular = load(REGULAR);
        bold = load(BOLD);
        boolean all = true;
        for (char c = ' '; c <= '~'; c++) {
            all &= regular.canDisplay(c) && bold.canDisplay(c);
        }
        asciiInMain = all;
    }

    private Font fallback() {
        Font f = fallback;
        if (f == null) {
            synchronized (this) {
                if (fallback == null) {
                    fallback = load(FALLBACK);
                }
                f = fallback;
            }
        }
        return f;
    }

    public static FontSet get() {
        FontSet f = instance;
        if (f == null) {
            synchronized (FontSet.class) {
                if (instance == null) {
                    instance = new FontSet();
                }
                f = instance;
            }
        }
        return f;
    }

    private static Font load(String resource) {
        try (InputStream in = FontSet.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The font " + resource + " is missing from the program.");
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the font " + resource, e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("The font " + resource + " is damaged: " + e.getMessage(), e);
        }
    }

    public Font font(Face face, float size) {
        return switch (face) {
            case REGULAR -> regular.deriveFont(size);
            case BOLD -> bold.deriveFont(size);
            case FALLBACK -> fallback().deriveFont(size);
        };
    }

    /**
     * Splits cleaned text into runs: the main face where it has the glyph, the CJK fallback where
     * only that has it, and {@link #MISSING} (in the main face) where neither has it.
     */
    public List<Run> runs(String text, boolean boldText) {
        Face main = boldText ? Face.BOLD : Face.REGULAR;
        if (asciiInMain && SafeText.printableAscii(text)) {
            // the common case, asked for every table cell: no per-character font lookups
            return text.isEmpty() ? List.of() : List.of(new Run(text, main));
        }
        Font mainFont = boldText ? bold : regular;
        List<Run> runs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        Face currentFace = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            String piece = new String(Character.toChars(cp));
            Face face;
            if (mainFont.canDisplay(cp)) {
                face = main;
            } else if (fallback().canDisplay(cp)) {
                face = Face.FALLBACK;
            } else if (Character.getType(cp) == Character.NON_SPACING_MARK
                    || Character.getType(cp) == Character.FORMAT
                    || cp == 0xFE0F) {
                continue; // a variation selector or joiner with nothing to join: drop it
            } else {
                face = main;
                piece = MISSING;
            }
            if (face != currentFace && !current.isEmpty()) {
                runs.add(new Run(current.toString(), currentFace));
                current.setLength(0);
            }
            currentFace = face;
            current.append(piece);
        }
        if (!current.isEmpty()) {
            runs.add(new Run(current.toString(), currentFace));
        }
        return runs;
    }
}
