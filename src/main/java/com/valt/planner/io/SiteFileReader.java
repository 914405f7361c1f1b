package com.valt.planner.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.valt.planner.domain.Device;
import com.valt.planner.domain.DeviceType;
import com.valt.planner.domain.Extras;
import com.valt.planner.domain.Firewall;
import com.valt.planner.domain.FirewallInterface;
import com.valt.planner.domain.Platform;
import com.valt.planner.domain.Problem;
import com.valt.planner.domain.Settings;
import com.valt.planner.domain.Site;
import com.valt.planner.domain.SiteInfo;
import com.valt.planner.domain.SiteValidator;
import com.valt.planner.domain.Spelling;
import com.valt.planner.domain.WowzaKey;
import com.valt.planner.domain.Zone;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads a site file (site-file.md) into the domain model, or refuses it with every problem found,
 * each with the file, the JSON path and the reason. Never throws anything but {@link SiteLoadException}.
 */
public final class SiteFileReader {
    public static final String FORMAT = "valt-site-plan";

    private static final Set<String> TOP =
            Set.of("format", "version", "site", "settings", "zones", "firewalls", "devices");
    private static final Set<String> INFO = Set.of("name", "customer", "author", "revision", "notes");
    private static final Set<String> SETTINGS = Set.of("ssl", "onlineUpdates", "wowzaKey", "dnsServers", "logo");
    private static final Set<String> DEVICE =
            Set.of("id", "type", "name", "address", "wowzaKey", "mediaServer", "admin", "zone", "x", "y");
    private static final Pattern JACKSON_TOKENS = Pattern.compile(
            ":? ?(was expecting|expected) \\(JSON String, Number, Array, Object or token 'null', 'true' or 'false'\\)");
    private static final Set<String> ZONE = Set.of("id", "name", "networks", "vlan");
    private static final Set<String> FIREWALL = Set.of("id", "name", "platform", "interfaces", "x", "y");
    private static final Set<String> INTERFACE = Set.of("name", "zone", "vendorZone");
    private static final String PLATFORMS =
            Arrays.stream(Platform.values()).map(Platform::id).collect(Collectors.joining(", "));
    private static final String TYPES =
            Arrays.stream(DeviceType.values()).map(DeviceType::id).collect(Collectors.joining(", "));

    /** Jackson's "[Source: REDACTED (...); line: 4, column: 11]" in a message. */
    private static final Pattern SOURCE_PLACE = Pattern.compile("\\[Source: [^;]*; line: (\\d+), column: (\\d+)]");

    private SiteFileReader() {}

    public static Site read(Path file) throws SiteLoadException {
        String name = file.toString();
        byte[] bytes;
        try {
            if (Files.isDirectory(file)) {
                throw new SiteLoadException(name, "", "this is a folder, not a site file");
            }
            long size = Files.size(file);
            if (size > Json.MAX_DOCUMENT) {
                throw tooLarge(name, size);
            }
            // Bounded even when the size lies (a device or a file that grows while read): never more than the limit.
            try (InputStream in = Files.newInputStream(file)) {
                bytes = in.readNBytes((int) Json.MAX_DOCUMENT + 1);
            }
        } catch (NoSuchFileException e) {
            throw new SiteLoadException(name, "", "no such file");
        } catch (AccessDeniedException e) {
            throw new SiteLoadException(name, "", "permission denied: the file cannot be read");
        } catch (IOException | RuntimeException e) {
            throw new SiteLoadException(name, "", "cannot read the file (" + describe(e) + ")");
        } catch (OutOfMemoryError e) {
            throw new SiteLoadException(name, "", "the file is too large to read");
        }
        // Reading has no side effects: stale temp files of a killed save are removed by the next save.
        return read(bytes, name);
    }

