package com.valt.planner.export;

import java.io.IOException;
import java.io.OutputStream;

/** {@code changes.csv}: the diff CSV of an export with a change request ({@code export --since}). */
public final class ChangesCsvFile implements Exporter {
    @Override
    public String fileName() {
        return "changes.csv";
    }

    @Override
    public void write(ExportInput input, OutputStream out) throws IOException {
        ChangesCsv.write(input.changes(), out);
    }
}
