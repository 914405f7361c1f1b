package com.valt.planner.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.valt.planner.engine.Flow;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;

/**
 * {@code flows.csv}, the CSV of cli.md: RFC 4180 quoting by Jackson, CRLF-free Unix lines. Cells that a
 * spreadsheet would run as a formula (=, +, -, @, tab, CR) are prefixed with an apostrophe.
 */
public final class FlowsCsv implements Exporter {
    public static final String[] COLUMNS = {"rule", "section", "source", "source_type", "destination",
            "destination_type", "transport", "port", "protocol", "service"};

    private static final CsvMapper MAPPER = CsvMapper.builder()
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .build();
    private static final CsvSchema SCHEMA = CsvSchema.builder()
            .addColumns(Arrays.asList(COLUMNS), CsvSchema.ColumnType.STRING)
            .setUseHeader(true)
            .setLineSeparator("\n")
            .build();

    @Override
    public String fileName() {
        return "flows.csv";
    }

    @Override
    public void write(ExportInput input, OutputStream out) throws IOException {
        try (SequenceWriter w = MAPPER.writer(SCHEMA)
                .with(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
                .writeValues(out)) {
            String[] row = new String[COLUMNS.length];
            for (Flow f : input.result().flows()) {
                row[0] = f.ruleId();
                row[1] = f.section();
                row[2] = safe(f.source().id());
                row[3] = f.source().type().id();
                row[4] = safe(f.destination().id());
                row[5] = f.destination().type().id();
                row[6] = f.transport();
                row[7] = Integer.toString(f.port());
                row[8] = f.protocol();
                row[9] = f.service();
                w.write(row);
            }
        }
    }

    /** Neutralises spreadsheet formula injection (OWASP): the value stays readable, never runs. */
    static String safe(String cell) {
        if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0) {
            return "'" + cell;
        }
        return cell;
    }
}
