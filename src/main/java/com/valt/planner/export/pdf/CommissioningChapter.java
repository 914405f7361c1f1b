package com.valt.planner.export.pdf;

import com.valt.planner.domain.SiteInfo;
import com.valt.planner.export.text.SafeText;
import com.valt.planner.probe.ProbeLine;
import com.valt.planner.probe.ProbeReport;
import com.valt.planner.probe.Verdict;
import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The evidence of the on-site probes ({@code export --probe}): per result file, who stood in for which
 * device, from which computer and when, the counts, then every flow's verdict with the failures first.
 */
final class CommissioningChapter {
    static final Color PASS = new Color(0x2F855A);

    private CommissioningChapter() {}

    static void write(Blocks b, PdfCanvas c, SiteInfo site, List<ProbeReport> reports) throws IOException {
        b.chapter("Commissioning report");
        b.para("Each section is one run of 'probe' on site: a computer stood in for one device and tried every flow"
                + " that device opens, through the customer's firewalls. open: connected. closed: the firewall let it"
                + " through and nothing listened yet (a pass). filtered: no answer within the time limit, or rejected"
                + " (a fail). unresolved: the host name did not resolve (a fail). error: any other failure, with the"
                + " system's message.");
        for (ProbeReport r : reports) {
            report(b, c, site, r);
        }
    }

    private static void report(Blocks b, PdfCanvas c, SiteInfo site, ProbeReport r) throws IOException {
        b.heading("Standing in for " + SafeText.shown(r.device())
                + (r.allPass()
                        ? ": every flow passes"
                        : ": " + r.failures().size() + " of " + r.lines().size() + " flows fail"));
        b.field(
                "Device",
                SafeText.shown(r.device())
                        + (r.deviceAddress().isEmpty()
                                ? " (no address in the plan)"
                                : " " + SafeText.shown(r.deviceAddress())));
        b.field(
                "Tested from",
                SafeText.shown(r.hostName())
                        + (r.boundTo().isEmpty()
                                ? ": not the device's address; attempts came from the computer's own address"
                                : ", attempts from " + SafeText.shown(r.boundTo())));
        List<String> addrs =
                r.localAddresses().stream().limit(12).map(SafeText::shown).toList();
        b.field(
                "Its addresses",
                addrs.isEmpty()
                        ? "(none listed)"
                        : String.join(", ", addrs)
                                + (r.localAddresses().size() > addrs.size()
                                        ? " and " + (r.localAddresses().size() - addrs.size()) + " more"
                                        : ""));
        b.field("Started", SafeText.shown(r.started()) + ", " + r.timeoutMs() + " ms per attempt");
        b.field(
                "Plan",
                SafeText.shown(r.site())
                        + (r.revision().isEmpty() ? "" : ", revision " + SafeText.shown(r.revision()))
                        + (r.firewall().isEmpty() ? "" : "; flows crossing " + SafeText.shown(r.firewall()) + " only"));
        b.field("Result", r.summary());
        c.y += 4;
        if (!r.site().equals(site.name()) || !r.revision().equals(site.revision())) {
            b.bullet(
                    "NOTE",
                    Style.WARNING,
                    "This result was made with the plan \"" + SafeText.shown(r.site()) + "\""
                            + (r.revision().isEmpty() ? "" : " revision " + SafeText.shown(r.revision()))
                            + ", not with this document's plan"
                            + (site.revision().isEmpty() ? "" : " (revision " + SafeText.shown(site.revision()) + ")")
                            + ": run the probe again after changing the plan.");
        }
        if (!r.complete()) {
            b.bullet("NOTE", Style.WARNING, "The run was stopped before every flow was tried.");
        }
        PdfTable t = new PdfTable(
                        List.of("Result", "Rule", "Destination", "Address", "Port", "ms", "Firewalls", "Message"),
                        new float[] {0.09f, 0.06f, 0.16f, 0.13f, 0.09f, 0.06f, 0.16f, 0.25f},
                        Style.TABLE)
                .compact();
        for (ProbeLine l : r.failuresFirst()) {
            List<PdfTable.Cell> cells = new ArrayList<>();
            Color colour = !l.result().passes() ? Style.ERROR : l.result() == Verdict.OPEN ? PASS : Style.MUTED;
            cells.add(new PdfTable.Cell(l.result().id(), true, colour, null));
            for (String s : List.of(
                    l.rule(),
                    l.destination(),
                    l.address(),
                    l.transport() + " " + l.port(),
                    Long.toString(l.ms()),
                    l.firewalls(),
                    l.message())) {
                cells.add(PdfTable.Cell.of(SafeText.shown(s)));
            }
            t.row(cells);
        }
        if (t.isEmpty()) {
            t.note("No flow was tried.");
        }
        t.draw(c, 1);
    }
}