    /** Reads the bytes of a site file; {@code fileName} is only used in messages. */
    public static Site read(byte[] bytes, String fileName) throws SiteLoadException {
        if (bytes.length > Json.MAX_DOCUMENT) {
            throw tooLarge(fileName, bytes.length);
        }
        int start = checkEncoding(bytes, fileName);
        JsonNode root;
        // Our own parser, so that a failure can say where in the document it happened.
        try (JsonParser parser = Json.mapper().createParser(bytes, start, bytes.length - start)) {
            try {
                root = Json.mapper().readTree(parser);
            } catch (JsonProcessingException e) {
                throw new SiteLoadException(fileName, pathOf(e, parser), reasonOf(e));
            }
            if (root == null || root.isMissingNode()) {
                throw new SiteLoadException(fileName, "$", "the file is empty");
            }
        } catch (IOException | RuntimeException | StackOverflowError e) {
            throw new SiteLoadException(fileName, "$", "not a valid JSON document (" + describe(e) + ")");
        }
        return new TreeReader(fileName).site(root);
    }

    private static SiteLoadException tooLarge(String fileName, long size) {
        String mb = size > Json.MAX_DOCUMENT + 1
                ? String.valueOf(size / (1024 * 1024))
                : "more than " + Json.MAX_DOCUMENT / (1024 * 1024);
        return new SiteLoadException(
                fileName,
                "",
                "the file is " + mb + " MB; a site file is at most " + Json.MAX_DOCUMENT / (1024 * 1024) + " MB");
    }

