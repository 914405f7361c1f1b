package com.valt.planner.testing;

import com.valt.planner.engine.FlowEngine;
import com.valt.planner.engine.FlowResult;
import com.valt.planner.io.CatalogLoader;
import com.valt.planner.io.SiteFileReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Sites for probe tests whose every address is on loopback (or inside a test's own namespaces), so
 * a test never sends a packet to a real network.
 */
public final class LabSites {
    private LabSites() {}

    /**
     * pc1 (127.0.0.3) and a server app (127.0.0.2), a media server ms1 with no address, a camera cam1.
     * With {@code dns}, online updates are on and the DNS server is {@code dns}: the server then also has
     * flows to outside host names, which tests must resolve with {@code Resolver.literalsOnly()}.
     */
    public static Path loopback(Path dir, String dns, boolean msWithoutAddress) throws IOException {
        String settings = dns == null
                ? "{ \"ssl\": false, \"onlineUpdates\": false, \"wowzaKey\": \"physical\" }"
                : "{ \"ssl\": false, \"onlineUpdates\": true, \"wowzaKey\": \"physical\", \"dnsServers\": [\"" + dns
                        + "\"] }";
        String ms =
                msWithoutAddress ? ",\n    { \"id\": \"ms1\", \"type\": \"media-server\", \"name\": \"Media 1\" }" : "";
        return write(dir.resolve("loopback.valt.json"), """
                {
                  "format": "valt-site-plan",
                  "version": 1,
                  "site": { "name": "Loopback lab", "revision": "L1", "author": "Probe tests" },
                  "settings": %s,
                  "devices": [
                    { "id": "app", "type": "application-server", "name": "VALT Server", "address": "127.0.0.2" },
                    { "id": "pc1", "type": "client", "name": "Control PC", "address": "127.0.0.3" },
                    { "id": "cam1", "type": "camera", "name": "Room 1", "address": "127.0.0.4", "mediaServer": "app" }%s
                  ]
                }
                """.formatted(settings, ms));
    }

    public static Path write(Path file, String json) throws IOException {
        Files.writeString(file, json);
        return file;
    }

    public static FlowResult flows(Path site) throws Exception {
        return new FlowEngine(CatalogLoader.loadDefault()).compute(SiteFileReader.read(site));
    }
}
