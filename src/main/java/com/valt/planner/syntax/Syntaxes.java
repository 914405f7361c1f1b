package com.valt.planner.syntax;

import com.valt.planner.domain.Platform;

import java.util.Optional;

/** The platform syntaxes this version can write. None yet: the syntaxes come in their own change. */
public final class Syntaxes {
    private Syntaxes() {
    }

    /** The syntax of a platform, or empty when this version cannot write it. */
    public static Optional<RuleSyntax> forPlatform(Platform platform) {
        return Optional.empty();
    }
}
