package com.valt.planner.probe;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** "2s", "500ms", "90s", "30m", "2h": the durations the probe and listen options take. */
public final class Durations {
    private static final Pattern FORM = Pattern.compile("(\\d{1,6})(ms|s|m|h)");

    private Durations() {}

    /** @throws IllegalArgumentException with a message saying what is expected */
    public static Duration parse(String text) {
        Matcher m = FORM.matcher(text == null ? "" : text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("\"" + text + "\" is not a duration: write a number and a unit, "
                    + "ms, s, m or h (500ms, 2s, 30m, 2h)");
        }
        long n = Long.parseLong(m.group(1));
        return switch (m.group(2)) {
            case "ms" -> Duration.ofMillis(n);
            case "s" -> Duration.ofSeconds(n);
            case "m" -> Duration.ofMinutes(n);
            default -> Duration.ofHours(n);
        };
    }

    /** "2s", "30m", "1500ms": the shortest exact form. */
    public static String format(Duration d) {
        long ms = d.toMillis();
        if (ms % 3_600_000 == 0 && ms > 0) {
            return ms / 3_600_000 + "h";
        }
        if (ms % 60_000 == 0 && ms > 0) {
            return ms / 60_000 + "m";
        }
        return ms % 1000 == 0 && ms > 0 ? ms / 1000 + "s" : ms + "ms";
    }
}
