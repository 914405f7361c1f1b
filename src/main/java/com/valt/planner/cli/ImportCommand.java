package com.valt.planner.cli;

import com.valt.planner.domain.Problem;
import com.valt.planner.domain.Site;
import com.valt.planner.domain.SiteValidator;
import com.valt.planner.interchange.DeviceImport;
import com.valt.planner.interchange.ImportPlan;
import com.valt.planner.interchange.Rejection;
import com.valt.planner.interchange.SheetException;
import com.valt.planner.interchange.SheetText;
import com.valt.planner.io.AtomicFiles;
import com.valt.planner.io.SaveException;
import com.valt.planner.io.SiteFileWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        description = {
            "Add the devices of a spreadsheet (CSV, or tab-separated) to SITE, atomically.",
            "Columns: name, type, address, media server, zone, admin (common synonyms are understood; "
                    + "see docs/import.md).",
            "Any bad row (listed with its line and reason) means nothing is written, unless --skip-bad."
        },
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            "0:every row imported",
            "1:rows rejected (with --skip-bad the others were imported)",
            "2:the site file was refused, or the spreadsheet could not be read, or SITE could not be written"
        })
final class ImportCommand implements Callable<Integer> {
    /** Same ceiling as a site file: a device list is far smaller. */
    static final long MAX_BYTES = 32L * 1024 * 1024;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SITE", description = "a site file (*.valt.json), rewritten in place")
    Path site;

    @Parameters(index = "1", paramLabel = "DEVICES.csv", description = "the spreadsheet, saved as CSV or text")
    Path devices;

    @Option(names = "--skip-bad", description = "import the good rows even when some are rejected")
    boolean skipBad;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Site s = SiteLoading.load(site, err);
        if (s == null) {
            return SiteLoading.BAD_SITE;
        }
        String text;
        try {
            if (Files.isDirectory(devices)) {
                err.println(devices + ": is a folder, not a spreadsheet");
                return SiteLoading.BAD_SITE;
            }
            if (Files.size(devices) > MAX_BYTES) {
                err.println(devices + ": larger than 32 MB: not a device list");
                return SiteLoading.BAD_SITE;
            }
            text = SheetText.decode(Files.readAllBytes(devices));
        } catch (IOException e) {
            err.println(devices + ": cannot be read ("
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ")");
            return SiteLoading.BAD_SITE;
        }
        ImportPlan plan;
        try {
            plan = DeviceImport.plan(s, text);
        } catch (SheetException e) {
            err.println(devices + ": line " + e.line() + ": " + e.getMessage());
            return SiteLoading.BAD_SITE;
        }
        for (String note : plan.notes()) {
            err.println(devices + ": note: " + note);
        }
        List<Rejection> rejected = plan.rejected();
        for (Rejection r : rejected) {
            err.println(devices + ": " + r);
        }
        int rows = plan.devices().size() + rejected.size();
        if (!rejected.isEmpty() && !skipBad) {
            err.println("nothing imported: " + rejected.size() + " of " + rows + " rows rejected"
                    + (plan.devices().isEmpty()
                            ? ""
                            : " (fix them, or use --skip-bad to import the other "
                                    + plan.devices().size() + ")"));
            return 1;
        }
        if (plan.devices().isEmpty()) {
            out.println(rejected.isEmpty() ? "nothing to import: " + devices + " has no rows" : "nothing imported");
            return rejected.isEmpty() ? 0 : 1;
        }
        Site after = plan.applyTo(s);
        List<Problem> problems = SiteValidator.validate(after);
        if (!problems.isEmpty()) {
            // Never expected (every row was checked), but a site the reader would refuse is never written.
            problems.forEach(p -> err.println(site + ": " + p.path() + ": " + p.message()));
            err.println("nothing imported: the site would not be valid");
            return SiteLoading.BAD_SITE;
        }
        try {
            AtomicFiles.write(site, SiteFileWriter.toBytes(after), true);
        } catch (SaveException e) {
            err.println(e.getMessage());
            return SiteLoading.BAD_SITE;
        }
        out.println("imported " + plan.devices().size() + (plan.devices().size() == 1 ? " device" : " devices")
                + " into " + site
                + (rejected.isEmpty()
                        ? ""
                        : "; " + rejected.size() + (rejected.size() == 1 ? " row" : " rows") + " skipped")
                + " (previous version: " + site.getFileName() + AtomicFiles.BACKUP_SUFFIX + ")");
        return rejected.isEmpty() ? 0 : 1;
    }
}
