package com.valt.planner.export;

import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.valt.planner.engine.Flow;
import com.valt.planner.revision.RevisionDiff;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The diff CSV of cli.md ({@code diff --format csv}, {@code changes.csv}): the flows CSV with a first
 * column {@code change}, {@code added} or {@code removed}; the zone columns when either revision has zones.
 */
public final class ChangesCsv {
    private static final CsvFactory FACTORY =
            CsvFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

    private ChangesCsv() {}

    public static List<String> columns(boolean zoned) {
        List<String> all = new ArrayList<>();
        all.add("change");
        all.addAll(FlowsCsv.columns(zoned));
        return all;
    }

    public static void write(RevisionDiff diff, OutputStream out) throws IOException {
        boolean zoned = diff.zoned();
        CsvSchema schema = CsvSchema.builder()
                .addColumns(columns(zoned), CsvSchema.ColumnType.STRING)
                .setUseHeader(true)
                .setLineSeparator("\n")
                .build();
        try (CsvGenerator g = FACTORY.createGenerator(out)) {
            g.setSchema(schema);
            g.enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING);
            for (RevisionDiff.Row row : diff.rows()) {
                Flow f = row.flow().flow();
                g.writeStartArray();
                g.writeString(row.change());
                FlowsCsv.cells(g, f, zoned ? row.flow().route() : null);
                g.writeEndArray();
            }
        }
    }
}
