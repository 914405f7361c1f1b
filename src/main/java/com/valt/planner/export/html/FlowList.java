package com.valt.planner.export.html;

import com.valt.planner.engine.Endpoint;
import com.valt.planner.engine.FlowResult;
import com.valt.planner.export.model.EndpointSet;
import com.valt.planner.export.model.FlowGroup;
import com.valt.planner.export.text.SafeText;
import java.util.List;
import java.util.Objects;
import org.jsoup.nodes.Element;

/** The concrete flows for the firewall team, grouped: sources with their addresses to destinations, port by port. */
final class FlowList {
    static final String[] COLUMNS = {"Rule", "Source", "Destination", "Port", "Protocol", "Service", "Flows"};

    private final FlowResult result;
    private final List<FlowGroup> groups;

    FlowList(FlowResult result, List<FlowGroup> groups) {
        this.result = result;
        this.groups = groups;
    }

    void appendTo(Element body) {
        body.appendElement("h2").text("Concrete flows");
        body.appendElement("p")
                .addClass("note")
                .text(result.flows().size() + " flows in " + groups.size()
                        + " rows: destinations reached by the same sources on the same port share a row. IPv4 ranges are"
                        + " exact: every address in a range belongs to the row.");
        if (groups.isEmpty()) {
            body.appendElement("p").addClass("empty").text("This site needs no flows.");
            return;
        }
        Element table = body.appendElement("table").addClass("flows");
        Element head = table.appendElement("thead").appendElement("tr");
        for (String c : COLUMNS) {
            head.appendElement("th").attr("scope", "col").text(c);
        }
        Element tbody = table.appendElement("tbody");
        String section = null;
        for (FlowGroup g : groups) {
            if (!Objects.equals(section, g.rule().section())) {
                section = g.rule().section();
                String title =
                        result.catalog().section(section).map(s -> s.title()).orElse(section);
                tbody.appendElement("tr")
                        .addClass("sub")
                        .appendElement("th")
                        .attr("colspan", "7")
                        .text(title);
            }
            Element tr = tbody.appendElement("tr")
                    .addClass("flow")
                    .attr("data-rule", g.rule().id());
            tr.appendElement("td").text(g.rule().id());
            endpoints(tr.appendElement("td").addClass("src"), g.sources());
            endpoints(tr.appendElement("td").addClass("dst"), g.destinations());
            tr.appendElement("td").addClass("port").text(g.portLabel());
            tr.appendElement("td").text(g.rule().protocol());
            tr.appendElement("td")
                    .text(g.rule().service() == null ? "" : g.rule().service());
            tr.appendElement("td").addClass("count").text(Integer.toString(g.flowCount()));
        }
    }

    static void endpoints(Element td, EndpointSet set) {
        if (set.listed()) {
            for (Endpoint e : set.members()) {
                Element div = td.appendElement("div");
                div.appendElement("bdi").text(SafeText.shown(e.name()));
                if (e.address() != null && !e.address().equals(e.name())) {
                    div.appendText(" ");
                    div.appendElement("span").addClass("addr").text(SafeText.shown(e.address()));
                } else if (e.address() == null) {
                    div.appendText(" ");
                    div.appendElement("span").addClass("addr").text("(no address)");
                }
            }
            return;
        }
        td.appendElement("div").text(SafeText.shown(set.description()));
        if (!set.addresses().isEmpty()) {
            td.appendElement("div").addClass("addr").text(set.addresses());
        }
        if (set.withoutAddress() > 0) {
            td.appendElement("div").addClass("addr").text(set.withoutAddress() + " without address");
        }
    }
}
