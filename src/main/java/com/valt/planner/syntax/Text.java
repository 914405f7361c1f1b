package com.valt.planner.syntax;

import java.text.Normalizer;

/**
 * Text from the site (its name, a firewall's name, notes) made safe for a comment or a quoted
 * string of any platform: printable ASCII from a short list only, so that no quote, newline,
 * {@code ;}, backslash or CLI help key ({@code ?}) can end a comment or start a command.
 */
final class Text {
    private static final String ALLOWED = " -_.,:/()+@=";
    /** Dropped rather than replaced: "the cameras' networks" reads better as "the cameras networks". */
    private static final String QUOTES = "'\"`\u2018\u2019\u201c\u201d";

    private Text() {}

    static String safe(String s, int maxLength) {
        if (s == null) {
            return "";
        }
        String ascii = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        StringBuilder b = new StringBuilder();
        for (char c : ascii.toCharArray()) {
            if (QUOTES.indexOf(c) >= 0) {
                continue;
            }
            boolean ok = c < 128 && (Character.isLetterOrDigit(c) || ALLOWED.indexOf(c) >= 0);
            char out = Character.isWhitespace(c) ? ' ' : ok ? c : '_';
            if (out == ' ' && (b.length() == 0 || b.charAt(b.length() - 1) == ' ')) {
                continue;
            }
            b.append(out);
        }
        String t = b.toString().strip();
        return t.length() <= maxLength ? t : t.substring(0, maxLength - 3) + "...";
    }
}
