package com.valt.planner.export;

import com.valt.planner.engine.FlowResult;

import java.nio.file.Path;
import java.time.LocalDate;

/**
 * What every exporter gets.
 *
 * @param siteFile the file the site came from (for resolving a logo), or null for an unsaved site
 * @param date     the date printed on the outputs
 */
public record ExportInput(FlowResult result, Path siteFile, LocalDate date) {
    public static ExportInput of(FlowResult result, Path siteFile) {
        return new ExportInput(result, siteFile, LocalDate.now());
    }
}
