package com.valt.planner.catalog;

/** Where the catalog's rules come from: the page and the revision they were copied from. */
public record SourcePage(String title, String wiki, String file, String revision, String retrieved) {}
