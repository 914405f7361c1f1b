package com.valt.planner.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.valt.planner.catalog.Catalog;
import com.valt.planner.catalog.Condition;
import com.valt.planner.catalog.Mark;
import com.valt.planner.catalog.Pairing;
import com.valt.planner.catalog.Role;
import com.valt.planner.catalog.Rule;
import com.valt.planner.catalog.Section;
import com.valt.planner.catalog.SourcePage;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Loads and checks the rule catalog: the page's tables as data (resources/catalog). */
public final class CatalogLoader {
    public static final String DEFAULT = "/catalog/valt-network-requirements.json";

    private static volatile Catalog defaultCatalog;

    private CatalogLoader() {}

    /** The catalog shipped in the jar, loaded once. */
    public static synchronized Catalog loadDefault() {
        Catalog c = defaultCatalog;
        if (c == null) {
            try (InputStream in = CatalogLoader.class.getResourceAsStream(DEFAULT)) {
                if (in == null) {
                    throw new CatalogException("catalog " + DEFAULT + " is missing from the program");
                }
                c = load(in.readAllBytes(), DEFAULT);
            } catch (IOException e) {
                throw new CatalogException("catalog " + DEFAULT + ": cannot read (" + e.getMessage() + ")");
            }
            defaultCatalog = c;
        }
        return c;
    }

    public static Catalog load(byte[] json, String name) {
        JsonNode root;
        try {
            root = Json.mapper().readTree(json);
        } catch (IOException e) {
            throw new CatalogException("catalog " + name + ": not valid JSON (" + getOriginalMessageOrNull(e) + ")");
        }
        return new Parser(name).catalog(root);
    }

    private static String getOriginalMessageOrNull(IOException e) {
        return e.getMessage() == null
                ? e.getClass().getSimpleName()
                : e.getMessage().lines().findFirst().orElse("");
    }

    private static final class Parser {
        private final String name;
        private final Set<String> ids = new HashSet<>();

        Parser(String name) {
            this.name = name;
        }

        Catalog catalog(JsonNode root) {
            if (!"valt-rule-catalog".equals(root.path("format").asText())) {
                throw fail("format", "expected \"valt-rule-catalog\"");
            }
            JsonNode src = root.path("source");
            SourcePage source = new SourcePage(
                    req(src, "title", "source"),
                    req(src, "wiki", "source"),
                    req(src, "file", "source"),
                    req(src, "revision", "source"),
                    req(src, "retrieved", "source"));
            Map<Mark, String> legend = new EnumMap<>(Mark.class);
            root.path("legend")
                    .fields()
                    .forEachRemaining(e -> legend.put(
                            Mark.fromId(e.getKey()).orElseThrow(() -> fail("legend." + e.getKey(), "unknown mark")),
                            e.getValue().asText()));
            Map<Condition, String> omitted = new EnumMap<>(Condition.class);
            root.path("omittedBecause")
                    .fields()
                    .forEachRemaining(e -> omitted.put(
                            Condition.fromId(e.getKey())
                                    .orElseThrow(() -> fail("omittedBecause." + e.getKey(), "unknown condition")),
                            e.getValue().asText()));
            for (Condition c : Condition.values()) {
                if (!omitted.containsKey(c)) {
                    throw fail("omittedBecause", "no text for condition " + c.id());
                }
            }
            Map<Role, String> noDevices = new EnumMap<>(Role.class);
            root.path("noDevices")
                    .fields()
                    .forEachRemaining(e -> noDevices.put(
                            role(e.getKey(), "noDevices"), e.getValue().asText()));
            List<Section> sections = new ArrayList<>();
            JsonNode list = root.path("sections");
            if (!list.isArray() || list.isEmpty()) {
                throw fail("sections", "expected a non-empty list");
            }
            Set<String> sectionIds = new HashSet<>();
            for (int i = 0; i < list.size(); i++) {
                Section s = section(list.get(i), "sections[" + i + "]");
                if (!sectionIds.add(s.id())) {
                    throw fail("sections[" + i + "].id", "duplicate section id " + s.id());
                }
                sections.add(s);
            }
            for (Mark m : Mark.values()) {
                if (!legend.containsKey(m)) {
                    throw fail("legend", "no text for mark " + m.id());
                }
            }
            return new Catalog(source, legend, omitted, noDevices, sections);
        }

