package com.valt.planner.export;

import com.valt.planner.domain.Firewall;
import com.valt.planner.syntax.Syntaxes;

/** The names of a filtering firewall's files in an export, for the chapters that point to them. */
public final class PlatformFile {
    private PlatformFile() {}

    /** "firewall-core.csv and firewall-core.nft (nftables syntax)", or the CSV alone for a generic firewall. */
    public static String names(Firewall fw) {
        String csv = "firewall-" + fw.id() + ".csv";
        return Syntaxes.forPlatform(fw.platform())
                .map(s -> csv + " and firewall-" + fw.id() + s.fileSuffix() + " ("
                        + fw.platform().id() + " syntax)")
                .orElse(csv + " (rules as a table)");
    }
}
