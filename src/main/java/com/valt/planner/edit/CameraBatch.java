package com.valt.planner.edit;

import com.valt.planner.domain.Addresses;
import com.valt.planner.domain.Device;
import com.valt.planner.domain.Site;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names and addresses of a batch of cameras for "Add cameras…": a name pattern whose running
 * number continues after the server's cameras (never a second "Room 1"), and optional IPv4
 * addresses from a first one by a step, checked against the addresses already in the site.
 */
public final class CameraBatch {
    /** Where the running number goes in a name pattern; without it the number is appended. */
    public static final String NUMBER = "#";

    private CameraBatch() {}

    /** "Room #" with 7 gives "Room 7"; "Room" gives "Room 7". */
    public static String name(String pattern, int number) {
        String p = pattern.strip();
        return p.contains(NUMBER) ? p.replace(NUMBER, Integer.toString(number)) : p + " " + number;
    }

    /**
     * The names of {@code n} new cameras: numbers continue after the highest this pattern already gives
     * one of the server's cameras, skipping any name another device of the site already has.
     */
    public static List<String> names(Site site, String serverId, String pattern, int n) {
        Pattern numbered = numbered(pattern);
        int last = 0;
        Set<String> taken = new HashSet<>();
        for (Device d : site.devices()) {
            taken.add(d.displayName());
            boolean served = d.type().isServed()
                    && site.servingServer(d)
                            .map(Device::id)
                            .map(serverId::equals)
                            .orElse(false);
            Matcher m = served ? numbered.matcher(d.displayName()) : null;
            if (m != null && m.matches()) {
                last = Math.max(last, Integer.parseInt(m.group(1)));
            }
        }
        List<String> out = new ArrayList<>(n);
        for (int number = last + 1; out.size() < n; number++) {
            String name = name(pattern, number);
            if (taken.add(name)) {
                out.add(name);
            }
        }
        return out;
    }

    private static Pattern numbered(String pattern) {
        String p = pattern.strip();
        String[] parts = (p.contains(NUMBER) ? p : p + " " + NUMBER).split(Pattern.quote(NUMBER), -1);
        StringBuilder re = new StringBuilder(Pattern.quote(parts[0]));
        for (int i = 1; i < parts.length; i++) {
            re.append("(\\d{1,9})").append(Pattern.quote(parts[i]));
        }
        return Pattern.compile(re.toString());
    }

    /**
     * {@code n} IPv4 addresses from {@code first}, {@code step} apart.
     *
     * @throws IllegalArgumentException with a message for the user when {@code first} is not an IPv4
     *                                  address or the batch would run past 255.255.255.255
     */
    public static List<String> addresses(String first, int step, int n) {
        long start = Addresses.ipv4Value(first == null ? null : first.strip());
        if (start < 0) {
            throw new IllegalArgumentException("\"" + first + "\" is not an IPv4 address such as 10.20.30.101.");
        }
        if (step < 1) {
            throw new IllegalArgumentException("The address step must be 1 or more.");
        }
        long end = start + (long) step * (n - 1);
        if (end > 0xFFFF_FFFFL) {
            throw new IllegalArgumentException("From " + first.strip() + " in steps of " + step + ", " + n
                    + " addresses run past 255.255.255.255.");
        }
        List<String> out = new ArrayList<>(n);
        for (long v = start; out.size() < n; v += step) {
            out.add((v >> 24 & 255) + "." + (v >> 16 & 255) + "." + (v >> 8 & 255) + "." + (v & 255));
        }
        return out;
    }

    /** Which of these addresses a device of the site already has, as "10.0.0.5 (Lobby PC)", in order. */
    public static List<String> collisions(Site site, List<String> addresses) {
        List<String> out = new ArrayList<>();
        Set<String> wanted = new HashSet<>(addresses);
        for (Device d : site.devices()) {
            if (d.address() != null && wanted.contains(d.address())) {
                out.add(d.address() + " (" + d.displayName() + ")");
            }
        }
        return out;
    }
}
