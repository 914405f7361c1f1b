package com.valt.planner.probe;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.valt.planner.io.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The probe result file (JSON): written by {@code probe --format json} and the window's Save, read back
 * by the window's Open and {@code export --probe}. A file that is not one gives a message naming it.
 */
public final class ResultFile {
    public static final String FORMAT = "valt-probe-result";
    public static final int VERSION = 1;
    /** A result has one entry per flow of one device: a campus server has a few thousand. */
    static final long MAX_BYTES = 16L * 1024 * 1024;

    static final int MAX_FLOWS = 100_000;

    private ResultFile() {}

    public static void write(ProbeReport r, OutputStream out) throws IOException {
        try (JsonGenerator g = Json.mapper().getFactory().createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.setPrettyPrinter(Json.prettyPrinter());
            g.writeStartObject();
            g.writeStringField("format", FORMAT);
            g.writeNumberField("version", VERSION);
            g.writeStringField("site", r.site());
            g.writeStringField("revision", r.revision());
            g.writeStringField("device", r.device());
            g.writeStringField("deviceAddress", r.deviceAddress());
            g.writeStringField("boundTo", r.boundTo());
            g.writeStringField("hostName", r.hostName());
            g.writeArrayFieldStart("localAddresses");
            for (String a : r.localAddresses()) {
                g.writeString(a);
            }
            g.writeEndArray();
            g.writeStringField("started", r.started());
            g.writeNumberField("timeoutMs", r.timeoutMs());
            g.writeStringField("firewall", r.firewall());
            g.writeBooleanField("complete", r.complete());
            g.writeArrayFieldStart("flows");
            for (ProbeLine l : r.lines()) {
                g.writeStartObject();
                g.writeStringField("rule", l.rule());
                g.writeStringField("destination", l.destination());
                g.writeStringField("address", l.address());
                g.writeStringField("transport", l.transport());
                g.writeNumberField("port", l.port());
                g.writeStringField("result", l.result().id());
                g.writeNumberField("ms", l.ms());
                g.writeStringField("firewalls", l.firewalls());
                g.writeStringField("message", l.message());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }

    /** Reads a result file. */
    public static ProbeReport read(Path file) throws ProbeException {
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new ProbeException(
                        file + ": not a probe result (larger than " + MAX_BYTES / (1024 * 1024) + " MB)");
            }
            try (InputStream in = Files.newInputStream(file)) {
                return parse(Json.mapper().readTree(in), file);
            }
        } catch (ProbeException e) {
            throw e;
        } catch (IOException e) {
            throw new ProbeException(file + ": cannot read the probe result: " + oneLine(e.getMessage()), e);
        } catch (RuntimeException e) {
            throw new ProbeException(file + ": not a probe result: " + oneLine(e.getMessage()), e);
        }
    }

    private static ProbeReport parse(JsonNode root, Path file) throws ProbeException {
        if (root == null || !root.isObject()) {
            throw bad(file, "", "not a JSON object");
        }
        if (!FORMAT.equals(root.path("format").asText(null))) {
            throw bad(
                    file,
                    "format",
                    "expected \"" + FORMAT + "\" (is this a probe result written by 'probe --format json'?)");
        }
        if (!root.path("version").isInt() || root.path("version").asInt() != VERSION) {
            throw bad(file, "version", "expected " + VERSION + " (written by a newer program?)");
        }
        JsonNode flows = root.path("flows");
        if (!flows.isArray()) {
            throw bad(file, "flows", "expected a list of flows");
        }
        if (flows.size() > MAX_FLOWS) {
            throw bad(file, "flows", "more than " + MAX_FLOWS + " flows");
        }
        List<ProbeLine> lines = new ArrayList<>();
        for (int i = 0; i < flows.size(); i++) {
            JsonNode f = flows.get(i);
            String at = "flows[" + i + "]";
            if (!f.isObject()) {
                throw bad(file, at, "expected an object");
            }
            Verdict v = Verdict.of(text(f, "result", file, at, true));
            if (v == null) {
                throw bad(file, at + ".result", "expected open, closed, filtered, unresolved or error");
            }
            int port = number(f, "port", file, at, 0, 65535);
            long ms = number(f, "ms", file, at, 0, 86_400_000);
            lines.add(new ProbeLine(
                    text(f, "rule", file, at, true),
                    text(f, "destination", file, at, true),
                    text(f, "address", file, at, false),
                    text(f, "transport", file, at, true),
                    port,
                    v,
                    ms,
                    text(f, "firewalls", file, at, false),
                    text(f, "message", file, at, false)));
        }
        JsonNode addrs = root.path("localAddresses");
        List<String> local = new ArrayList<>();
        if (addrs.isArray()) {
            for (int i = 0; i < addrs.size() && i < 1000; i++) {
                if (!addrs.get(i).isTextual()) {
                    throw bad(file, "localAddresses[" + i + "]", "expected text");
                }
                local.add(addrs.get(i).asText());
            }
        }
        return new ProbeReport(
                text(root, "site", file, "", false),
                text(root, "revision", file, "", false),
                text(root, "device", file, "", true),
                text(root, "deviceAddress", file, "", false),
                text(root, "boundTo", file, "", false),
                text(root, "hostName", file, "", false),
                local,
                text(root, "started", file, "", true),
                number(root, "timeoutMs", file, "", 0, 3_600_000),
                text(root, "firewall", file, "", false),
                root.path("complete").asBoolean(true),
                lines);
    }

    private static String text(JsonNode node, String field, Path file, String at, boolean required)
            throws ProbeException {
        JsonNode v = node.get(field);
        String path = at.isEmpty() ? field : at + "." + field;
        if (v == null || v.isNull()) {
            if (required) {
                throw bad(file, path, "missing");
            }
            return "";
        }
        if (!v.isTextual()) {
            throw bad(file, path, "expected text");
        }
        if (v.asText().length() > 2000) {
            throw bad(file, path, "longer than 2000 characters");
        }
        return v.asText();
    }

    private static int number(JsonNode node, String field, Path file, String at, int min, int max)
            throws ProbeException {
        JsonNode v = node.get(field);
        String path = at.isEmpty() ? field : at + "." + field;
        if (v == null || !v.canConvertToInt() || !v.isIntegralNumber() || v.asInt() < min || v.asInt() > max) {
            throw bad(file, path, "expected a whole number from " + min + " to " + max);
        }
        return v.asInt();
    }

    private static ProbeException bad(Path file, String path, String reason) {
        return new ProbeException(file + ": " + (path.isEmpty() ? "" : path + ": ") + reason);
    }

    private static String oneLine(String s) {
        if (s == null) {
            return "unreadable";
        }
        String line = s.lines().findFirst().orElse("").strip();
        return line.length() > 200 ? line.substring(0, 200) + "..." : line;
    }
}
