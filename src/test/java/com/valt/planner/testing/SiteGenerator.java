package com.valt.planner.testing;

import com.valt.planner.catalog.Catalog;
import com.valt.planner.domain.Device;
import com.valt.planner.domain.DeviceType;
import com.valt.planner.domain.Extras;
import com.valt.planner.domain.Firewall;
import com.valt.planner.domain.FirewallInterface;
import com.valt.planner.domain.Platform;
import com.valt.planner.domain.Settings;
import com.valt.planner.domain.Site;
import com.valt.planner.domain.SiteInfo;
import com.valt.planner.domain.WowzaKey;
import com.valt.planner.domain.Zone;
import com.valt.planner.io.SaveException;
import com.valt.planner.io.SiteFileWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Deterministic, realistic sites of any size for benchmarks and scale tests. The same {@link Spec}
 * (seed included) always gives the same site, byte for byte once written.
 *
 * <p>Cameras fill the media servers evenly, at most {@value #CAMERAS_PER_SERVER} each (the page's
 * limit), then the application server; only when every server is full do servers go over the limit
 * (and the engine warns, as it should). BEAM devices are spread over all servers. Every device has a
 * name, an address and a canvas position, laid out in rows: clients on top, servers, then each
 * server's cameras in a block under it, BEAM devices on the left.
 *
 * <p>Run {@code main} to write a site file: {@code SiteGenerator OUT.valt.json [campus|campus-zoned|
 * campus-spread|campus-spread-zoned|CAMERAS MEDIA CLIENTS BEAM [SEED]] [--zoned]} ({@code --zoned}: with the
 * zones and firewalls of {@link #zoned(Site)}).
 */
public final class SiteGenerator {
    /** The page: "For applications requiring more than 50 cameras ... additional Media Servers". */
    public static final int CAMERAS_PER_SERVER = Catalog.CAMERAS_PER_SERVER;

    private static final String[] BUILDINGS = {
        "North Wing",
        "South Wing",
        "East Wing",
        "West Wing",
        "Health Sciences",
        "Simulation Centre",
        "Nursing Building",
        "Medical School",
        "Law Faculty",
        "Psychology",
        "Dentistry",
        "Paramedic Training",
        "Pharmacy",
        "Counselling",
        "Social Work"
    };
    private static final String[] ROOMS = {
        "Sim Room",
        "Debrief Room",
        "Interview Room",
        "Skills Lab",
        "Exam Room",
        "Observation Room",
        "Ward Bay",
        "OSCE Station",
        "Counselling Room",
        "ICU Bay"
    };
    private static final String[] CAMERA_SPOTS = {"Ceiling", "Door", "Bedside", "Wide", "Desk", "Corner"};
    private static final String[] CLIENT_ROLES = {
        "Control Room PC", "Faculty PC", "Debrief PC", "Reception PC", "Instructor Laptop", "Review Station"
    };

    private SiteGenerator() {}

    /**
     * What to generate.
     *
     * @param physicalKeyEvery every n-th media server has a hardware Wowza key (0: none)
     * @param adminEvery       every n-th client is an admin PC (0: none)
     * @param dnsServers       how many DNS servers the settings list
     */
    public record Spec(
            int cameras,
            int mediaServers,
            int clients,
            int beams,
            int dnsServers,
            int adminEvery,
            int physicalKeyEvery,
            boolean ssl,
            long seed) {
        public Spec {
            if (cameras < 0
                    || mediaServers < 0
                    || clients < 0
                    || beams < 0
                    || dnsServers < 0
                    || adminEvery < 0
                    || physicalKeyEvery < 0) {
                throw new IllegalArgumentException("counts must not be negative");
            }
        }

        /** A site of the given size with campus-like settings (SSL on, 2 DNS servers, 1 admin PC in 30). */
        public static Spec of(int cameras, int mediaServers, int clients, int beams) {
            return new Spec(cameras, mediaServers, clients, beams, 2, 30, 10, true, 42L);
        }

        public Spec withSeed(long v) {
            return new Spec(cameras, mediaServers, clients, beams, dnsServers, adminEvery, physicalKeyEvery, ssl, v);
        }

        public Spec withSsl(boolean v) {
            return new Spec(cameras, mediaServers, clients, beams, dnsServers, adminEvery, physicalKeyEvery, v, seed);
        }
    }

    /** The benchmark site: 2,000 cameras, 40 media servers, 300 clients, 50 BEAM devices. */
    public static Spec campusSpec() {
        return Spec.of(2000, 40, 300, 50);
    }

    public static Site campus() {
        return generate(campusSpec());
    }

    /** The campus with four zones (servers, staff, BEAM Wi-Fi, cameras) and two firewalls (edge, core). */
    public static Site campusZoned() {
        return zoned(campus());
    }

    /**
     * A generated site with the zones its address plan implies: servers (10.50.0.0/24 and the media servers'
     * 10.60.0.0/16), staff (10.70.0.0/16), BEAM Wi-Fi (10.80.0.0/16; BEAM devices without an address are
     * placed there by their zone field), cameras (10.90.0.0/15); an edge FortiGate between the servers and
     * the internet, a core nftables firewall between the servers and the rest.
     */
    public static Site zoned(Site site) {
        List<Zone> zones = List.of(
                new Zone("servers", "Server VLAN", List.of("10.50.0.0/24", "10.60.0.0/16"), 50, Extras.NONE),
                new Zone("staff", "Staff LAN", List.of("10.70.0.0/16"), 70, Extras.NONE),
                new Zone("beam-wifi", "BEAM Wi-Fi", List.of("10.80.0.0/16"), 80, Extras.NONE),
                new Zone("cameras", "Camera VLAN", List.of("10.90.0.0/15"), 90, Extras.NONE));
        List<Firewall> firewalls = List.of(
                new Firewall(
                        "edge",
                        "Edge firewall",
                        Platform.FORTIGATE,
                        List.of(
                                new FirewallInterface("wan1", Zone.INTERNET, null),
                                new FirewallInterface("port2", "servers", null)),
                        0.0,
                        -400.0,
                        Extras.NONE),
                new Firewall(
                        "core",
                        "Core firewall",
                        Platform.NFTABLES,
                        List.of(
                                new FirewallInterface("srv0", "servers", null),
                                new FirewallInterface("staff0", "staff", null),
                                new FirewallInterface("wifi0", "beam-wifi", null),
                                new FirewallInterface("cam0", "cameras", null)),
                        0.0,
                        100.0,
                        Extras.NONE));
        List<Device> devices = site.devices().stream()
                .map(d -> d.type() == DeviceType.BEAM && d.address() == null ? d.withZone("beam-wifi") : d)
                .toList();
        return new Site(2, site.info(), site.settings(), devices, zones, firewalls, site.extras());
    }

    /** The campus with its cameras dealt round-robin over the media servers: see {@link #spreadCameras}. */
    public static Site campusSpread() {
        return spreadCameras(campus());
    }

    /** {@link #campusSpread()} with the zones and firewalls of {@link #zoned}. */
    public static Site campusSpreadZoned() {
        return zoned(campusSpread());
    }

    /**
     * The same site with the cameras that a media server serves dealt out round-robin over the media servers
     * (camera 1 to the first, camera 2 to the second, ...), as happens when cameras are added room by room
     * over the years: each server keeps as many cameras as before, but its cameras' addresses no longer form
     * one contiguous range (on the campus, every 40th address). Cameras move under their new server on the
     * canvas.
     */
    public static Site spreadCameras(Site site) {
        List<String> media = site.devices().stream()
                .filter(d -> d.type() == DeviceType.MEDIA_SERVER)
                .map(Device::id)
                .toList();
        if (media.isEmpty()) {
            return site;
        }
        int[] dealt = {0};
        int[] placed = new int[media.size()];
        List<Device> devices = site.devices().stream()
                .map(d -> {
                    if (d.type() != DeviceType.CAMERA || !media.contains(d.mediaServer())) {
                        return d;
                    }
                    int s = dealt[0]++ % media.size();
                    int k = placed[s]++;
                    double x = (s + 1) * Builder.COLUMN + (k % Builder.BLOCK_COLUMNS) * Builder.CELL;
                    double y = 160 + (k / Builder.BLOCK_COLUMNS) * Builder.CELL;
                    return d.withMediaServer(media.get(s)).withPosition(x, y);
                })
                .toList();
        return new Site(
                site.version(), site.info(), site.settings(), devices, site.zones(), site.firewalls(), site.extras());
    }

    public static Site generate(Spec spec) {
        return new Builder(spec).build();
    }

    /** Writes the site through {@link SiteFileWriter} (canonical form, atomic) and returns the path. */
    public static Path write(Site site, Path file) {
        try {
            SiteFileWriter.write(site, file);
            return file;
        } catch (SaveException e) {
            throw new UncheckedIOException(new IOException(e.getMessage(), e));
        }
    }

    public static Path writeCampus(Path file) {
        return write(campus(), file);
    }

    private static final List<String> NAMED = List.of("campus", "campus-zoned", "campus-spread", "campus-spread-zoned");

    public static void main(String[] args) {
        List<String> rest = new ArrayList<>(List.of(args));
        boolean zoned = rest.remove("--zoned");
        if (rest.size() >= 2 && rest.get(1).equals("campus-zoned")) {
            rest.set(1, "campus");
            zoned = true;
        }
        args = rest.toArray(String[]::new);
        if (args.length == 0) {
            System.err.println(
                    "usage: SiteGenerator OUT.valt.json [campus | campus-zoned | campus-spread | campus-spread-zoned"
                            + " | CAMERAS MEDIA_SERVERS CLIENTS BEAM [SEED]] [--zoned]");
            System.exit(2);
        }
        Spec spec;
        if (args.length == 2 && NAMED.contains(args[1]) && !args[1].equals("campus")) {
            Site site = switch (args[1]) {
                case "campus-zoned" -> campusZoned();
                case "campus-spread" -> campusSpread();
                default -> campusSpreadZoned();
            };
            Path out = write(site, Path.of(args[0]));
            System.err.println("wrote " + out + ": " + site.devices().size() + " devices");
            return;
        }
        if (args.length == 1 || args[1].equals("campus")) {
            spec = campusSpec();
        } else if (args.length >= 5) {
            spec = Spec.of(
                    Integer.parseInt(args[1]),
                    Integer.parseInt(args[2]),
                    Integer.parseInt(args[3]),
                    Integer.parseInt(args[4]));
            if (args.length >= 6) {
                spec = spec.withSeed(Long.parseLong(args[5]));
            }
        } else {
            System.err.println(
                    "expected a name (" + String.join(", ", NAMED) + ") or CAMERAS MEDIA_SERVERS CLIENTS BEAM [SEED]");
            System.exit(2);
            return;
        }
        Site site = zoned ? zoned(generate(spec)) : generate(spec);
        Path out = write(site, Path.of(args[0]));
        System.err.println("wrote " + out + ": " + site.devices().size() + " devices");
    }

    private static final class Builder {
        private static final double COLUMN = 220;
        private static final double CELL = 36;
        private static final int BLOCK_COLUMNS = 5;

        private final Spec spec;
        private final Random random;
        private final List<Device> devices = new ArrayList<>();

        Builder(Spec spec) {
            this.spec = spec;
            this.random = new Random(spec.seed());
        }

        Site build() {
            String customer = "Northfield University";
            SiteInfo info = new SiteInfo(
                    "Northfield Campus (" + spec.cameras() + " cameras)",
                    customer,
                    "Generated for benchmarks, seed " + spec.seed(),
                    "A",
                    "Synthetic site: " + spec.mediaServers() + " media servers, " + spec.clients() + " clients, "
                            + spec.beams() + " BEAM devices.",
                    Extras.NONE);
            List<String> dns = new ArrayList<>();
            for (int i = 0; i < spec.dnsServers(); i++) {
                dns.add("10.50.0." + (53 + i));
            }
            Settings settings = new Settings(spec.ssl(), true, WowzaKey.DIGITAL, dns, null, Extras.NONE);

            List<String> servers = addServers();
            addClients();
            addCameras(servers);
            addBeams(servers);
            return new Site(1, info, settings, devices, Extras.NONE); // no zones: saved as version 1
        }

        /** The application server first, then the media servers; returns the media server ids. */
        private List<String> addServers() {
            devices.add(new Device(
                    "app",
                    DeviceType.APPLICATION_SERVER,
                    "VALT Application Server",
                    "10.50.0.10",
                    null,
                    null,
                    false,
                    null,
                    0.0,
                    0.0,
                    Extras.NONE));
            List<String> ids = new ArrayList<>();
            for (int i = 1; i <= spec.mediaServers(); i++) {
                String id = "ms" + i;
                WowzaKey key =
                        spec.physicalKeyEvery() > 0 && i % spec.physicalKeyEvery() == 0 ? WowzaKey.PHYSICAL : null;
                devices.add(new Device(
                        id,
                        DeviceType.MEDIA_SERVER,
                        "Media Server " + i + " (" + building(i - 1) + ")",
                        address(60, i - 1),
                        key,
                        null,
                        false,
                        null,
                        i * COLUMN,
                        0.0,
                        Extras.NONE));
                ids.add(id);
            }
            return ids;
        }

        private void addClients() {
            for (int i = 1; i <= spec.clients(); i++) {
                boolean admin = spec.adminEvery() > 0 && i % spec.adminEvery() == 1 % spec.adminEvery();
                String name = admin
                        ? "IT Admin PC " + (i / Math.max(1, spec.adminEvery()) + 1)
                        : CLIENT_ROLES[random.nextInt(CLIENT_ROLES.length)] + " " + i;
                int row = (i - 1) / 40;
                int col = (i - 1) % 40;
                devices.add(new Device(
                        "pc" + i,
                        DeviceType.CLIENT,
                        name,
                        address(70, i - 1),
                        null,
                        null,
                        admin,
                        null,
                        col * CELL * 1.5,
                        -200.0 - row * CELL,
                        Extras.NONE));
            }
        }

        /** Cameras per server: media servers evenly up to the limit, then the app, then over the limit. */
        private void addCameras(List<String> mediaServers) {
            int n = spec.cameras();
            int m = mediaServers.size();
            int[] perMedia = new int[m];
            int onApp;
            if (m == 0) {
                onApp = n;
            } else if (n <= CAMERAS_PER_SERVER * m) {
                spread(perMedia, n);
                onApp = 0;
            } else {
                onApp = Math.min(CAMERAS_PER_SERVER, n - CAMERAS_PER_SERVER * m);
                spread(perMedia, n - onApp); // every media server is full; the rest go over the limit
            }
            int camera = 0;
            // the app server's cameras first (column 0), then each media server's block under it
            for (int s = -1; s < m; s++) {
                int count = s < 0 ? onApp : perMedia[s];
                String server = s < 0 ? null : mediaServers.get(s);
                String building = building(s + 1);
                for (int k = 0; k < count; k++) {
                    camera++;
                    int room = k / 2 + 1;
                    String name = building + " " + ROOMS[(s + 1 + room) % ROOMS.length] + " " + room + " "
                            + CAMERA_SPOTS[random.nextInt(CAMERA_SPOTS.length)];
                    double x = (s + 1) * COLUMN + (k % BLOCK_COLUMNS) * CELL;
                    double y = 160 + (k / BLOCK_COLUMNS) * CELL;
                    devices.add(new Device(
                            "cam" + camera,
                            DeviceType.CAMERA,
                            name,
                            address(90, camera - 1),
                            null,
                            server,
                            false,
                            null,
                            x,
                            y,
                            Extras.NONE));
                }
            }
        }

        /** BEAM devices round-robin over all servers, the application server included. */
        private void addBeams(List<String> mediaServers) {
            int servers = mediaServers.size() + 1;
            for (int i = 1; i <= spec.beams(); i++) {
                int s = (i - 1) % servers;
                String server = s == 0 ? null : mediaServers.get(s - 1);
                String kind = random.nextBoolean() ? "iPad" : "iPhone";
                // mobile devices on Wi-Fi often have no fixed address: leave some out, as users do
                String address = i % 3 == 0 ? null : address(80, i - 1);
                devices.add(new Device(
                        "beam" + i,
                        DeviceType.BEAM,
                        "BEAM " + kind + " " + i + " (" + building(s) + ")",
                        address,
                        null,
                        server,
                        false,
                        null,
                        -300.0 - ((i - 1) % 4) * CELL * 1.5,
                        ((i - 1) / 4) * CELL,
                        Extras.NONE));
            }
        }

        private static void spread(int[] slots, int total) {
            for (int i = 0; i < slots.length; i++) {
                slots[i] = total / slots.length + (i < total % slots.length ? 1 : 0);
            }
        }

        private static String building(int i) {
            String b = BUILDINGS[i % BUILDINGS.length];
            return i < BUILDINGS.length ? b : b + " " + (i / BUILDINGS.length + 1);
        }

        /** 10.{base}.x.y: one range per kind of device, 200 hosts a subnet, so addresses never collide. */
        private static String address(int base, int index) {
            int subnet = index / 200;
            return "10." + (base + subnet / 250) + "." + (subnet % 250) + "." + (20 + index % 200);
        }
    }
}
