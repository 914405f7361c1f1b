package com.valt.planner.catalog;

import java.util.List;

/**
 * One of the page's tables.
 *
 * @param title     the table's heading on the page, e.g. "Client to Application & Media Server(s)"
 * @param group     the page's heading above it, e.g. "Basic Configuration"
 * @param notes     the page's sentences about the table, in page order
 * @param onPage    false for the DNS section, which the page states in a sentence rather than a table
 */
public record Section(String id, String title, String group, List<String> notes, boolean onPage, List<Rule> rules) {
    public Section {
        notes = List.copyOf(notes);
        rules = List.copyOf(rules);
    }
}
