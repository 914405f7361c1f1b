package com.valt.planner.ui.startup;

import com.valt.planner.domain.Site;
import com.valt.planner.engine.FlowEngine;
import com.valt.planner.io.CatalogLoader;
import com.valt.planner.io.SiteFileReader;
import com.valt.planner.io.SiteLoadException;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * Start-up work that does not need JavaFX (reading the catalog and the command line's site file)
 * started before the toolkit, so it overlaps with it: a campus-size site opens sooner.
 */
public final class Preload {
    private static CompletableFuture<FlowEngine> engine;
    private static Path file;
    private static CompletableFuture<Object> site;

    private Preload() {}

    public static synchronized void start(Path siteFile) {
        engine = CompletableFuture.supplyAsync(() -> new FlowEngine(CatalogLoader.loadDefault()));
        if (siteFile != null) {
            file = siteFile;
            site = CompletableFuture.supplyAsync(() -> {
                try {
                    return SiteFileReader.read(siteFile);
                } catch (SiteLoadException e) {
                    return e;
                }
            });
        }
    }

    public static synchronized FlowEngine engine() {
        if (engine != null) {
            try {
                return engine.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException e) {
                // fall through: load it here, where a failure is reported like any other
            }
        }
        return new FlowEngine(CatalogLoader.loadDefault());
    }

    /** The site, read ahead if this is the file from the command line (used once), else read now. */
    public static Site read(Path siteFile) throws SiteLoadException {
        CompletableFuture<Object> ahead = null;
        synchronized (Preload.class) {
            if (site != null && siteFile.equals(file)) {
                ahead = site;
                site = null;
            }
        }
        if (ahead != null) {
            Object r = ahead.join();
            if (r instanceof SiteLoadException e) {
                throw e;
            }
            return (Site) r;
        }
        return SiteFileReader.read(siteFile);
    }
}
