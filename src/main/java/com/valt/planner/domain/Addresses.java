package com.valt.planner.domain;

import java.util.regex.Pattern;

/**
 * Address syntax of the site file: IPv4, IPv6 or a host name (RFC 1123). Pure syntax: never looks
 * anything up, because planning happens offline.
 */
public final class Addresses {
    private static final Pattern LABEL = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?");
    private static final Pattern HEX16 = Pattern.compile("[0-9A-Fa-f]{1,4}");
    private static final Pattern ALL_DIGITS_AND_DOTS = Pattern.compile("[0-9.]+");

    private Addresses() {}

    public static boolean isValid(String s) {
        return isIpv4(s) || isIpv6(s) || isHostName(s);
    }

    /**
     * Four parts 0-255 joined by dots, no leading zeros. Written out rather than matched with a regex:
     * every address of the site goes through it on each load and each flow computation, and the
     * regex's backtracking was the slowest step of loading a large site.
     */
    public static boolean isIpv4(String s) {
        if (s == null) {
            return false;
        }
        int n = s.length();
        int i = 0;
        for (int part = 1; ; part++) {
            int start = i;
            int value = 0;
            while (i < n && i - start < 4 && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                value = value * 10 + s.charAt(i) - '0';
                i++;
            }
            int digits = i - start;
            if (digits == 0 || digits > 3 || value > 255 || digits > 1 && s.charAt(start) == '0') {
                return false;
            }
            if (i == n) {
                return part == 4;
            }
            if (part == 4 || s.charAt(i) != '.') {
                return false;
            }
            i++;
        }
    }

    /** An IPv4 address as a number (for sorting and folding into ranges), or -1 when it is not one. */
    public static long ipv4Value(String s) {
        if (!isIpv4(s)) {
            return -1;
        }
        // isIpv4 has checked the form: four dot-separated decimal numbers of 0-255.
        long v = 0;
        int part = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '.') {
                v = v * 256 + part;
                part = 0;
            } else {
                part = part * 10 + (c - '0');
            }
        }
        return v * 256 + part;
    }

    public static boolean isHostName(String s) {
        if (s == null
                || s.isEmpty()
                || s.length() > 253
                || ALL_DIGITS_AND_DOTS.matcher(s).matches()) {
            return false;
        }
        String name = s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
        if (name.isEmpty()) {
            return false;
        }
        for (String label : name.split("\\.", -1)) {
            if (!LABEL.matcher(label).matches()) {
                return false;
            }
        }
        return true;
    }

    /** RFC 4291 text forms: full, compressed with one "::", optional trailing IPv4; no zone id. */
    public static boolean isIpv6(String s) {
        if (s == null || s.length() < 2 || s.length() > 45 || !s.contains(":")) {
            return false;
        }
        int doubleColon = s.indexOf("::");
        if (doubleColon >= 0 && s.indexOf("::", doubleColon + 1) >= 0) {
            return false;
        }
        String head = doubleColon >= 0 ? s.substring(0, doubleColon) : s;
        String tail = doubleColon >= 0 ? s.substring(doubleColon + 2) : "";
        int groups = 0;
        String[] headParts = head.isEmpty() ? new String[0] : head.split(":", -1);
        String[] tailParts = tail.isEmpty() ? new String[0] : tail.split(":", -1);
        String[] last = tailParts.length > 0 ? tailParts : headParts;
        for (int i = 0; i < headParts.length; i++) {
            boolean isLastPart = last == headParts && i == headParts.length - 1;
            groups += group(headParts[i], isLastPart);
            if (groups < 0) {
                return false;
            }
        }
        for (int i = 0; i < tailParts.length; i++) {
            int g = group(tailParts[i], i == tailParts.length - 1);
            if (g < 0) {
                return false;
            }
            groups += g;
        }
        return doubleColon >= 0 ? groups <= 7 : groups == 8;
    }

    /** Number of 16-bit groups this part stands for, or a large negative number if invalid. */
    private static int group(String part, boolean last) {
        if (HEX16.matcher(part).matches()) {
            return 1;
        }
        if (last && isIpv4(part)) {
            return 2;
        }
        return -1000;
    }
}
