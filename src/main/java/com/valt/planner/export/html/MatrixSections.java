package com.valt.planner.export.html;

import com.valt.planner.catalog.Mark;
import com.valt.planner.engine.FlowResult;
import com.valt.planner.engine.MatrixRow;
import com.valt.planner.engine.SectionResult;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import org.jsoup.nodes.Element;

/** The page's tables in its own shape: group heading, table heading, notes, rows that apply, legend, what was left out. */
final class MatrixSections {
    static final String[] COLUMNS = {"Port", "Protocol", "Service", "Source", "Destination"};

    private final FlowResult result;

    MatrixSections(FlowResult result) {
        this.result = result;
    }

    void appendTo(Element body) {
        String group = null;
        for (SectionResult s : result.sections()) {
            if (!Objects.equals(group, s.section().group())) {
                group = s.section().group();
                body.appendElement("h2").text(group);
            }
            Element sec = body.appendElement("section")
                    .addClass("matrix")
                    .attr("data-section", s.section().id());
            sec.appendElement("h3").text(s.section().title());
            s.section()
                    .notes()
                    .forEach(n -> sec.appendElement("p").addClass("note").text(n));
            if (s.applies()) {
                table(sec, s);
            }
            omitted(sec, s);
        }
    }

    private void table(Element sec, SectionResult s) {
        Element table = sec.appendElement("table").addClass("matrix");
        Element head = table.appendElement("thead").appendElement("tr");
        for (String c : COLUMNS) {
            head.appendElement("th").attr("scope", "col").text(c);
        }
        Element body = table.appendElement("tbody");
        String sub = null;
        Set<Mark> marks = new LinkedHashSet<>();
        for (MatrixRow row : s.rows()) {
            if (row.subheading() != null && !row.subheading().equals(sub)) {
                body.appendElement("tr")
                        .addClass("sub")
                        .appendElement("th")
                        .attr("colspan", "5")
                        .text(row.subheading());
            }
            sub = row.subheading();
            Element tr = body.appendElement("tr")
                    .addClass("row")
                    .attr("data-rule", row.rule().id());
            Element port = tr.appendElement("td").addClass("port");
            if (row.mark() != null) {
                marks.add(row.mark());
                MarkIcons.append(port, row.mark(), legend(row.mark()));
            }
            port.appendText(row.portLabel());
            tr.appendElement("td").text(row.protocol());
            tr.appendElement("td").text(row.service() == null ? "" : row.service());
            tr.appendElement("td").text(row.source());
            tr.appendElement("td").text(row.destination());
            if (row.note() != null) {
                Element note = body.appendElement("tr")
                        .addClass("note")
                        .attr("data-rule", row.rule().id())
                        .appendElement("td")
                        .attr("colspan", "5");
                note.appendText(com.valt.planner.export.text.NoteText.prefixed(row.note()));
            }
        }
        if (!marks.isEmpty()) {
            Element legend = sec.appendElement("p").addClass("legend");
            for (Mark m : marks) {
                Element span = legend.appendElement("span");
                MarkIcons.append(span, m, legend(m));
                span.appendText(legend(m));
            }
        }
    }

    /** "Not needed for this site: TCP 80 HTTP (Web Application), ... Why: SSL is enabled: ..." per reason. */
    private static void omitted(Element sec, SectionResult s) {
        for (String summary : s.omissionSummaries()) {
            Element p = sec.appendElement("p").addClass("omitted");
            p.appendElement("b").text(s.applies() ? "Left out: " : "Not needed for this site: ");
            p.appendText(summary);
        }
    }

    private String legend(Mark m) {
        return result.catalog().legend().getOrDefault(m, m.id());
    }
}
