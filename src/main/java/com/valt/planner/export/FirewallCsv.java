package com.valt.planner.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/** {@code firewall-ID.csv}: one filtering firewall's rules in the platform-neutral CSV of zones.md. */
public final class FirewallCsv implements Exporter {
    private final String firewallId;

    public FirewallCsv(String firewallId) {
        this.firewallId = firewallId;
    }

    @Override
    public String fileName() {
        return "firewall-" + firewallId + ".csv";
    }

    @Override
    public void write(ExportInput input, OutputStream out) throws IOException {
        RulesCsv.write(
                List.of(input.ruleSets()
                        .set(firewallId)
                        .orElseThrow(() -> new IOException("no rule set for firewall " + firewallId))),
                out);
    }
}
