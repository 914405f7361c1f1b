package com.valt.planner.catalog;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One rule of the catalog (docs/rules-catalog.md): one row of the page's tables, or several rows when it lists several hosts.
 *
 * @param hosts           for {@link Role#INTERNET} destinations: the host names
 * @param transports      usually just TCP; the DNS rule has UDP and TCP
 * @param mark            the page's mark, or null
 * @param pageSource      the source column as the page words it
 * @param pageDestination the destination column as the page words it; for host lists see {@code pageHostUrls}
 * @param pageHostUrls    the destinations as the page writes them (with their http:// or https://), one per host
 * @param subheading      the page's sub-heading above this row ("For Administration Only"), or null
 * @param note            a reviewer's note on the whole row, or null
 * @param hostNotes       a reviewer's note on one host's row, by host name
 */
public record Rule(
        String id,
        String section,
        Role source,
        Role destination,
        Pairing pairing,
        List<String> hosts,
        List<String> transports,
        int port,
        String protocol,
        String service,
        Set<Condition> when,
        Mark mark,
        String pageSource,
        String pageDestination,
        List<String> pageHostUrls,
        String subheading,
        String note,
        Map<String, String> hostNotes) {
    public Rule {
        hosts = List.copyOf(hosts);
        transports = List.copyOf(transports);
        when = Set.copyOf(when);
        pageHostUrls = List.copyOf(pageHostUrls);
        hostNotes = Map.copyOf(hostNotes);
    }

    /** "TCP 80", or "UDP/TCP 53" for a rule with two transports. */
    public String portLabel() {
        return String.join("/", transports) + " " + port;
    }
}
