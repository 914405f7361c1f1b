package com.valt.planner.cli;

import com.valt.planner.domain.Site;
import com.valt.planner.io.SaveException;
import com.valt.planner.io.SiteFileWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "fmt",
        mixinStandardHelpOptions = true,
        description = {
            "Rewrite SITE in canonical form (pretty-printed, stable order), atomically.",
            "A crash mid-write leaves the old file or the new one, never a broken one."
        },
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            "0:done (or, with --check, already canonical)",
            "1:with --check: the file would change",
            "2:the site file was refused, or could not be written"
        })
final class FmtCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "SITE", description = "a site file (*.valt.json)")
    Path site;

    @Option(names = "--check", description = "only report whether the file is canonical; change nothing")
    boolean check;

    @Override
    public Integer call() throws IOException {
        Site s = SiteLoading.load(site, spec.commandLine().getErr());
        if (s == null) {
            return SiteLoading.BAD_SITE;
        }
        byte[] canonical = SiteFileWriter.toBytes(s);
        boolean same = Arrays.equals(canonical, Files.readAllBytes(site));
        if (check) {
            if (!same) {
                spec.commandLine().getErr().println(site + ": not in canonical form (run: fmt " + site + ")");
            }
            return same ? 0 : 1;
        }
        if (!same) {
            try {
                com.valt.planner.io.AtomicFiles.write(site, canonical, false);
            } catch (SaveException e) {
                spec.commandLine().getErr().println(e.getMessage());
                return SiteLoading.BAD_SITE;
            }
        }
        return 0;
    }
}
