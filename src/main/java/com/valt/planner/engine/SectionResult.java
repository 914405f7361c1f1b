package com.valt.planner.engine;

import com.valt.planner.catalog.Section;
import java.util.List;

/** One of the page's tables applied to the site: the rows that apply and the ones left out. */
public record SectionResult(Section section, List<MatrixRow> rows, List<Omission> omitted, int flowCount) {
    public SectionResult {
        rows = List.copyOf(rows);
        omitted = List.copyOf(omitted);
    }

    /** True when at least one row applies to this site. */
    public boolean applies() {
        return !rows.isEmpty();
    }

    /** The distinct reasons rows were left out, in row order: "SSL is enabled: the unencrypted rows are not needed." */
    public List<String> omissionReasons() {
        return omitted.stream().map(Omission::reason).distinct().toList();
    }

    /**
     * One sentence per reason, naming the rows it leaves out:
     * "TCP 80 HTTP (Web Application), TCP 1935 WS (Video Streaming). SSL is enabled: ..."
     */
    public List<String> omissionSummaries() {
        return omissionReasons().stream()
                .map(reason -> omitted.stream()
                        .filter(o -> o.reason().equals(reason))
                        .map(o -> o.rule().portLabel() + " " + o.rule().protocol() + " ("
                                + o.rule().service() + ")")
                        .distinct()
                        .collect(java.util.stream.Collectors.joining(", ", "", ". " + reason)))
                .toList();
    }
}
