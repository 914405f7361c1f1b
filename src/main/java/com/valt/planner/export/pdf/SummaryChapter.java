package com.valt.planner.export.pdf;

import com.valt.planner.domain.Device;
import com.valt.planner.domain.DeviceType;
import com.valt.planner.domain.Settings;
import com.valt.planner.domain.Site;
import com.valt.planner.engine.Finding;
import com.valt.planner.engine.FlowResult;
import com.valt.planner.export.text.SafeText;
import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** Device counts, the options, every default the program assumed, and the findings. */
final class SummaryChapter {
    private SummaryChapter() {}

    static void write(Blocks b, PdfCanvas c, FlowResult r, List<String> warnings) throws IOException {
        Site site = r.site();
        b.chapter("Summary");
        if (!site.info().notes().isBlank()) {
            b.para(
                    SafeText.shown(site.info().notes()).length() < SafeText.MAX_CHARS
                            ? site.info().notes()
                            : SafeText.shorten(SafeText.clean(site.info().notes()), 1500));
        }
        b.heading("Devices");
        PdfTable counts = new PdfTable(List.of("Type", "Count"), new float[] {0.7f, 0.3f}, Style.BODY);
        for (DeviceType t : DeviceType.values()) {
            counts.rowOf(
                    t.label() + (t == DeviceType.CLIENT ? " PCs" : "s"),
                    String.format("%,d", site.devicesOfType(t).size()));
        }
        counts.row(List.of(
                new PdfTable.Cell("Total", true, Style.INK, null),
                new PdfTable.Cell(String.format("%,d", site.devices().size()), true, Style.INK, null)));
        counts.draw(c, 2);
        b.para(String.format(
                "%,d required flows in %d sections; %d administration PC%s.",
                r.flows().size(),
                r.sections().stream().filter(s -> s.applies()).count(),
                site.devicesOfType(DeviceType.CLIENT).stream()
                        .filter(Device::admin)
                        .count(),
                site.devicesOfType(DeviceType.CLIENT).stream()
                                        .filter(Device::admin)
                                        .count()
                                == 1
                        ? ""
                        : "s"));

        b.heading("Options");
        Settings s = site.settings();
        b.field(
                "SSL",
                (s.sslEnabled() ? "Enabled" : "Disabled") + (s.ssl() == null ? " (not set: default assumed)" : ""));
        b.field(
                "Online OS updates",
                (s.updatesEnabled() ? "On" : "Off") + (s.onlineUpdates() == null ? " (not set: default assumed)" : ""));
        b.field(
                "Wowza key",
                s.effectiveWowzaKey().id()
                        + (s.wowzaKey() == null ? " (not set: default assumed)" : "")
                        + overrides(site));
        b.field(
                "DNS servers",
                s.dnsServers().isEmpty()
                        ? "none listed"
                        : String.join(
                                ", ",
                                s.dnsServers().stream().map(SafeText::shown).toList()));
        c.y += 6;

        b.heading("Defaults the program assumed");
        List<String> assumed = assumed(site);
        if (assumed.isEmpty()) {
            b.para("None: the site file states every setting, and every device has a name and an address.");
        }
        for (String a : assumed) {
            b.bullet(null, null, a);
        }

        b.heading("Findings");
        if (r.findings().isEmpty() && warnings.isEmpty()) {
            b.para("None.");
        }
        for (String w : warnings) {
            b.bullet("WARNING", Style.WARNING, w);
        }
        for (Finding f : r.findings()) {
            Color col = switch (f.level()) {
                case ERROR -> Style.ERROR;
                case WARNING -> Style.WARNING;
                case NOTE -> Style.ACCENT;
            };
            b.bullet(f.level().name(), col, SafeText.clean(f.message()));
        }
    }

    private static String overrides(Site site) {
        long own = site.servers().stream()
                .filter(d ->
                        d.wowzaKey() != null && d.wowzaKey() != site.settings().effectiveWowzaKey())
                .count();
        return own == 0
                ? ""
                : "; " + own + " server" + (own == 1 ? " has" : "s have") + " its own key (see the inventory)";
    }

    static List<String> assumed(Site site) {
        List<String> out = new ArrayList<>();
        Settings s = site.settings();
        if (s.ssl() == null) {
            out.add("settings.ssl is not set: SSL is assumed enabled, so the encrypted rows (HTTPS, WSS) apply.");
        }
        if (s.onlineUpdates() == null) {
            out.add(
                    "settings.onlineUpdates is not set: online OS updates are assumed on, so the servers need the repositories and DNS.");
        }
        if (s.wowzaKey() == null) {
            out.add(
                    "settings.wowzaKey is not set: a digital Wowza key is assumed, so servers without their own key need the licensing servers.");
        }
        devices(out, site, d -> d.name() == null || d.name().isBlank(), "no name; the id is shown instead");
        devices(out, site, d -> d.address() == null, "no address; the firewall team will need one for each");
        devices(
                out,
                site,
                d -> d.type().isServed() && d.mediaServer() == null,
                "no media server; the application server is assumed to serve them");
        long keyless = site.servers().stream().filter(d -> d.wowzaKey() == null).count();
        if (keyless > 0 && keyless < site.servers().size()) {
            out.add(keyless + " server" + (keyless == 1 ? " uses" : "s use") + " the site's Wowza key ("
                    + s.effectiveWowzaKey().id() + ").");
        }
        return out;
    }

    private static void devices(List<String> out, Site site, Predicate<Device> test, String what) {
        List<Device> hit = site.devices().stream().filter(test).toList();
        if (hit.isEmpty()) {
            return;
        }
        List<String> some = hit.stream()
                .limit(8)
                .map(d -> SafeText.shorten(SafeText.clean(d.id()), 40))
                .toList();
        out.add(String.format(
                "%,d device%s %s: %s%s.",
                hit.size(),
                hit.size() == 1 ? " has" : "s have",
                what,
                String.join(", ", some),
                hit.size() > some.size() ? ", \u2026" : ""));
    }
}
