package com.valt.planner.cli;

import com.valt.planner.domain.Site;
import com.valt.planner.io.LoadProblem;
import com.valt.planner.io.SiteFileReader;
import com.valt.planner.io.SiteLoadException;
import java.io.PrintWriter;
import java.nio.file.Path;

/** Loads the SITE argument, printing one clear line per problem on failure. */
final class SiteLoading {
    static final int BAD_SITE = 2;

    private SiteLoading() {}

    /** The site, or null after printing its problems to {@code err}. */
    static Site load(Path file, PrintWriter err) {
        try {
            return SiteFileReader.read(file);
        } catch (SiteLoadException e) {
            for (LoadProblem p : e.problems()) {
                err.println(p.line());
            }
            err.flush();
            return null;
        }
    }
}
