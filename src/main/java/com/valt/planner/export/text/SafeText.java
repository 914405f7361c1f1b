package com.valt.planner.export.text;

/**
 * Makes user text safe to print: control characters and bidi overrides removed (they would corrupt
 * a PDF line or reorder a neighbouring cell), very long text shortened with an ellipsis so that one
 * 10,000-character name cannot fill a page.
 */
public final class SafeText {
    /** Longest name shown in full in tables and on the cover. */
    public static final int MAX_CHARS = 160;

    private SafeText() {}

    /** The text without control and bidi-control characters; null becomes "". */
    public static String clean(String s) {
        if (s == null) {
            return "";
        }
        if (printableAscii(s)) {
            return s; // nothing to remove: the common case, asked for every table cell
        }
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            if (cp == '\t' || cp == '\n' || cp == '\r') {
                sb.append(' ');
            } else if (!Character.isISOControl(cp)
                    && !isBidiControl(cp)
                    && Character.getType(cp) != Character.SURROGATE
                    && Character.getType(cp) != Character.UNASSIGNED
                    && Character.getType(cp) != Character.PRIVATE_USE) {
                sb.appendCodePoint(cp);
            }
        });
        return sb.toString();
    }

    /** Only characters from space to tilde: nothing to clean, and every bundled font draws them. */
    static boolean printableAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < ' ' || c > '~') {
                return false;
            }
        }
        return true;
    }

    /** {@link #clean} and shortened to {@link #MAX_CHARS} code points. */
    public static String shown(String s) {
        return shorten(clean(s), MAX_CHARS);
    }

    public static String shorten(String s, int maxCodePoints) {
        if (s.codePointCount(0, s.length()) <= maxCodePoints) {
            return s;
        }
        return s.substring(0, s.offsetByCodePoints(0, maxCodePoints - 1)) + "\u2026";
    }

    /** LRE..RLO, LRI..PDI, LRM/RLM, ALM: they reorder text around them (Trojan-source style). */
    static boolean isBidiControl(int cp) {
        return (cp >= 0x202A && cp <= 0x202E)
                || (cp >= 0x2066 && cp <= 0x2069)
                || cp == 0x200E
                || cp == 0x200F
                || cp == 0x061C;
    }
}
