package com.valt.planner.syntax;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The names of one platform's namespace (objects, rules or zones): each plan name made legal
 * (allowed characters, a letter first, a length limit, no keyword) and unique, and always the same
 * legal name for the same plan name, so that the same site gives the same bytes.
 */
final class NameTable {
    private final int maxLength;
    private final String allowed;
    private final char filler;
    private final Set<String> reserved;
    private final Map<String, String> byPlanName = new HashMap<>();
    private final Set<String> taken = new HashSet<>();

    /**
     * @param allowed  the characters a name may hold besides ASCII letters and digits
     * @param filler   what replaces every other character (one of {@code allowed})
     * @param reserved lower-case words a name may not be (keywords)
     */
    NameTable(int maxLength, String allowed, char filler, Set<String> reserved) {
        this.maxLength = maxLength;
        this.allowed = allowed;
        this.filler = filler;
        this.reserved = reserved;
    }

    /** The legal name of a plan name; the same for the same plan name within this table. */
    String name(String planName) {
        return name(planName, planName);
    }

    /**
     * The legal name for {@code key} (unique within this table), made from {@code text}: two keys with
     * one text (a network group and a service group both called "valt-app") get different names.
     */
    String name(String key, String text) {
        String known = byPlanName.get(key);
        if (known != null) {
            return known;
        }
        String planName = key;
        String base = clean(text);
        String candidate = base;
        if (candidate.length() > maxLength
                || isTaken(candidate)
                || reserved.contains(candidate.toLowerCase(Locale.ROOT))) {
            String tag = filler + hash(planName);
            candidate = base.substring(0, Math.min(base.length(), maxLength - tag.length())) + tag;
        }
        for (int i = 2; isTaken(candidate); i++) {
            String tag = filler + hash(planName) + filler + i;
            candidate = base.substring(0, Math.min(base.length(), maxLength - tag.length())) + tag;
        }
        byPlanName.put(key, candidate);
        taken.add(candidate.toLowerCase(Locale.ROOT));
        return candidate;
    }

    /** Keeps a name out of this table, such as a fixed chain name. */
    void reserve(String name) {
        taken.add(name.toLowerCase(Locale.ROOT));
    }

    private boolean isTaken(String name) {
        return taken.contains(name.toLowerCase(Locale.ROOT));
    }

    private String clean(String planName) {
        String ascii = Normalizer.normalize(planName, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        StringBuilder b = new StringBuilder();
        for (char c : ascii.toCharArray()) {
            boolean ok = c < 128 && (Character.isLetterOrDigit(c) || allowed.indexOf(c) >= 0);
            char out = ok ? c : filler;
            if (out == filler && b.length() > 0 && b.charAt(b.length() - 1) == filler) {
                continue;
            }
            b.append(out);
        }
        String s = b.toString();
        if (s.isEmpty() || !Character.isLetter(s.charAt(0))) {
            s = "v" + filler + s;
        }
        return s;
    }

    private static String hash(String planName) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(planName.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 3);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
