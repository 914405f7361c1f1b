package com.valt.planner.domain;

import java.util.Objects;

/** Who the plan is for and who wrote it: shown on the PDF cover and in the window title. */
public record SiteInfo(String name, String customer, String author, String revision, String notes, Extras extras) {
    public static final SiteInfo EMPTY = new SiteInfo("Untitled site", "", "", "", "", Extras.NONE);

    public SiteInfo {
        name = Objects.requireNonNullElse(name, "");
        customer = Objects.requireNonNullElse(customer, "");
        author = Objects.requireNonNullElse(author, "");
        revision = Objects.requireNonNullElse(revision, "");
        notes = Objects.requireNonNullElse(notes, "");
        extras = Objects.requireNonNullElse(extras, Extras.NONE);
    }

    public SiteInfo withName(String v) {
        return new SiteInfo(v, customer, author, revision, notes, extras);
    }

    public SiteInfo withCustomer(String v) {
        return new SiteInfo(name, v, author, revision, notes, extras);
    }

    public SiteInfo withAuthor(String v) {
        return new SiteInfo(name, customer, v, revision, notes, extras);
    }

    public SiteInfo withRevision(String v) {
        return new SiteInfo(name, customer, author, v, notes, extras);
    }

    public SiteInfo withNotes(String v) {
        return new SiteInfo(name, customer, author, revision, v, extras);
    }
}
