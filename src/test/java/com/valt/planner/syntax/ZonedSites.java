package com.valt.planner.syntax;

import com.valt.planner.domain.Site;
import com.valt.planner.engine.FlowEngine;
import com.valt.planner.io.CatalogLoader;
import com.valt.planner.io.SiteFileReader;
import com.valt.planner.ruleset.FirewallRuleSet;
import com.valt.planner.ruleset.RuleSets;
import com.valt.planner.testing.SiteGenerator;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The zoned samples and a generated zoned site, with their real rule sets (engine routes, aggregation). */
public final class ZonedSites {
    private ZonedSites() {}

    public static Map<String, Site> all() {
        Map<String, Site> sites = new LinkedHashMap<>();
        try {
            for (String name : List.of("hospital-zones", "university-zones")) {
                sites.put(name, SiteFileReader.read(Path.of("samples", name + ".valt.json")));
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        sites.put("generated", SiteGenerator.zoned(SiteGenerator.generate(SiteGenerator.Spec.of(120, 3, 12, 6))));
        return sites;
    }

    public static List<FirewallRuleSet> ruleSets(Site site) {
        return RuleSets.of(new FlowEngine(CatalogLoader.loadDefault()).compute(site))
                .sets();
    }
}
