package com.valt.planner.export;

import com.valt.planner.syntax.RuleSyntax;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** {@code firewall-ID.nft} and the like: one firewall's rules in its platform's own syntax. */
public final class FirewallSyntaxFile implements Exporter {
    private final String firewallId;
    private final RuleSyntax syntax;

    public FirewallSyntaxFile(String firewallId, RuleSyntax syntax) {
        this.firewallId = firewallId;
        this.syntax = syntax;
    }

    @Override
    public String fileName() {
        return "firewall-" + firewallId + syntax.fileSuffix();
    }

    @Override
    public void write(ExportInput input, OutputStream out) throws IOException {
        var set = input.ruleSets()
                .set(firewallId)
                .orElseThrow(() -> new IOException("no rule set for firewall " + firewallId));
        // The shared copy (the handoff's chapters read its names) when it is this syntax's, as it is in an export.
        String text = input.platformFile(firewallId)
                .filter(w -> set.firewall().platform() == syntax.platform())
                .map(RuleSyntax.Written::text)
                .orElseGet(() -> syntax.write(input.result().site(), set));
        out.write(text.getBytes(StandardCharsets.UTF_8));
    }
}
