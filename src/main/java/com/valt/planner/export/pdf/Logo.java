package com.valt.planner.export.pdf;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * The cover logo named in the site settings, resolved against the site file's folder. A missing,
 * unreadable or broken image is a warning in the summary, never a failed export.
 */
final class Logo {
    static final long MAX_BYTES = 20L * 1024 * 1024;

    private Logo() {}

    static PDImageXObject load(PDDocument doc, String logo, Path siteFile, List<String> warnings) {
        if (logo == null || logo.isBlank()) {
            return null;
        }
        Path file;
        try {
            Path p = Path.of(logo);
            Path base = siteFile == null ? null : siteFile.toAbsolutePath().getParent();
            file = p.isAbsolute() || base == null ? p : base.resolve(p);
        } catch (InvalidPathException e) {
            warnings.add("The logo \"" + logo + "\" is not a valid file name; the cover has no logo.");
            return null;
        }
        try {
            if (!Files.isRegularFile(file)) {
                warnings.add("The logo " + file + " does not exist; the cover has no logo.");
                return null;
            }
            if (Files.size(file) > MAX_BYTES) {
                warnings.add("The logo " + file + " is larger than 20 MB; the cover has no logo.");
                return null;
            }
            return PDImageXObject.createFromFileByContent(file.toFile(), doc);
        } catch (Exception e) {
            // PDFBox reports a broken image as IOException or IllegalArgumentException, depending on the format.
            warnings.add("The logo " + file + " cannot be read as an image (" + e.getMessage()
                    + "); the cover has no logo.");
            return null;
        }
    }
}
