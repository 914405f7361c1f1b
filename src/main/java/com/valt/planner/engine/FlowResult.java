package com.valt.planner.engine;

import com.valt.planner.catalog.Catalog;
import com.valt.planner.domain.Site;

import java.util.List;

/**
 * Everything the site needs, computed once by {@link FlowEngine}: what the canvas, the tables,
 * every exporter and the command line read. Immutable and deterministically ordered.
 *
 * @param flows     concrete flows, sorted by section (flows.md order), source, destination, transport, port
 * @param sections  every section of the catalog, in order, with the rows that apply and those left out
 * @param findings  errors first, then warnings, then notes
 * @param links     the flows grouped by (source, destination), in order of first flow
 * @param endpoints the site's devices in file order, then the outside hosts in order of first use
 */
public record FlowResult(Site site, Catalog catalog, List<Flow> flows, List<SectionResult> sections,
                         List<Finding> findings, List<Link> links, List<Endpoint> endpoints) {
    public FlowResult {
        flows = List.copyOf(flows);
        sections = List.copyOf(sections);
        findings = List.copyOf(findings);
        links = List.copyOf(links);
        endpoints = List.copyOf(endpoints);
    }

    /** Flows from or to one device (or outside host), in result order. */
    public List<Flow> flowsOf(String endpointId) {
        return flows.stream()
                .filter(f -> f.source().id().equals(endpointId) || f.destination().id().equals(endpointId))
                .toList();
    }

    public boolean hasErrors() {
        return findings.stream().anyMatch(f -> f.level() == Finding.Level.ERROR);
    }
}
