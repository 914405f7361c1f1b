package com.valt.planner.export.pdf;

import com.valt.planner.engine.Endpoint;
import com.valt.planner.engine.FlowResult;
import com.valt.planner.export.model.EndpointSet;
import com.valt.planner.export.model.FlowGroup;
import com.valt.planner.export.text.SafeText;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The concrete flows for the firewall team: sources (with addresses) to destinations, port by port, with the rule. */
final class FlowChapter {
    static final float[] WIDTHS = {0.06f, 0.275f, 0.275f, 0.1f, 0.115f, 0.175f};

    private FlowChapter() {}

    static void write(Blocks b, PdfCanvas c, FlowResult r, List<FlowGroup> groups) throws IOException {
        b.chapter("Flows for the firewall");
        b.para(
                String.format(
                        "%,d flows in %,d rows. Each row: these sources open a connection to these destinations"
                                + " on this port. Destinations reached by the same sources share a row; IPv4 addresses are folded into"
                                + " exact ranges (every address in a range belongs to the row). The rule id refers to the port matrices.",
                        r.flows().size(), groups.size()),
                8.5f,
                Style.MUTED,
                false,
                0);
        if (groups.isEmpty()) {
            b.para("This site needs no flows.");
            return;
        }
        PdfTable t = new PdfTable(List.of("Rule", "Source", "Destination", "Port", "Protocol", "Service"), WIDTHS, 7.5f)
                .compact();
        String section = null;
        for (FlowGroup g : groups) {
            if (!Objects.equals(section, g.rule().section())) {
                section = g.rule().section();
                String id = section;
                t.sub(r.catalog().section(section).map(s -> s.title()).orElse(id));
            }
            t.row(List.of(
                    PdfTable.Cell.of(g.rule().id()),
                    PdfTable.Cell.of(cell(g.sources())),
                    PdfTable.Cell.of(cell(g.destinations())),
                    new PdfTable.Cell(g.portLabel(), true, Style.INK, null),
                    PdfTable.Cell.of(g.rule().protocol()),
                    PdfTable.Cell.of(g.rule().service() == null ? "" : g.rule().service())));
        }
        t.draw(c, 1);
    }

    /** "Name (address)" a line each, or "300 client PCs" and the folded address list. */
    static String cell(EndpointSet set) {
        List<String> lines = new ArrayList<>();
        if (set.listed()) {
            for (Endpoint e : set.members()) {
                String name = SafeText.shown(e.name());
                if (e.address() == null) {
                    lines.add(name + " (no address)");
                } else if (e.address().equals(e.name())) {
                    lines.add(name);
                } else {
                    lines.add(name + " (" + SafeText.shown(e.address()) + ")");
                }
            }
            return String.join("\n", lines);
        }
        lines.add(SafeText.shown(set.description()));
        if (!set.addresses().isEmpty()) {
            lines.add(set.addresses());
        }
        if (set.withoutAddress() > 0) {
            lines.add(set.withoutAddress() + " without address");
        }
        return String.join("\n", lines);
    }
}
