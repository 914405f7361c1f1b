package com.valt.planner.revision;

/**
 * One edit between two revisions, told as the reason the flows or rules changed.
 *
 * @param kind    what sort of edit
 * @param subject the device, zone or firewall id, or {@code settings}
 * @param text    one readable line, e.g. "cam9 (camera, 10.30.0.9): added"
 */
public record Cause(Kind kind, String subject, String text) {
    public enum Kind {
        DEVICE_ADDED,
        DEVICE_REMOVED,
        DEVICE_READDRESSED,
        DEVICE_SERVER,
        DEVICE_ZONE,
        DEVICE_OTHER,
        SETTING,
        ZONE,
        FIREWALL,
        /** Renamed or moved on the plan: nothing for the firewall team. */
        COSMETIC;

        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    public boolean cosmetic() {
        return kind == Kind.COSMETIC;
    }
}
