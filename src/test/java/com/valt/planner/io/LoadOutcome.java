package com.valt.planner.io;

import com.valt.planner.domain.Site;

/**
 * Runs the loader on one input and says what happened: a site, the program's own load error (with
 * the file named in every problem), or anything else, which is a defect.
 */
final class LoadOutcome {
    /** A user-facing message holds none of these: class names, Jackson internals, stack traces. */
    static final String[] JARGON = {
        "com.fasterxml", "Exception", "REDACTED", "StreamReadFeature", "JsonReadFeature", "\tat "
    };

    final Site site;
    final SiteLoadException refused;
    final Throwable defect;

    private LoadOutcome(Site site, SiteLoadException refused, Throwable defect) {
        this.site = site;
        this.refused = refused;
        this.defect = defect;
    }

    static LoadOutcome of(byte[] bytes, String fileName) {
        try {
            return new LoadOutcome(SiteFileReader.read(bytes, fileName), null, null);
        } catch (SiteLoadException e) {
            for (LoadProblem p : e.problems()) {
                if (!fileName.equals(p.file())
                        || p.reason() == null
                        || p.reason().isBlank()) {
                    return new LoadOutcome(null, e, new AssertionError("problem without file or reason: " + p));
                }
            }
            if (e.problems().isEmpty()
                    || e.getMessage() == null
                    || !e.getMessage().startsWith(fileName + ": ")) {
                return new LoadOutcome(
                        null, e, new AssertionError("message does not start with the file: " + e.getMessage()));
            }
            for (String jargon : JARGON) {
                // a message may quote the file itself, so only jargon the file does not hold is ours
                if (e.getMessage().contains(jargon)
                        && !new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1).contains(jargon)) {
                    return new LoadOutcome(
                            null, e, new AssertionError("message holds \"" + jargon + "\": " + e.getMessage()));
                }
            }
            return new LoadOutcome(null, e, null);
        } catch (Throwable t) { // the point of the test: anything else is a defect, even an Error
            return new LoadOutcome(null, null, t);
        }
    }

    boolean clean() {
        return defect == null;
    }
}
