package com.valt.planner.catalog;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The page's tables as data, in the order of docs/rules-catalog.md.
 *
 * @param legend         text of each mark, e.g. ssl-on: "Required when SSL is Enabled"
 * @param omittedBecause for each condition, why a row is left out when it does not hold, e.g.
 *                       ssl-off: "SSL is enabled: the unencrypted rows are not needed."
 * @param noDevices      for each role, why a row is left out when the site has no such device
 */
public record Catalog(
        SourcePage source,
        Map<Mark, String> legend,
        Map<Condition, String> omittedBecause,
        Map<Role, String> noDevices,
        List<Section> sections) {
    /**
     * Cameras one server is planned for. The page: "For applications requiring more than 50 cameras ...
     * additional Media Servers can be added". A sentence, not a table row, so it is not in the JSON.
     */
    public static final int CAMERAS_PER_SERVER = 50;

    public Catalog {
        legend = Map.copyOf(legend);
        omittedBecause = Map.copyOf(omittedBecause);
        noDevices = Map.copyOf(noDevices);
        sections = List.copyOf(sections);
    }

    public List<Rule> rules() {
        return sections.stream().flatMap(s -> s.rules().stream()).toList();
    }

    public Optional<Rule> rule(String id) {
        return rules().stream().filter(r -> r.id().equals(id)).findFirst();
    }

    public Optional<Section> section(String id) {
        return sections.stream().filter(s -> s.id().equals(id)).findFirst();
    }
}
