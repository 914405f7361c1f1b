package com.valt.planner.engine;

import com.valt.planner.catalog.Catalog;
import com.valt.planner.catalog.Condition;
import com.valt.planner.catalog.Rule;
import com.valt.planner.domain.Device;
import com.valt.planner.domain.DeviceType;
import com.valt.planner.domain.Problem;
import com.valt.planner.domain.Site;
import com.valt.planner.domain.SiteValidator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The findings of docs/cli.md ("check"), plus the site's own errors, in a stable order. */
final class Findings {
    private static final int CAMERAS_PER_SERVER = Catalog.CAMERAS_PER_SERVER;

    private Findings() {}

    static List<Finding> of(
            Site site, Catalog catalog, List<SectionResult> sections, ZoneRouting routing, List<Flow> flows) {
        List<Finding> out = new ArrayList<>();
        for (Problem p : SiteValidator.validate(site)) {
            out.add(new Finding(Finding.Level.ERROR, p.path(), p.message(), devicesAt(site, p.path())));
        }
        camerasPerServer(site, out);
        beamLicences(site, out);
        dnsForUpdates(site, out);
        reviewerNotes(site, sections, out);
        missingAddresses(site, out);
        if (routing != null) {
            ZoneFindings.add(site, routing, routing.unroutable(flows), out);
        }
        out.sort(Comparator.comparing(Finding::level));
        return out;
    }

    private static void camerasPerServer(Site site, List<Finding> out) {
        Map<String, Integer> served = new HashMap<>();
        for (Device d : site.devices()) {
            if (d.type() == DeviceType.CAMERA) {
                site.servingServer(d).ifPresent(s -> served.merge(s.id(), 1, Integer::sum));
            }
        }
        List<Device> devices = site.devices();
        for (int i = 0; i < devices.size(); i++) {
            Device server = devices.get(i);
            int n = served.getOrDefault(server.id(), 0);
            if (server.type().isServer() && n > CAMERAS_PER_SERVER) {
                int extra = (n - 1) / CAMERAS_PER_SERVER;
                out.add(new Finding(
                        Finding.Level.WARNING,
                        "devices[" + i + "]",
                        server.displayName() + " serves " + n + " cameras, more than the " + CAMERAS_PER_SERVER
                                + " per server the page plans for: add " + extra + " media server"
                                + (extra == 1 ? "" : "s") + " and move cameras to " + (extra == 1 ? "it" : "them")
                                + ".",
                        List.of(server.id())));
            }
        }
    }

    private static void beamLicences(Site site, List<Finding> out) {
        List<String> beams =
                site.devicesOfType(DeviceType.BEAM).stream().map(Device::id).toList();
        if (!beams.isEmpty()) {
            out.add(new Finding(
                    Finding.Level.NOTE,
                    "devices",
                    beams.size() + " BEAM device" + (beams.size() == 1 ? "" : "s")
                            + ": BEAM licenses are required (the page: \"Only required for those who have purchased"
                            + " BEAM licenses\").",
                    beams));
        }
    }

    private static void dnsForUpdates(Site site, List<Finding> out) {
        if (site.settings().updatesEnabled() && site.settings().dnsServers().isEmpty()) {
            out.add(new Finding(
                    Finding.Level.WARNING,
                    "settings.dnsServers",
                    "Online updates are on but no DNS server is listed; the page says valid DNS servers are"
                            + " required to download updates.",
                    List.of()));
        }
    }

    /** Reviewer's notes on rows that apply, such as the docker port note: shown, never hidden. */
    private static void reviewerNotes(Site site, List<SectionResult> sections, List<Finding> out) {
        for (SectionResult s : sections) {
            for (MatrixRow row : s.rows()) {
                Rule rule = row.rule();
                if (row.note() != null && rule.hostNotes().containsValue(row.note())) {
                    out.add(new Finding(
                            Finding.Level.NOTE,
                            settingPath(rule),
                            row.destination() + " (" + rule.id() + "): " + row.note(),
                            List.of()));
                }
            }
        }
    }

    private static void missingAddresses(Site site, List<Finding> out) {
        List<String> without = site.devices().stream()
                .filter(d -> d.address() == null)
                .map(Device::id)
                .toList();
        if (!without.isEmpty()) {
            String some = String.join(", ", without.subList(0, Math.min(5, without.size())));
            out.add(new Finding(
                    Finding.Level.NOTE,
                    "devices",
                    without.size() + " device" + (without.size() == 1 ? " has" : "s have")
                            + " no address (" + some + (without.size() > 5 ? ", ..." : "")
                            + "): the firewall team will need one for each.",
                    without));
        }
    }

    private static String settingPath(Rule rule) {
        if (rule.when().contains(Condition.ONLINE_UPDATES)) {
            return "settings.onlineUpdates";
        }
        if (rule.when().contains(Condition.DIGITAL_WOWZA_KEY)) {
            return "settings.wowzaKey";
        }
        return "devices";
    }

    /** The device a problem path such as {@code devices[3].mediaServer} points at, if any. */
    private static List<String> devicesAt(Site site, String path) {
        if (!path.startsWith("devices[")) {
            return List.of();
        }
        int end = path.indexOf(']');
        try {
            int i = Integer.parseInt(path.substring("devices[".length(), end));
            return i < site.devices().size() ? List.of(site.devices().get(i).id()) : List.of();
        } catch (RuntimeException e) {
            return List.of();
        }
    }
}
