package com.valt.planner.engine;

import com.valt.planner.catalog.Mark;
import com.valt.planner.catalog.Rule;

/**
 * A row of the page's tables that applies to this site, in the page's own words.
 *
 * @param destination the page's destination column (for host lists: the one host, as the page writes it)
 * @param note        a reviewer's note to show next to the row, or null
 * @param flowCount   how many concrete flows this row stands for in this site
 */
public record MatrixRow(
        Rule rule,
        String portLabel,
        String protocol,
        String service,
        String source,
        String destination,
        Mark mark,
        String subheading,
        String note,
        int flowCount) {}
