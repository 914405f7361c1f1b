package com.valt.planner.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.valt.planner.engine.Flow;
import com.valt.planner.io.Json;
import com.valt.planner.revision.Cause;
import com.valt.planner.revision.DiffText;
import com.valt.planner.revision.FirewallDiff;
import com.valt.planner.revision.FlowChange;
import com.valt.planner.revision.FlowSide;
import com.valt.planner.revision.RevisionDiff;
import com.valt.planner.revision.RuleChange;
import com.valt.planner.revision.RuleContent;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/** The {@code diff --format json} document: everything the table says, as data. */
public final class ChangesJson {
    private ChangesJson() {}

    public static void write(RevisionDiff d, OutputStream out) throws IOException {
        try (JsonGenerator g = Json.mapper().getFactory().createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.setPrettyPrinter(Json.prettyPrinter());
            g.writeStartObject();
            g.writeBooleanField("changed", d.changesForFirewallTeam());
            g.writeStringField("summary", DiffText.verdict(d));
            g.writeArrayFieldStart("flows_added");
            for (FlowSide s : d.added()) {
                flow(g, s);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("flows_removed");
            for (FlowSide s : d.removed()) {
                flow(g, s);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("flows_changed");
            for (FlowChange c : d.changed()) {
                g.writeStartObject();
                g.writeFieldName("before");
                flow(g, c.before());
                g.writeFieldName("after");
                flow(g, c.after());
                g.writeStringField("what", c.what());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("firewalls");
            for (FirewallDiff f : d.firewalls()) {
                firewall(g, f);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("causes");
            for (Cause c : d.causes()) {
                g.writeStartObject();
                g.writeStringField("kind", c.kind().id());
                g.writeStringField("subject", c.subject());
                g.writeStringField("text", c.text());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }

    private static void flow(JsonGenerator g, FlowSide s) throws IOException {
        Flow f = s.flow();
        g.writeStartObject();
        g.writeStringField("rule", f.ruleId());
        g.writeStringField("section", f.section());
        g.writeStringField("source", f.source().id());
        g.writeStringField("source_address", f.source().address());
        g.writeStringField("destination", f.destination().id());
        g.writeStringField("destination_address", f.destination().address());
        g.writeStringField("transport", f.transport());
        g.writeNumberField("port", f.port());
        g.writeStringField("protocol", f.protocol());
        g.writeStringField("service", f.service());
        if (s.route().sourceZone() != null || s.route().destinationZone() != null) {
            g.writeStringField("source_zone", s.route().sourceZone());
            g.writeStringField("destination_zone", s.route().destinationZone());
            g.writeStringField("firewalls", s.route().firewallsText());
        }
        g.writeEndObject();
    }

    private static void firewall(JsonGenerator g, FirewallDiff f) throws IOException {
        g.writeStartObject();
        g.writeStringField("firewall", f.firewallId());
        g.writeStringField("name", f.name());
        g.writeArrayFieldStart("rules_added");
        for (RuleContent r : f.added()) {
            rule(g, r);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("rules_removed");
        for (RuleContent r : f.removed()) {
            rule(g, r);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("rules_changed");
        for (RuleChange c : f.changed()) {
            g.writeStartObject();
            g.writeFieldName("before");
            rule(g, c.before());
            g.writeFieldName("after");
            rule(g, c.after());
            strings(g, "sources_added", c.sourcesAdded());
            strings(g, "sources_removed", c.sourcesRemoved());
            strings(g, "destinations_added", c.destinationsAdded());
            strings(g, "destinations_removed", c.destinationsRemoved());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void rule(JsonGenerator g, RuleContent r) throws IOException {
        g.writeStartObject();
        g.writeStringField("in_interface", r.inInterface());
        g.writeStringField("out_interface", r.outInterface());
        g.writeStringField("transport", r.transport());
        g.writeStringField("ports", r.ports());
        strings(g, "sources", r.sources());
        strings(g, "destinations", r.destinations());
        g.writeEndObject();
    }

    private static void strings(JsonGenerator g, String name, List<String> values) throws IOException {
        g.writeArrayFieldStart(name);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }
}
