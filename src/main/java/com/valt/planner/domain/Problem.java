package com.valt.planner.domain;

/** One thing wrong with a site, located by its JSON path in the site file (e.g. {@code devices[3].mediaServer}). */
public record Problem(String path, String message) {
    @Override
    public String toString() {
        return path + ": " + message;
    }
}
