package com.valt.planner.export;

import com.valt.planner.domain.Firewall;
import com.valt.planner.syntax.PlatformNames;
import com.valt.planner.syntax.Syntaxes;

/** The names of a filtering firewall's files in an export, for the chapters that point to them. */
public final class PlatformFile {
    private PlatformFile() {}

    /** "firewall-core.nft": the file in the firewall's platform syntax, if its platform has one. */
    public static java.util.Optional<String> syntaxFile(Firewall fw) {
        return Syntaxes.forPlatform(fw.platform()).map(s -> "firewall-" + fw.id() + s.fileSuffix());
    }

    /** "firewall-core.csv and firewall-core.nft (nftables syntax)", or the CSV alone for a generic firewall. */
    public static String names(Firewall fw) {
        String csv = "firewall-" + fw.id() + ".csv";
        return Syntaxes.forPlatform(fw.platform())
                .map(s -> csv + " and firewall-" + fw.id() + s.fileSuffix() + " ("
                        + fw.platform().id() + " syntax)")
                .orElse(csv + " (rules as a table)");
    }

    /** Which names the tables use, and why they may differ from the plan's (firewall-ID.csv). */
    public static String namesNote(Firewall fw, String file, PlatformNames names) {
        if (file == null) {
            return "Names are the plan's, as in the firewall's CSV.";
        }
        if (names.addresses().isEmpty() && names.services().isEmpty()) {
            return file + " names no objects: it writes each object's addresses into its rules. The object names"
                    + " here are the plan's, as in the CSV.";
        }
        return "Names are written as " + file + " writes them (legal on "
                + fw.platform().id()
                + ": its characters, length and keywords"
                + (names.addresses().values().stream().anyMatch(l -> l.size() > 1)
                        ? "; one object per address family"
                        : "")
                + "), so the rules read as in the file; the CSV keeps the plan's names.";
    }
}
