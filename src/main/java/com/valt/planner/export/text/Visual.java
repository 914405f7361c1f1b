package com.valt.planner.export.text;

import java.text.Bidi;

/**
 * Puts right-to-left text (Hebrew, Arabic) in visual order for a PDF line, which draws glyphs left
 * to right as given. Java2D does this itself; PDFBox does not. Arabic letters are not joined
 * (no shaping): they read correctly but in their isolated forms.
 */
public final class Visual {
    private Visual() {}

    public static String order(String logical) {
        char[] chars = logical.toCharArray();
        if (!Bidi.requiresBidi(chars, 0, chars.length)) {
            return logical;
        }
        Bidi bidi = new Bidi(logical, Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT);
        int n = bidi.getRunCount();
        String[] runs = new String[n];
        byte[] levels = new byte[n];
        for (int i = 0; i < n; i++) {
            String run = logical.substring(bidi.getRunStart(i), bidi.getRunLimit(i));
            levels[i] = (byte) bidi.getRunLevel(i);
            runs[i] = (levels[i] & 1) == 1 ? new StringBuilder(run).reverse().toString() : run;
        }
        Bidi.reorderVisually(levels, 0, runs, 0, n);
        return String.join("", runs);
    }
}
