package com.valt.planner.interchange;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A spreadsheet read as rows of cells (Jackson's CSV parser: quoted fields with separators, quotes and line
 * breaks inside), with the line each row starts on. The separator is whichever of tab, {@code ;} and
 * {@code ,} the header line uses most: a paste from a spreadsheet is tab-separated, and spreadsheets in
 * European locales save with {@code ;}.
 *
 * @param header the first non-blank row
 * @param rows   the rows after it; wholly blank rows are left out
 */
public record Sheet(char separator, Row header, List<Row> rows) {
    /** One row: the line of the file it starts on (1 = first line) and its cells, trimmed. */
    public record Row(int line, List<String> cells) {
        public Row {
            cells = List.copyOf(cells);
        }

        public String cell(int column) {
            return column < cells.size() ? cells.get(column) : "";
        }

        boolean isBlank() {
            return cells.stream().allMatch(String::isEmpty);
        }
    }

    public Sheet {
        rows = List.copyOf(rows);
    }

    /** @throws SheetException when there is no header or the quoting is broken (with the line) */
    public static Sheet parse(String text) throws SheetException {
        String body = SheetText.stripBom(text);
        char separator = separatorOf(body);
        CsvMapper mapper = new CsvMapper();
        CsvSchema schema = CsvSchema.emptySchema()
                .withColumnSeparator(separator)
                .withQuoteChar('"')
                .withoutEscapeChar();
        List<Row> all = new ArrayList<>();
        try (CsvParser p = (CsvParser) mapper.getFactory().createParser(body)) {
            p.setSchema(schema);
            // A schema without columns: each record comes as an array of strings.
            List<String> cells = null;
            int line = 0;
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                if (t == JsonToken.START_ARRAY) {
                    cells = new ArrayList<>();
                    line = 0;
                } else if (t == JsonToken.END_ARRAY && cells != null) {
                    Row row = new Row(line, cells);
                    if (!row.isBlank()) {
                        all.add(row);
                    }
                    cells = null;
                } else if (t.isScalarValue() && cells != null) {
                    if (line == 0) {
                        line = p.currentTokenLocation().getLineNr(); // where the record's first cell starts
                    }
                    cells.add(clean(p.getText()));
                }
            }
        } catch (IOException e) {
            throw new SheetException(lineOf(e), "not readable as CSV: " + firstLine(e.getMessage()));
        }
        if (all.isEmpty()) {
            throw new SheetException(1, "the file is empty: expected a header line such as \"name,type,address\"");
        }
        return new Sheet(separator, all.get(0), all.subList(1, all.size()));
    }

    /** Line breaks and runs of spaces inside a cell become one space: names are one line. */
    private static String clean(String s) {
        return s.replaceAll("[\\s\\u00A0]+", " ").strip();
    }

    static char separatorOf(String text) {
        int tabs = 0;
        int semis = 0;
        int commas = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                if (tabs + semis + commas > 0) {
                    break; // the first line with any separator decides
                }
            } else if (!quoted) {
                switch (c) {
                    case '\t' -> tabs++;
                    case ';' -> semis++;
                    case ',' -> commas++;
                    default -> {}
                }
            }
        }
        if (tabs > 0 && tabs >= semis && tabs >= commas) {
            return '\t';
        }
        return semis > commas ? ';' : ',';
    }

    private static int lineOf(IOException e) {
        if (e instanceof com.fasterxml.jackson.core.JsonProcessingException j && j.getLocation() != null) {
            return Math.max(1, j.getLocation().getLineNr());
        }
        return 1;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "broken quoting";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
