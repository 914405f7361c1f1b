package com.valt.planner.export.pdf;

import com.valt.planner.engine.Endpoint;
import com.valt.planner.engine.FlowResult;
import com.valt.planner.export.model.EndpointSet;
import com.valt.planner.export.model.FlowGroup;
import com.valt.planner.export.model.FlowRow;
import com.valt.planner.export.text.SafeText;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The concrete flows for the firewall team: sources (with addresses) to destinations, port by port, with the rule. */
final class FlowChapter {
    static final float[] WIDTHS = {0.07f, 0.26f, 0.26f, 0.12f, 0.115f, 0.175f};

    private FlowChapter() {}

    /** An address list longer than this goes under its row, across the table, instead of into its narrow cell. */
    static final int CELL_ADDRESSES = 60;

    static void write(Blocks b, PdfCanvas c, FlowResult r, List<FlowGroup> groups) throws IOException {
        b.chapter("Flows for the firewall");
        List<FlowRow> rows = FlowRow.merge(groups);
        b.para(
                String.format(
                        "%,d flows in %,d rows. Each row: these sources open a connection to these destinations"
                                + " on these ports. Destinations reached by the same sources share a row, and so do the ports"
                                + " of one section between the same sources and destinations (TCP 80, 554). IPv4 addresses"
                                + " are folded into exact ranges (every address in a range belongs to the row); a long list"
                                + " stands under its row. The rule ids refer to the port matrices; flows.csv lists every flow"
                                + " one by one.",
                        r.flows().size(), rows.size()),
                8.5f,
                Style.MUTED,
                false,
                0);
        if (rows.isEmpty()) {
            b.para("This site needs no flows.");
            return;
        }
        PdfTable t = new PdfTable(
                        List.of("Rule", "Source", "Destination", "Ports", "Protocol", "Service"), WIDTHS, 7.5f)
                .compact();
        String section = null;
        for (FlowRow row : rows) {
            if (!Objects.equals(section, row.section())) {
                section = row.section();
                String id = section;
                t.sub(r.catalog().section(section).map(s -> s.title()).orElse(id));
            }
            List<String> detail = new ArrayList<>();
            String sources = cell(row.sources(), "Source", detail);
            String destinations = cell(row.destinations(), "Destination", detail);
            t.row(
                    List.of(
                            PdfTable.Cell.of(row.ruleIds()),
                            PdfTable.Cell.of(sources),
                            PdfTable.Cell.of(destinations),
                            new PdfTable.Cell(row.portLabel(), true, Style.INK, null),
                            PdfTable.Cell.of(row.protocols()),
                            PdfTable.Cell.of(row.services())),
                    String.join("\n", detail));
        }
        t.draw(c, 1);
    }

    /** As {@link #cell(EndpointSet)}, but a long address list goes to {@code detail}, named by {@code side}. */
    static String cell(EndpointSet set, String side, List<String> detail) {
        if (set.listed() || set.addresses().length() <= CELL_ADDRESSES) {
            return cell(set);
        }
        detail.add(side + " addresses: " + set.addresses());
        String text = SafeText.shown(set.description()) + "\naddresses below";
        return set.withoutAddress() > 0 ? text + "\n" + set.withoutAddress() + " without address" : text;
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
