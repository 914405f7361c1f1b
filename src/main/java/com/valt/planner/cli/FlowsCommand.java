package com.valt.planner.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.valt.planner.domain.Site;
import com.valt.planner.engine.Flow;
import com.valt.planner.engine.FlowEngine;
import com.valt.planner.engine.FlowResult;
import com.valt.planner.engine.Route;
import com.valt.planner.export.ExportInput;
import com.valt.planner.export.FlowsCsv;
import com.valt.planner.io.CatalogLoader;
import com.valt.planner.io.Json;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "flows",
        mixinStandardHelpOptions = true,
        description = "Print every concrete required flow of SITE to standard output.",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:the flows were printed", "2:the site file was refused (one line per problem on stderr)"})
final class FlowsCommand implements Callable<Integer> {
    enum Format {
        csv,
        json
    }

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "SITE", description = "a site file (*.valt.json)")
    Path site;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "csv", description = "csv (default) or json")
    Format format;

    @Override
    public Integer call() throws IOException {
        Site s = SiteLoading.load(site, spec.commandLine().getErr());
        if (s == null) {
            return SiteLoading.BAD_SITE;
        }
        FlowResult result = new FlowEngine(CatalogLoader.loadDefault()).compute(s);
        OutputStream out = new BufferedOutputStream(new NonClosing(System.out), 1 << 16);
        if (format == Format.csv) {
            new FlowsCsv().write(ExportInput.of(result, site), out);
        } else {
            writeJson(result, out);
        }
        out.flush();
        return 0;
    }

    /** A JSON array of flow objects with the CSV's fields, streamed. */
    private static void writeJson(FlowResult result, OutputStream out) throws IOException {
        boolean zoned = result.site().hasZones();
        try (JsonGenerator g = Json.mapper().getFactory().createGenerator(out)) {
            g.setPrettyPrinter(Json.prettyPrinter());
            g.writeStartArray();
            for (Flow f : result.flows()) {
                g.writeStartObject();
                g.writeStringField("rule", f.ruleId());
                g.writeStringField("section", f.section());
                g.writeStringField("source", f.source().id());
                g.writeStringField("source_type", f.source().type().id());
                g.writeStringField("destination", f.destination().id());
                g.writeStringField("destination_type", f.destination().type().id());
                g.writeStringField("transport", f.transport());
                g.writeNumberField("port", f.port());
                g.writeStringField("protocol", f.protocol());
                g.writeStringField("service", f.service());
                if (zoned) {
                    Route r = result.route(f);
                    g.writeStringField("source_zone", r.sourceZone());
                    g.writeStringField("destination_zone", r.destinationZone());
                    g.writeStringField("firewalls", r.firewallsText());
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeRaw('\n');
        }
    }

    /** Lets Jackson close its writer without closing the process's standard output. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
