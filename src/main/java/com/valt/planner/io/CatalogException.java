package com.valt.planner.io;

/** The rule catalog is broken: a packaging or editing mistake, reported with the catalog's path. */
public final class CatalogException extends RuntimeException {
    public CatalogException(String message) {
        super(message);
    }
}
