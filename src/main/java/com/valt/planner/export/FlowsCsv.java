package com.valt.planner.export;

import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.valt.planner.engine.Endpoint;
import com.valt.planner.engine.EndpointType;
import com.valt.planner.engine.Flow;
import com.valt.planner.engine.FlowResult;
import com.valt.planner.engine.Route;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * {@code flows.csv}, the CSV of cli.md: RFC 4180 quoting by Jackson, CRLF-free Unix lines. Cells that a
 * spreadsheet would run as a formula (=, +, -, @, tab, CR) are prefixed with an apostrophe. On a site
 * with zones, {@link #ZONE_COLUMNS} end each row (zones.md, "Outputs").
 */
public final class FlowsCsv implements Exporter {
    public static final String[] COLUMNS = {
        "rule",
        "section",
        "source",
        "source_type",
        "destination",
        "destination_type",
        "transport",
        "port",
        "protocol",
        "service",
        "source_name",
        "source_address",
        "destination_name",
        "destination_address"
    };
    /** The columns a site with zones adds at the end. */
    public static final String[] ZONE_COLUMNS = {"source_zone", "destination_zone", "firewalls"};

    // The factory alone, not a CsvMapper: the mapper brings Jackson's data binding, which a cold
    // command-line run would spend longer setting up than writing 40,000 rows.
    private static final CsvFactory FACTORY =
            CsvFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();
    private static final CsvSchema SCHEMA = schema(Arrays.asList(COLUMNS));
    private static final CsvSchema ZONED_SCHEMA = schema(columns(true));

    private static CsvSchema schema(List<String> columns) {
        return CsvSchema.builder()
                .addColumns(columns, CsvSchema.ColumnType.STRING)
                .setUseHeader(true)
                .setLineSeparator("\n")
                .build();
    }

    /** The header of the flows CSV, with the zone columns or without. */
    public static List<String> columns(boolean zoned) {
        List<String> all = new ArrayList<>(Arrays.asList(COLUMNS));
        if (zoned) {
            all.addAll(Arrays.asList(ZONE_COLUMNS));
        }
        return all;
    }

    @Override
    public String fileName() {
        return "flows.csv";
    }

    @Override
    public void write(ExportInput input, OutputStream out) throws IOException {
        // The streaming generator, not a databind SequenceWriter: same bytes, and 40,000 rows skip
        // the serializer lookups that a cold command-line run pays for per row.
        FlowResult result = input.result();
        boolean zoned = result.site().hasZones();
        try (CsvGenerator g = FACTORY.createGenerator(out)) {
            g.setSchema(zoned ? ZONED_SCHEMA : SCHEMA);
            g.enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING);
            for (Flow f : result.flows()) {
                g.writeStartArray();
                cells(g, f, zoned ? result.route(f) : null);
                g.writeEndArray();
            }
        }
    }

    /**
     * One flow's cells after any leading column: the ten of flows.md, each end's name and address, then
     * the three zone columns when {@code route} is given (a site with zones).
     */
    public static void cells(CsvGenerator g, Flow f, Route route) throws IOException {
        g.writeString(f.ruleId());
        g.writeString(f.section());
        g.writeString(safe(f.source().id()));
        g.writeString(f.source().type().id());
        g.writeString(safe(f.destination().id()));
        g.writeString(f.destination().type().id());
        g.writeString(f.transport());
        g.writeString(Integer.toString(f.port()));
        g.writeString(f.protocol());
        g.writeString(f.service());
        // each end's name and address, so the firewall team needs no second file
        g.writeString(safe(f.source().name()));
        g.writeString(safe(address(f.source())));
        g.writeString(safe(f.destination().name()));
        g.writeString(safe(address(f.destination())));
        if (route != null) {
            g.writeString(safe(nullToEmpty(route.sourceZone())));
            g.writeString(safe(nullToEmpty(route.destinationZone())));
            String firewalls = route.firewallsText();
            g.writeString(firewalls.equals("-") ? firewalls : safe(firewalls)); // a lone "-" is no formula
        }
    }

    /** A device's or DNS server's address; empty for a device without one and for an internet host (its name is it). */
    static String address(Endpoint e) {
        return e.type() == EndpointType.INTERNET || e.address() == null ? "" : e.address();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    /** Neutralises spreadsheet formula injection (OWASP): the value stays readable, never runs. */
    static String safe(String cell) {
        if (cell != null && !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0) {
            return "'" + cell;
        }
        return cell;
    }
}
