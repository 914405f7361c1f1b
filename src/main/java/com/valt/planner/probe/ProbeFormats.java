package com.valt.planner.probe;

import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** A probe report as a table, CSV (probe.md's columns), the JSON result file, or JUnit XML for a CI server. */
public final class ProbeFormats {
    public static final String[] CSV_COLUMNS = {
        "rule", "destination", "address", "transport", "port", "result", "ms", "firewalls", "message"
    };

    public enum Format {
        table,
        csv,
        json,
        junit
    }

    private static final CsvFactory CSV =
            CsvFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();
    private static final CsvSchema SCHEMA = CsvSchema.builder()
            .addColumns(Arrays.asList(CSV_COLUMNS), CsvSchema.ColumnType.STRING)
            .setUseHeader(true)
            .setLineSeparator("\n")
            .build();

    private ProbeFormats() {}

    public static void write(Format format, ProbeReport r, OutputStream out) throws IOException {
        switch (format) {
            case table -> table(r, out);
            case csv -> csv(r, out);
            case json -> ResultFile.write(r, out);
            case junit -> junit(r, out);
        }
        out.flush();
    }

    static void csv(ProbeReport r, OutputStream out) throws IOException {
        try (CsvGenerator g = CSV.createGenerator(out)) {
            g.setSchema(SCHEMA);
            g.enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING);
            for (ProbeLine l : r.lines()) {
                g.writeStartArray();
                for (String cell : List.of(
                        l.rule(),
                        l.destination(),
                        l.address(),
                        l.transport(),
                        Integer.toString(l.port()),
                        l.result().id(),
                        Long.toString(l.ms()),
                        l.firewalls(),
                        l.message())) {
                    g.writeString(safe(cell));
                }
                g.writeEndArray();
            }
        }
    }

    static void table(ProbeReport r, OutputStream out) {
        PrintWriter w = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), false);
        w.println("Site:     " + r.site() + (r.revision().isEmpty() ? "" : " (revision " + r.revision() + ")"));
        w.println("Device:   " + r.device() + (r.deviceAddress().isEmpty() ? "" : " " + r.deviceAddress())
                + (r.boundTo().isEmpty() ? " (not this computer's address)" : " (attempts from " + r.boundTo() + ")"));
        w.println("Computer: " + r.hostName() + " " + String.join(" ", r.localAddresses()));
        w.println("Started:  " + r.started() + (r.firewall().isEmpty() ? "" : ", flows crossing " + r.firewall()));
        w.println();
        String[] head = {"RULE", "DESTINATION", "ADDRESS", "PORT", "RESULT", "MS", "FIREWALLS", "MESSAGE"};
        int[] width = new int[head.length];
        List<String[]> rows = r.lines().stream()
                .map(l -> new String[] {
                    l.rule(),
                    l.destination(),
                    l.address(),
                    l.transport() + " " + l.port(),
                    l.result().id(),
                    Long.toString(l.ms()),
                    l.firewalls(),
                    l.message()
                })
                .toList();
        for (int i = 0; i < head.length; i++) {
            width[i] = head[i].length();
            for (String[] row : rows) {
                width[i] = Math.min(40, Math.max(width[i], shown(row[i]).length()));
            }
        }
        row(w, head, width);
        rows.forEach(row -> row(w, row, width));
        w.println();
        w.println(r.summary()
                + (r.allPass() ? ": every flow passes" : ": " + r.failures().size() + " fail"));
        w.flush();
    }

    private static void row(PrintWriter w, String[] cells, int[] width) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            String c = shown(cells[i]);
            b.append(i == cells.length - 1 ? c : String.format("%-" + width[i] + "s  ", c));
        }
        w.println(b.toString().stripTrailing());
    }

    /** JUnit XML: one test case per flow; filtered, unresolved and error are failures. */
    static void junit(ProbeReport r, OutputStream out) throws IOException {
        try {
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            x.writeStartDocument("UTF-8", "1.0");
            x.writeCharacters("\n");
            x.writeStartElement("testsuite");
            x.writeAttribute("name", xml("probe " + r.site() + " as " + r.device()));
            x.writeAttribute("tests", Integer.toString(r.lines().size()));
            x.writeAttribute("failures", Integer.toString(r.failures().size()));
            x.writeAttribute("errors", "0");
            x.writeAttribute("skipped", "0");
            x.writeAttribute("timestamp", xml(r.started().replace("Z", "")));
            x.writeAttribute("hostname", xml(r.hostName()));
            x.writeAttribute(
                    "time", seconds(r.lines().stream().mapToLong(ProbeLine::ms).sum()));
            for (ProbeLine l : r.lines()) {
                x.writeCharacters("\n  ");
                x.writeStartElement("testcase");
                x.writeAttribute("classname", xml("probe." + r.device()));
                x.writeAttribute("name", xml(l.label() + " (" + l.address() + ")"));
                x.writeAttribute("time", seconds(l.ms()));
                if (!l.result().passes()) {
                    x.writeStartElement("failure");
                    x.writeAttribute("type", l.result().id());
                    x.writeAttribute("message", xml(l.result().id() + ": " + l.message()));
                    x.writeCharacters(xml(l.label() + " " + l.result().id() + " " + l.message()
                            + (l.firewalls().isEmpty() ? "" : " (firewalls: " + l.firewalls() + ")")));
                    x.writeEndElement();
                } else if (l.result() == Verdict.CLOSED) {
                    x.writeStartElement("system-out");
                    x.writeCharacters(
                            xml("closed: the firewall lets it through; nothing listens yet (" + l.message() + ")"));
                    x.writeEndElement();
                }
                x.writeEndElement();
            }
            x.writeCharacters("\n");
            x.writeEndElement();
            x.writeCharacters("\n");
            x.writeEndDocument();
            x.close();
        } catch (XMLStreamException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    private static String seconds(long ms) {
        return String.format(java.util.Locale.ROOT, "%.3f", ms / 1000.0);
    }

    /** Characters XML 1.0 cannot carry (controls) become spaces. */
    static String xml(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints()
                .forEach(cp -> b.appendCodePoint(
                        cp == 0x9
                                        || cp == 0xA
                                        || cp == 0xD
                                        || cp >= 0x20 && cp <= 0xD7FF
                                        || cp >= 0xE000 && cp <= 0xFFFD
                                        || cp >= 0x10000 && cp <= 0x10FFFF
                                ? cp
                                : ' '));
        return b.toString();
    }

    /** A terminal shows no control characters (an escape sequence in a name could rewrite the screen). */
    private static String shown(String s) {
        return s.codePoints()
                .map(cp -> Character.isISOControl(cp) ? ' ' : cp)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
    }

    /** Spreadsheet formula injection neutralised, as in flows.csv. */
    private static String safe(String cell) {
        // "-" alone is the firewalls column's "both ends in one zone", not a formula
        return cell.length() > 1 && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 || cell.startsWith("=") ? "'" + cell : cell;
    }
}
