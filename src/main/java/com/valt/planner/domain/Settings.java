package com.valt.planner.domain;

import java.util.List;
import java.util.Objects;

/**
 * Site-wide options. The record keeps exactly what the file says: {@code ssl}, {@code onlineUpdates}
 * and {@code wowzaKey} are null when the file leaves them out, so that the PDF can list the defaults
 * the program assumed and a saved file adds nothing the user did not write. Read the values that
 * apply through {@link #sslEnabled()}, {@link #updatesEnabled()} and {@link #effectiveWowzaKey()}.
 *
 * @param logo optional path of an image for the PDF cover, relative to the site file's folder, or null
 */
public record Settings(
        Boolean ssl, Boolean onlineUpdates, WowzaKey wowzaKey, List<String> dnsServers, String logo, Extras extras) {
    /** A new site's settings: the defaults of site-file.md, written out. */
    public static final Settings DEFAULTS = new Settings(true, true, WowzaKey.DIGITAL, List.of(), null, Extras.NONE);
    /** Nothing given: every value is the default. */
    public static final Settings UNSET = new Settings(null, null, null, List.of(), null, Extras.NONE);

    public Settings {
        dnsServers = List.copyOf(Objects.requireNonNullElse(dnsServers, List.of()));
        extras = Objects.requireNonNullElse(extras, Extras.NONE);
    }

    /** SSL on the web application; default on. */
    public boolean sslEnabled() {
        return ssl == null || ssl;
    }

    /** Servers download OS updates from the internet; default on. */
    public boolean updatesEnabled() {
        return onlineUpdates == null || onlineUpdates;
    }

    /** The site's Wowza key; default digital. */
    public WowzaKey effectiveWowzaKey() {
        return wowzaKey == null ? WowzaKey.DIGITAL : wowzaKey;
    }

    public Settings withSsl(Boolean v) {
        return new Settings(v, onlineUpdates, wowzaKey, dnsServers, logo, extras);
    }

    public Settings withOnlineUpdates(Boolean v) {
        return new Settings(ssl, v, wowzaKey, dnsServers, logo, extras);
    }

    public Settings withWowzaKey(WowzaKey v) {
        return new Settings(ssl, onlineUpdates, v, dnsServers, logo, extras);
    }

    public Settings withDnsServers(List<String> v) {
        return new Settings(ssl, onlineUpdates, wowzaKey, v, logo, extras);
    }

    public Settings withLogo(String v) {
        return new Settings(ssl, onlineUpdates, wowzaKey, dnsServers, v, extras);
    }
}
