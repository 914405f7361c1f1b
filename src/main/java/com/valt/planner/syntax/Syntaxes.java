package com.valt.planner.syntax;

import com.valt.planner.domain.Platform;
import java.util.Optional;

/** The writer of each platform that has a syntax of its own. */
public final class Syntaxes {
    private Syntaxes() {}

    /** Empty for {@link Platform#GENERIC} (rules as a table only) and {@link Platform#ROUTER} (no rules). */
    public static Optional<RuleSyntax> forPlatform(Platform p) {
        return switch (p) {
            case NFTABLES -> Optional.of(new NftablesSyntax());
            case IPTABLES -> Optional.of(new IptablesSyntax());
            case ASA -> Optional.of(new AsaSyntax());
            case FORTIGATE -> Optional.of(new FortiGateSyntax());
            case PANOS -> Optional.of(new PanosSyntax());
            case GENERIC, ROUTER -> Optional.empty();
        };
    }
}