        private Section section(JsonNode n, String at) {
            String id = req(n, "id", at);
            List<Rule> rules = new ArrayList<>();
            JsonNode list = n.path("rules");
            if (!list.isArray() || list.isEmpty()) {
                throw fail(at + ".rules", "expected a non-empty list");
            }
            for (int i = 0; i < list.size(); i++) {
                rules.add(rule(list.get(i), id, at + ".rules[" + i + "]"));
            }
            return new Section(
                    id,
                    req(n, "title", at),
                    req(n, "group", at),
                    strings(n.path("notes")),
                    n.path("onPage").asBoolean(true),
                    rules);
        }

        private Rule rule(JsonNode n, String section, String at) {
            String id = req(n, "id", at);
            if (!ids.add(id)) {
                throw fail(at + ".id", "duplicate rule id " + id);
            }
            Role source = role(req(n, "source", at), at + ".source");
            Role destination = role(req(n, "destination", at), at + ".destination");
            if (source == Role.INTERNET || source == Role.DNS) {
                throw fail(at + ".source", "a flow cannot start outside the site");
            }
            JsonNode portNode = n.path("port");
            if (!portNode.isIntegralNumber() || portNode.asInt() < 1 || portNode.asInt() > 65535) {
                throw fail(at + ".port", portNode + " is not a port (1-65535)");
            }
            List<String> transports = n.has("transports") ? strings(n.get("transports")) : List.of("TCP");
            for (String t : transports) {
                if (!t.equals("TCP") && !t.equals("UDP")) {
                    throw fail(at + ".transports", "unknown transport " + t + " (TCP or UDP)");
                }
            }
            Pairing pairing = switch (n.path("pairing").asText("all")) {
                case "all" -> Pairing.ALL;
                case "served" -> Pairing.SERVED;
                default -> throw fail(at + ".pairing", "expected all or served");
            };
            boolean servedSide = source == Role.CAMERA
                    || source == Role.BEAM
                    || destination == Role.CAMERA
                    || destination == Role.BEAM;
            if ((pairing == Pairing.SERVED) != servedSide) {
                throw fail(at + ".pairing", "\"served\" pairs a camera or BEAM device with its server, and only that");
            }
            Set<Condition> when = new HashSet<>();
            for (String c : strings(n.path("when"))) {
                when.add(Condition.fromId(c).orElseThrow(() -> fail(at + ".when", "unknown condition " + c)));
            }
            Mark mark = n.hasNonNull("mark")
                    ? Mark.fromId(n.get("mark").asText()).orElseThrow(() -> fail(at + ".mark", "unknown mark"))
                    : null;
            List<String> hosts = strings(n.path("hosts"));
            List<String> urls = strings(n.path("pageHostUrls"));
            if ((destination == Role.INTERNET) != !hosts.isEmpty()) {
                throw fail(at + ".hosts", "internet destinations, and only they, list their hosts");
            }
            if (urls.size() != hosts.size()) {
                throw fail(at + ".pageHostUrls", "one page URL per host expected");
            }
            Map<String, String> hostNotes = new LinkedHashMap<>();
            n.path("hostNotes").fields().forEachRemaining(e -> {
                if (!hosts.contains(e.getKey())) {
                    throw fail(at + ".hostNotes", "note for unknown host " + e.getKey());
                }
                hostNotes.put(e.getKey(), e.getValue().asText());
            });
            String pageDestination = destination == Role.INTERNET ? null : req(n, "pageDestination", at);
            return new Rule(
                    id,
                    section,
                    source,
                    destination,
                    pairing,
                    hosts,
                    transports,
                    portNode.asInt(),
                    req(n, "protocol", at),
                    req(n, "service", at),
                    when,
                    mark,
                    req(n, "pageSource", at),
                    pageDestination,
                    urls,
                    opt(n, "subheading"),
                    opt(n, "note"),
                    hostNotes);
        }

        private Role role(String id, String at) {
            return Role.fromId(id).orElseThrow(() -> fail(at, "unknown role " + id));
        }

        private String req(JsonNode n, String key, String at) {
            JsonNode v = n.get(key);
            if (v == null || !v.isTextual() || v.textValue().isBlank()) {
                throw fail(at + "." + key, "missing");
            }
            return v.textValue();
        }

        private static String opt(JsonNode n, String key) {
            JsonNode v = n.get(key);
            return v == null || v.isNull() ? null : v.asText();
        }

        private static List<String> strings(JsonNode n) {
            List<String> out = new ArrayList<>();
            n.forEach(v -> out.add(v.asText()));
            return out;
        }

        private CatalogException fail(String path, String reason) {
            return new CatalogException("catalog " + name + ": " + path + ": " + reason);
        }
    }
}
