package com.valt.planner.domain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Fields of the site file this version does not know, kept as raw JSON text so a file written
 * by a newer minor version survives a round trip through this one.
 */
public record Extras(Map<String, String> rawJsonByName) {
    public static final Extras NONE = new Extras(Map.of());

    public Extras {
        rawJsonByName = Collections.unmodifiableMap(new LinkedHashMap<>(rawJsonByName));
    }

    public boolean isEmpty() {
        return rawJsonByName.isEmpty();
    }
}