    /**
     * Strict UTF-8: a file in another encoding is refused with a message that says which, and where.
     * Checked in small chunks so that the text is never held twice in memory; returns where the JSON starts.
     */
    private static int checkEncoding(byte[] bytes, String fileName) throws SiteLoadException {
        int start = 0;
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            start = 3; // a UTF-8 byte order mark, as Windows editors write: harmless
        } else if (bytes.length >= 2
                && ((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF
                        || (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE)) {
            throw new SiteLoadException(
                    fileName, "$", "the file is UTF-16 text; site files are UTF-8: save it as UTF-8");
        } else if (bytes.length >= 2 && (bytes[0] == 0 || bytes[1] == 0)) {
            throw new SiteLoadException(
                    fileName,
                    "$",
                    "the file starts with zero bytes (UTF-16 or UTF-32 text, or not text at all); site files are UTF-8");
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(8192);
        boolean blank = true;
        while (true) {
            CoderResult r = decoder.decode(in, out, true);
            if (r.isError()) {
                throw badUtf8(bytes, start, in.position(), fileName);
            }
            out.flip();
            while (blank && out.hasRemaining()) {
                blank = Character.isWhitespace(out.get());
            }
            out.clear();
            if (r.isUnderflow()) {
                break;
            }
        }
        if (decoder.flush(out).isError()) {
            throw badUtf8(bytes, start, in.position(), fileName);
        }
        if (blank) {
            throw new SiteLoadException(fileName, "$", "the file is empty");
        }
        // JSON text never holds a zero byte (not even inside quotes); refusing it here also stops Jackson
        // from guessing UTF-16 or UTF-32 from zero bytes near the start.
        for (int i = start; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw zeroByte(bytes, start, i, fileName);
            }
        }
        return start;
    }

    private static SiteLoadException zeroByte(byte[] bytes, int start, int at, String fileName) {
        return new SiteLoadException(
                fileName,
                "$",
                "the file holds a zero byte at " + place(bytes, start, at)
                        + ": it is not text (is it damaged, or not a site file?)");
    }

    private static SiteLoadException badUtf8(byte[] bytes, int start, int at, String fileName) {
        String what = at < bytes.length ? String.format("byte 0x%02X", bytes[at] & 0xFF) : "the last bytes";
        return new SiteLoadException(
                fileName,
                "$",
                "the file is not valid UTF-8 text: " + what + " at " + place(bytes, start, at)
                        + " (was it saved in another encoding? save it as UTF-8)");
    }

    private static String place(byte[] bytes, int start, int at) {
        int line = 1;
        int lineStart = start;
        for (int i = start; i < at && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return "line " + line + ", byte " + (at - lineStart + 1) + " of the line";
    }

    private static String pathOf(JsonProcessingException e, JsonParser parser) {
        JsonParser p = e.getProcessor() instanceof JsonParser own ? own : parser;
        if (p != null && p.getParsingContext() != null) {
            return pointerToPath(p.getParsingContext().pathAsPointer().toString());
        }
        return "$";
    }

    /** {@code /devices/2/name} to {@code devices[2].name}. */
    static String pointerToPath(String pointer) {
        if (pointer == null || pointer.isEmpty() || pointer.equals("/")) {
            return "$";
        }
        StringBuilder sb = new StringBuilder();
        for (String part : pointer.substring(1).split("/", -1)) {
            String p = part.replace("~1", "/").replace("~0", "~");
            if (!p.isEmpty() && p.chars().allMatch(Character::isDigit) && p.length() < 10) {
                sb.append('[').append(p).append(']');
            } else {
                sb.append(sb.length() == 0 ? "" : ".").append(p);
            }
        }
        return sb.toString();
    }

    private static String reasonOf(JsonProcessingException e) {
        String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (e instanceof StreamConstraintsException) {
            if (original.contains("nesting depth")) {
                return "nested more than " + Json.MAX_NESTING + " levels deep; a site file needs 4";
            }
            if (original.contains("String value length")) {
                return "a text value is longer than " + String.format("%,d", Json.MAX_STRING) + " characters";
            }
            if (original.contains("Number value length")) {
                return "a number is longer than " + Json.MAX_NUMBER + " digits";
            }
            if (original.contains("Token count")) {
                return "the file holds more than " + String.format("%,d", Json.MAX_TOKENS)
                        + " JSON names and values; a site of 20,000 devices has about 300,000";
            }
            if (original.contains("Document length") || original.contains("document length")) {
                return "the file is larger than " + Json.MAX_DOCUMENT / (1024 * 1024) + " MB";
            }
            return "the file goes beyond a safety limit (" + firstLine(original) + ")";
        }
        if (original.startsWith("Duplicate Object property") || original.startsWith("Duplicate field")) {
            return "a key appears twice in the same object (" + firstLine(original) + ")";
        }
        JsonLocation at = e.getLocation();
        String where =
                at == null || at.getLineNr() < 0 ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
        if (original.startsWith("Trailing token")) {
            return "not valid JSON" + where + ": more text after the end of the document";
        }
        if (original.startsWith("Unexpected end-of-input")) {
            Matcher opened = SOURCE_PLACE.matcher(original);
            return "not valid JSON" + where + ": the file ends too early (is it cut short?)"
                    + (opened.find()
                            ? "; the { or [ at line " + opened.group(1) + ", column " + opened.group(2)
                                    + " is never closed"
                            : "");
        }
        return "not valid JSON" + where + ": " + plain(original);
    }

    /** "; did you mean camera?" for a type one or two letters off (or in other case, or with spaces), else "". */
    static String nearestType(String typed) {
        String t = typed.strip()
                .toLowerCase(java.util.Locale.ROOT)
                .replace(' ', '-')
                .replace('_', '-');
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (DeviceType type : DeviceType.values()) {
            int d = Spelling.distance(t, type.id());
            if (d < bestDistance) {
                best = type.id();
                bestDistance = d;
            }
        }
        return best != null && bestDistance <= Math.max(2, best.length() / 3) ? "; did you mean " + best + "?" : "";
    }

    /** Jackson's message without its advice to programmers ("enable `JsonReadFeature...`") or source jargon. */
    private static String plain(String message) {
        String m = SOURCE_PLACE.matcher(firstLine(message)).replaceAll("line $1, column $2");
        // Jackson's list of token kinds says nothing to a user; say what a value may be instead.
        m = JACKSON_TOKENS
                .matcher(m)
                .replaceAll(" (a value is text in quotes, a number, true, false, null, an object {…} or a list […])");
        for (String advice : List.of(" (consider enabling", ": enable `", " (or enable")) {
            int at = m.indexOf(advice);
            if (at > 0) {
                m = m.substring(0, at);
            }
        }
        return m;
    }

    private static String firstLine(String s) {
        String line = s.lines().findFirst().orElse("").trim();
        return line.length() > 200 ? line.substring(0, 200) + "..." : line;
    }

    private static String describe(Throwable e) {
        String m = e.getMessage();
        return e.getClass().getSimpleName() + (m == null ? "" : ": " + firstLine(m));
    }

    /** Walks the parsed tree, collecting every problem rather than stopping at the first. */
    private static final class TreeReader {
        private final String file;
        private final List<LoadProblem> problems = new ArrayList<>();
        private final List<Integer> fileIndex = new ArrayList<>();
        private final List<Integer> zoneIndex = new ArrayList<>();
        private final List<Integer> firewallIndex = new ArrayList<>();
        private int droppedDevices;
        private int droppedZones;

        TreeReader(String file) {
            this.file = file;
        }

        Site site(JsonNode root) throws SiteLoadException {
            if (!root.isObject()) {
                throw new SiteLoadException(file, "$", "expected a JSON object {...} at the top, found " + kind(root));
            }
            JsonNode format = root.get("format");
            if (format == null) {
                throw new SiteLoadException(
                        file,
                        "format",
                        "missing: this is not a VALT site plan (expected \"format\": \"" + FORMAT + "\")");
            }
            if (!format.isTextual() || !format.textValue().equals(FORMAT)) {
                throw new SiteLoadException(
                        file,
                        "format",
                        "this is not a VALT site plan: format is " + clip(format.toString()) + ", expected \"" + FORMAT
                                + "\"");
            }
            JsonNode version = root.get("version");
            if (version == null) {
                throw new SiteLoadException(
                        file, "version", "missing (this program reads version " + Site.CURRENT_VERSION + ")");
            }
            if (version.isIntegralNumber() && !version.canConvertToInt()) {
                throw new SiteLoadException(
                        file,
                        "version",
                        version.bigIntegerValue().signum() > 0
                                ? "version " + clip(version.toString()) + " is newer than this program understands ("
                                        + Site.CURRENT_VERSION + "): open it with a newer VALT Site Planner"
                                : "version " + clip(version.toString()) + " does not exist; versions start at 1");
            }
            if (!version.isIntegralNumber()) {
                throw new SiteLoadException(
                        file, "version", "expected a whole number, found " + clip(version.toString()));
            }
            int v = version.intValue();
            if (v > Site.CURRENT_VERSION) {
                throw new SiteLoadException(
                        file,
                        "version",
                        "version " + v + " is newer than this program understands (" + Site.CURRENT_VERSION
                                + "): open it with a newer VALT Site Planner");
            }
            if (v < 1) {
                throw new SiteLoadException(file, "version", "version " + v + " does not exist; versions start at 1");
            }
            SiteInfo info = info(optionalObject(root, "site", "site"));
            Settings settings = settings(optionalObject(root, "settings", "settings"));
            List<Zone> zones = zones(root.get("zones"));
            List<Firewall> firewalls = firewalls(root.get("firewalls"));
            List<Device> devices = devices(root.get("devices"));
            Extras extras = extras(root, TOP);
            Site site = new Site(v, info, settings, devices, zones, firewalls, extras);
            for (Problem p : SiteValidator.validate(site)) {
                if (droppedDevices > 0 && p.path().equals("devices")) {
                    continue; // the application server may be the device we could not read
                }
                if (droppedZones > 0
                        && p.path().endsWith(".zone")
                        && p.message().startsWith("no zone has")) {
                    continue; // the zone may be the one we could not read
                }
                problems.add(new LoadProblem(file, toFilePath(p.path()), p.message()));
            }
            if (!problems.isEmpty()) {
                throw new SiteLoadException(problems);
            }
            return site;
        }

        /** The validator counts only the devices read; paths must name the device's place in the file. */
        private String toFilePath(String path) {
            for (Map.Entry<String, List<Integer>> list : Map.of(
                            "devices[", fileIndex, "zones[", zoneIndex, "firewalls[", firewallIndex)
                    .entrySet()) {
                if (path.startsWith(list.getKey())) {
                    int end = path.indexOf(']');
                    int i = Integer.parseInt(path.substring(list.getKey().length(), end));
                    return list.getKey() + list.getValue().get(i) + "]" + path.substring(end + 1);
                }
            }
            return path;
        }

        /** Version 2's zones; one whose id cannot be read is left out (its problems are reported). */
        private List<Zone> zones(JsonNode list) {
            List<Zone> zones = new ArrayList<>();
            int count = objects(list, "zones", "zone");
            for (int i = 0; i < count; i++) {
                String at = "zones[" + i + "]";
                JsonNode n = list.get(i);
                if (!n.isObject()) {
                    problem(at, "expected a zone object {...}, found " + kind(n));
                    droppedZones++;
                    continue;
                }
                String id = required(n, "id", at, "every zone needs a unique id");
                String name = text(n, "name", at);
                List<String> networks = texts(n, "networks", at, "a list of prefixes [\"10.20.0.0/24\", ...]");
                Integer vlan = null;
                JsonNode vl = n.get("vlan");
                if (vl != null && !vl.isNull()) {
                    if (vl.isIntegralNumber() && vl.canConvertToInt()) {
                        vlan = vl.intValue();
                    } else {
                        problem(at + ".vlan", "expected a VLAN number 1-4094, found " + kind(vl));
                    }
                }
                // Kept whenever its id can be read, so that devices and interfaces naming it are not also
                // reported as naming an unknown zone; the file is refused for its problems all the same.
                if (id != null) {
                    zones.add(new Zone(id, name, networks, vlan, extras(n, ZONE)));
                    zoneIndex.add(i);
                } else {
                    droppedZones++;
                }
            }
            return zones;
        }

        /** Version 2's firewalls; one that cannot be read is left out (its problems are reported). */
        private List<Firewall> firewalls(JsonNode list) {
            List<Firewall> firewalls = new ArrayList<>();
            int count = objects(list, "firewalls", "firewall");
            for (int i = 0; i < count; i++) {
                String at = "firewalls[" + i + "]";
                JsonNode n = list.get(i);
                if (!n.isObject()) {
                    problem(at, "expected a firewall object {...}, found " + kind(n));
                    continue;
                }
                int before = problems.size();
                String id = required(n, "id", at, "every firewall needs a unique id");
                String name = text(n, "name", at);
                Platform platform = null;
                JsonNode pl = n.get("platform");
                if (pl != null && !pl.isNull()) {
                    platform = pl.isTextual() ? Platform.fromId(pl.textValue()).orElse(null) : null;
                    if (platform == null) {
                        problem(
                                at + ".platform",
                                "unknown platform " + clip(pl.toString()) + " (expected one of " + PLATFORMS + ")");
                    }
                }
                List<FirewallInterface> interfaces = new ArrayList<>();
                JsonNode ifs = n.get("interfaces");
                int interfaceCount = objects(ifs, at + ".interfaces", "interface");
                for (int k = 0; k < interfaceCount; k++) {
                    String iat = at + ".interfaces[" + k + "]";
                    JsonNode in = ifs.get(k);
                    if (!in.isObject()) {
                        problem(iat, "expected an interface object {\"name\": ..., \"zone\": ...}, found " + kind(in));
                        continue;
                    }
                    String ifName = required(in, "name", iat, "the platform's interface name, such as eth1 or port2");
                    String zone = required(in, "zone", iat, "the id of the zone it faces (or \"internet\")");
                    String vendorZone = text(in, "vendorZone", iat);
                    if (ifName != null && zone != null) {
                        interfaces.add(new FirewallInterface(ifName, zone, vendorZone, extras(in, INTERFACE)));
                    }
                }
                Double x = number(n, "x", at);
                Double y = number(n, "y", at);
                if (problems.size() == before) {
                    firewalls.add(new Firewall(id, name, platform, interfaces, x, y, extras(n, FIREWALL)));
                    firewallIndex.add(i);
                }
            }
            return firewalls;
        }

        /** The size of an optional list of objects, or 0 (with a problem) when it is there but not a list. */
        private int objects(JsonNode list, String path, String what) {
            if (list == null || list.isNull()) {
                return 0;
            }
            if (!list.isArray()) {
                problem(path, "expected a list of " + what + "s [...], found " + kind(list));
                return 0;
            }
            return list.size();
        }

        private String required(JsonNode obj, String key, String parent, String what) {
            String value = text(obj, key, parent);
            if (value == null && (obj.get(key) == null || obj.get(key).isNull())) {
                problem(parent + "." + key, "missing: " + what);
            }
            return value;
        }

        private List<String> texts(JsonNode obj, String key, String parent, String what) {
            List<String> out = new ArrayList<>();
            JsonNode list = obj.get(key);
            if (list == null || list.isNull()) {
                return out;
            }
            if (!list.isArray()) {
                problem(parent + "." + key, "expected " + what + ", found " + kind(list));
                return out;
            }
            for (int i = 0; i < list.size(); i++) {
                JsonNode a = list.get(i);
                if (a.isTextual()) {
                    out.add(a.textValue());
                } else {
                    problem(parent + "." + key + "[" + i + "]", "expected text in quotes, found " + kind(a));
                }
            }
            return out;
        }

        private ObjectNode optionalObject(JsonNode parent, String key, String path) {
            JsonNode n = parent.get(key);
            if (n == null || n.isNull()) {
                return null;
            }
            if (!n.isObject()) {
                problem(path, "expected an object {...}, found " + kind(n));
                return null;
            }
            return (ObjectNode) n;
        }

        private SiteInfo info(ObjectNode n) {
            if (n == null) {
                return SiteInfo.EMPTY.withName("");
            }
            return new SiteInfo(
                    text(n, "name", "site"),
                    text(n, "customer", "site"),
                    text(n, "author", "site"),
                    text(n, "revision", "site"),
                    text(n, "notes", "site"),
                    extras(n, INFO));
        }

        private Settings settings(ObjectNode n) {
            if (n == null) {
                return Settings.UNSET;
            }
            Boolean ssl = bool(n, "ssl", "settings");
            Boolean updates = bool(n, "onlineUpdates", "settings");
            WowzaKey key = wowzaKey(n, "settings");
            List<String> dns = new ArrayList<>();
            JsonNode list = n.get("dnsServers");
            if (list != null && !list.isNull()) {
                if (!list.isArray()) {
                    problem("settings.dnsServers", "expected a list of addresses [...], found " + kind(list));
                } else {
                    for (int i = 0; i < list.size(); i++) {
                        JsonNode a = list.get(i);
                        if (a.isTextual()) {
                            dns.add(a.textValue());
                        } else {
                            problem(
                                    "settings.dnsServers[" + i + "]",
                                    "expected an address in quotes, found " + kind(a));
                        }
                    }
                }
            }
            return new Settings(ssl, updates, key, dns, text(n, "logo", "settings"), extras(n, SETTINGS));
        }

        private List<Device> devices(JsonNode list) {
            List<Device> devices = new ArrayList<>();
            if (list == null || list.isNull()) {
                return devices;
            }
            if (!list.isArray()) {
                problem("devices", "expected a list of devices [...], found " + kind(list));
                return devices;
            }
            for (int i = 0; i < list.size(); i++) {
                String at = "devices[" + i + "]";
                JsonNode n = list.get(i);
                if (!n.isObject()) {
                    problem(at, "expected a device object {...}, found " + kind(n));
                    droppedDevices++;
                    continue;
                }
                int before = problems.size();
                String id = text(n, "id", at);
                if (id == null && n.get("id") == null) {
                    problem(at + ".id", "missing: every device needs a unique id");
                }
                DeviceType type = null;
                JsonNode t = n.get("type");
                if (t == null) {
                    problem(at + ".type", "missing: one of " + TYPES);
                } else if (!t.isTextual()) {
                    problem(at + ".type", "expected one of " + TYPES + ", found " + kind(t));
                } else {
                    type = DeviceType.fromId(t.textValue()).orElse(null);
                    if (type == null) {
                        problem(
                                at + ".type",
                                "unknown device type " + clip(t.toString()) + nearestType(t.textValue())
                                        + " (expected one of " + TYPES + ")");
                    }
                }
                String name = text(n, "name", at);
                String address = text(n, "address", at);
                WowzaKey key = wowzaKey(n, at);
                String server = text(n, "mediaServer", at);
                Boolean admin = bool(n, "admin", at);
                String zone = text(n, "zone", at);
                Double x = number(n, "x", at);
                Double y = number(n, "y", at);
                Extras extras = extras(n, DEVICE);
                if (problems.size() == before) {
                    devices.add(new Device(
                            id, type, name, address, key, server, admin != null && admin, zone, x, y, extras));
                    fileIndex.add(i);
                } else {
                    droppedDevices++;
                }
            }
            return devices;
        }

        private String text(JsonNode obj, String key, String parent) {
            JsonNode n = obj.get(key);
            if (n == null || n.isNull()) {
                return null;
            }
            if (!n.isTextual()) {
                problem(parent + "." + key, "expected text in quotes, found " + kind(n));
                return null;
            }
            return n.textValue();
        }

        private Boolean bool(JsonNode obj, String key, String parent) {
            JsonNode n = obj.get(key);
            if (n == null || n.isNull()) {
                return null;
            }
            if (!n.isBoolean()) {
                problem(parent + "." + key, "expected true or false, found " + kind(n));
                return null;
            }
            return n.booleanValue();
        }

        private Double number(JsonNode obj, String key, String parent) {
            JsonNode n = obj.get(key);
            if (n == null || n.isNull()) {
                return null;
            }
            if (!n.isNumber() || !Double.isFinite(n.doubleValue()) || Math.abs(n.doubleValue()) > 1e9) {
                problem(parent + "." + key, "expected a canvas coordinate (a number), found " + kind(n));
                return null;
            }
            return n.doubleValue();
        }

        private WowzaKey wowzaKey(JsonNode obj, String parent) {
            JsonNode n = obj.get("wowzaKey");
            if (n == null || n.isNull()) {
                return null;
            }
            WowzaKey key = n.isTextual() ? WowzaKey.fromId(n.textValue()).orElse(null) : null;
            if (key == null) {
                problem(parent + ".wowzaKey", "expected \"digital\" or \"physical\", found " + clip(n.toString()));
            }
            return key;
        }

        /** Unknown keys, kept as raw JSON text in file order so that saving writes them back. */
        private Extras extras(JsonNode obj, Set<String> known) {
            Map<String, String> unknown = new LinkedHashMap<>();
            obj.fields().forEachRemaining(e -> {
                if (!known.contains(e.getKey())) {
                    unknown.put(e.getKey(), e.getValue().toString());
                }
            });
            return unknown.isEmpty() ? Extras.NONE : new Extras(unknown);
        }

        private void problem(String path, String reason) {
            problems.add(new LoadProblem(file, path, reason));
        }

        private static String kind(JsonNode n) {
            if (n.isTextual()) {
                return "the text " + clip(n.toString());
            }
            if (n.isNumber()) {
                return "the number " + clip(n.toString());
            }
            if (n.isBoolean()) {
                return n.toString();
            }
            if (n.isArray()) {
                return "a list";
            }
            if (n.isObject()) {
                return "an object";
            }
            return n.getNodeType().toString().toLowerCase();
        }

        private static String clip(String s) {
            return s.length() > 80 ? s.substring(0, 77) + "...\"" : s;
        }
    }
}
