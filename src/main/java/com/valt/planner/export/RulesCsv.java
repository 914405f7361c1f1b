package com.valt.planner.export;

import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.valt.planner.ruleset.FirewallRule;
import com.valt.planner.ruleset.FirewallRuleSet;
import com.valt.planner.ruleset.PortRange;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The platform-neutral rules CSV of zones.md, one row per aggregated rule: what {@code rules --format csv}
 * prints and {@code export} writes as {@code firewall-ID.csv}. Quoting as {@link FlowsCsv}.
 */
public final class RulesCsv {
    public static final String[] COLUMNS = {
        "firewall",
        "rule",
        "in_interface",
        "out_interface",
        "transport",
        "sources",
        "destinations",
        "ports",
        "catalog_rules",
        "flows"
    };

    private static final CsvFactory FACTORY =
            CsvFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();
    private static final CsvSchema SCHEMA = CsvSchema.builder()
            .addColumns(Arrays.asList(COLUMNS), CsvSchema.ColumnType.STRING)
            .setUseHeader(true)
            .setLineSeparator("\n")
            .build();

    private RulesCsv() {}

    /** The header, then every rule of every set given, in order. */
    public static void write(List<FirewallRuleSet> sets, OutputStream out) throws IOException {
        try (CsvGenerator g = FACTORY.createGenerator(out)) {
            g.setSchema(SCHEMA);
            g.enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING);
            for (FirewallRuleSet set : sets) {
                for (FirewallRule r : set.rules()) {
                    g.writeStartArray();
                    g.writeString(FlowsCsv.safe(set.firewall().id()));
                    g.writeString(Integer.toString(r.number()));
                    g.writeString(FlowsCsv.safe(r.inInterface()));
                    g.writeString(FlowsCsv.safe(r.outInterface()));
                    g.writeString(r.transport());
                    g.writeString(FlowsCsv.safe(String.join(" ", r.sources().members())));
                    g.writeString(
                            FlowsCsv.safe(String.join(" ", r.destinations().members())));
                    g.writeString(ports(r));
                    g.writeString(r.catalogRulesText());
                    g.writeString(Integer.toString(r.flows()));
                    g.writeEndArray();
                }
            }
        }
    }

    /** "444 8000 20100", "20000-20100". */
    public static String ports(FirewallRule r) {
        return r.service().ports().stream().map(PortRange::text).collect(Collectors.joining(" "));
    }
}
