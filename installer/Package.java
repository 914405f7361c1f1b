import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Builds the self-contained program with the JDK's own jmod, jlink and jpackage, the same way on
 * Linux, Windows and macOS (a Java source-file program so one script serves all three):
 *
 * <pre>
 *   java installer/Package.java --version 1.0.0 [--types app-image,deb] [--no-training]
 * </pre>
 *
 * <p>The runtime is jlinked from a Java 25 JDK when there is one ({@code -Dvalt.jdk25=DIR}, else the
 * environment's {@code VALT_JDK25}, else {@code jdk25.known.path} of installer.properties), with an
 * ahead-of-time cache trained at build time; otherwise from the JDK running this script, with a warning,
 * and the AppCDS class list as before. The program's classes stay at release 17 either way.
 *
 * Run from the project directory after {@code mvn package} and
 * {@code mvn dependency:copy-dependencies -DincludeScope=runtime -DoutputDirectory=target/installer/deps}
 * (the {@code installer} Maven profile does all of it). Settings: installer/installer.properties.
 * Output: target/installer/image (app-image) and target/installer/packages (.deb / .msi / .dmg).
 */
public final class Package {
    private static final Path OUT = Path.of("target", "installer");
    private static final Path DEPS = OUT.resolve("deps");
    private static final Path CLASSES = Path.of("target", "classes");

    private final Properties conf = new Properties();
    private final String version;
    private final Set<String> types;
    private final boolean training;
    private final Os os = Os.current();
    private final Jdk jdk;

    private Package(String version, Set<String> types, boolean training) throws IOException {
        try (var in = Files.newBufferedReader(Path.of("installer", "installer.properties"))) {
            conf.load(in);
        }
        this.version = version;
        this.types = types;
        this.training = training;
        this.jdk = Jdk.find(conf("jdk25.known.path"));
    }

    public static void main(String[] args) throws Exception {
        String version = null;
        Set<String> types = null;
        boolean training = true;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--version" -> version = args[++i];
                case "--types" -> types = Stream.of(args[++i].split(","))
                        .map(String::trim).filter(s -> !s.isEmpty()).collect(Collectors.toCollection(LinkedHashSet::new));
                case "--no-training" -> training = false;
                default -> fail("unknown argument " + args[i]
                        + "; usage: java installer/Package.java --version V [--types app-image,deb] [--no-training]");
            }
        }
        if (version == null) {
            fail("--version is required (the Maven profile passes ${project.version})");
        }
        if (types == null || types.isEmpty() || types.equals(Set.of("default"))) {
            types = Os.current().defaultTypes;
        }
        if (!Files.isDirectory(CLASSES) || !Files.isDirectory(DEPS)) {
            fail("run from the project directory after 'mvn package' and copy-dependencies into " + DEPS
                    + " (or use: mvn -Pinstaller package)");
        }
        new Package(version, types, training).run();
    }

    private void run() throws Exception {
        String name = appName();
        for (String dir : List.of("jmods", "fx", "runtime", "input", "image", "packages", "resources", "tmp")) {
            deleteTree(OUT.resolve(dir));
        }
        Deps deps = Deps.classify(DEPS);
        log("dropped placeholder jars " + deps.dropped + "; JavaFX " + deps.javafx.keySet());

        Path jmods = OUT.resolve("jmods");
        for (var fx : deps.javafx.entrySet()) {
            jmodFromModularJar(jdk, fx.getKey(), fx.getValue(), jmods);
        }
        Path runtime = OUT.resolve("runtime");
        List<String> modules = new ArrayList<>(List.of(conf("jdk.modules").split(",")));
        modules.addAll(deps.javafx.keySet());
        tool(jdk, "jlink", "--module-path", jmods.toString(), "--add-modules", String.join(",", modules),
                "--strip-debug", "--no-header-files", "--no-man-pages", "--generate-cds-archive",
                "--output", runtime.toString());
        // The CDS archives for heaps over 32 GB (no compressed oops) and for compact object headers
        // (Java 24+): 11-13 MB each that this program never uses; classes.jsa stays (the default archive).
        for (String jsa : List.of("classes_nocoops.jsa", "classes_coh.jsa", "classes_nocoops_coh.jsa")) {
            Files.deleteIfExists(runtime.resolve(os.jvmDir).resolve(jsa));
        }

        Path input = OUT.resolve("input");
        Files.createDirectories(input);
        tool(jdk, "jar", "--create", "--file", input.resolve(conf("app.jar")).toString(),
                "--main-class", conf("main.class"), "-C", CLASSES.toString(), ".");
        for (Path lib : deps.libraries) {
            Files.copy(lib, input.resolve(lib.getFileName()));
        }

        Path images = OUT.resolve("image");
        List<String> image = new ArrayList<>(common());
        image.addAll(List.of("--type", "app-image", "--dest", images.toString(),
                "--runtime-image", runtime.toString(), "--input", input.toString(),
                "--main-jar", conf("app.jar"), "--main-class", conf("main.class")));
        image.addAll(os.imageOptions(this));
        tool(jdk, "jpackage", image.toArray(String[]::new));
        Path app = images.resolve(os.imageName(name));
        Path appDir = app.resolve(os.appDir);
        if (os == Os.LINUX) { // our launcher script in place of jpackage's (installer/README.md, "Linux launcher")
            Path launcher = app.resolve(os.launcher(name));
            Files.writeString(launcher, fill(Files.readString(Path.of("installer", "linux", "launcher.sh"))));
            Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
        }

        // The start-up cache's script (see installer/README.md for why Windows and macOS have none):
        // Java 25: <name>-aot.sh checks the AOT cache and replaces an unusable one with the runtime's
        // default archive; Java 17: <name>-cds.sh makes the AppCDS archive where the program is installed.
        Path script = app.resolve(os.libDir).resolve(name + (jdk.aot() ? "-aot.sh" : "-cds.sh"));
        if (os == Os.LINUX) {
            String template = jdk.aot() ? "valt-planner-aot.sh" : "valt-planner-cds.sh";
            Files.writeString(script, fill(Files.readString(Path.of("installer", "linux", template))));
            Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        if (training && jdk.aot()) {
            trainAot(app, appDir);
            if (os == Os.LINUX) { // before packaging: the packages carry the checked cache
                int status = run(List.of(script.toString()), 300, true, Map.of());
                if (status != 0) {
                    log("WARNING: the AOT cache is not usable; the packages carry the runtime's default archive");
                }
            }
        } else if (training) {
            train(app, appDir);
        } else {
            log("no training run: the image has no " + (jdk.aot() ? "AOT cache" : "AppCDS class list"));
        }

        for (String type : types) {
            if (!type.equals("app-image")) {
                installer(type, app);
            }
        }
        // After packaging: the AppCDS archive is only valid at this path, so it is made here for this
        // image and by the .deb's postinst at the install path.
        if (training && !jdk.aot() && os == Os.LINUX) {
            run(List.of(script.toString()), 300, false, Map.of());
        }
        log("app-image: " + app);
        try (Stream<Path> s = Files.list(OUT.resolve("packages"))) {
            s.forEach(p -> log("package:   " + p));
        } catch (IOException e) {
            // no installers were asked for
        }
    }

    /** Options shared by the app-image and the installers. */
    private List<String> common() {
        return List.of("--name", appName(), "--app-version", version, "--vendor", conf("vendor"),
                "--description", conf("description"), "--copyright", conf("copyright"));
    }

    /** The JVM options of the packaged launcher: the AOT cache on Java 25, the AppCDS archive on 17. */
    String javaOptions() {
        return conf(jdk.aot() ? "java.options.aot" : "java.options");
    }

    /**
     * The AOT training run (Java 25): the packaged launcher runs the commands of {@code aot.training.commands}
     * on a sample (com.valt.planner.AotTraining), then opens {@code aot.training.args} in the window and exits
     * after its first frame (FirstFrameProbe). The JVM writes the cache at exit ({@code -XX:AOTCacheOutput},
     * JEP 514): classes loaded and linked, method profiles recorded. Bounded by {@code aot.training.timeout.seconds};
     * a failed or timed-out training leaves no cache, and the check script then puts the runtime's default
     * archive in its place.
     */
    private void trainAot(Path app, Path appDir) throws Exception {
        String name = appName();
        Path cfg = appDir.resolve(name + ".cfg");
        String original = Files.readString(cfg);
        Path cache = appDir.resolve(conf("aot.cache"));
        Files.deleteIfExists(cache);
        Path exportDir = OUT.resolve("tmp").resolve("training-export");
        String commands = conf("aot.training.commands").replace("@OUT@", exportDir.toString());
        String trainingCfg = original.lines()
                .filter(l -> !l.contains("-XX:AOTCache="))
                .map(l -> l.equals("[JavaOptions]") ? l
                        + "\njava-options=-XX:AOTCacheOutput=$APPDIR/" + conf("aot.cache")
                        + "\njava-options=-Dvalt.exitAfterFirstFrame=true"
                        + "\njava-options=-Dvalt.trainingCommands=" + commands
                        + "\njava-options=-Dvalt.trainingEdits=" + conf("aot.training.edits") : l)
                .collect(Collectors.joining("\n", "", "\n"));
        Files.writeString(cfg, trainingCfg);
        try {
            List<String> cmd = new ArrayList<>(displayCommand());
            cmd.add(app.resolve(os.launcher(name)).toString());
            cmd.addAll(List.of(conf("aot.training.args").split(" ")));
            int timeout = Integer.parseInt(conf("aot.training.timeout.seconds"));
            Path home = OUT.resolve("tmp").resolve("training-home").toAbsolutePath();
            int status = runBounded(cmd, timeout, Map.of("XDG_CONFIG_HOME", home.resolve("config").toString(),
                    "XDG_DATA_HOME", home.resolve("data").toString()));
            if (status != 0) {
                log("WARNING: the AOT training run " + (status == TIMED_OUT ? "timed out after " + timeout + " s"
                        : "exited with " + status));
            }
        } finally {
            Files.writeString(cfg, original);
        }
        if (Files.isRegularFile(cache) && Files.size(cache) > 0) {
            log("AOT cache " + cache + ": " + Files.size(cache) / (1024 * 1024) + " MB");
        } else {
            log("WARNING: the training run left no AOT cache " + cache);
        }
    }

    /** xvfb-run when there is no display (Linux); nothing otherwise. */
    private List<String> displayCommand() {
        if (os == Os.LINUX && System.getenv("DISPLAY") == null) {
            if (!onPath("xvfb-run")) {
                fail("the training run needs a display: install xvfb (apt-get install xvfb) or pass --no-training");
            }
            return List.of("xvfb-run", "-a", "-s", "-screen 0 1600x1000x24");
        }
        return List.of();
    }

    /**
     * The AppCDS training run: the packaged launcher opens the sample in the window and exits after the
     * first frame (com.valt.planner.ui.startup.FirstFrameProbe), recording every class it loaded.
     */
    private void train(Path app, Path appDir) throws Exception {
        String name = appName();
        Path cfg = appDir.resolve(name + ".cfg");
        String original = Files.readString(cfg);
        Path classlist = appDir.resolve(name + ".classlist");
        String trainingCfg = original.lines()
                .filter(l -> !l.contains("SharedArchiveFile"))
                .map(l -> l.equals("[JavaOptions]") ? l
                        + "\njava-options=-XX:DumpLoadedClassList=$APPDIR/" + name + ".classlist"
                        + "\njava-options=-Dvalt.exitAfterFirstFrame=true" : l)
                .collect(Collectors.joining("\n", "", "\n"));
        Files.writeString(cfg, trainingCfg);
        try {
            List<String> cmd = new ArrayList<>();
            if (os == Os.LINUX && System.getenv("DISPLAY") == null) {
                if (!onPath("xvfb-run")) {
                    fail("the AppCDS training run needs a display: install xvfb (apt-get install xvfb) "
                            + "or pass --no-training");
                }
                cmd.addAll(List.of("xvfb-run", "-a", "-s", "-screen 0 1600x1000x24"));
            }
            cmd.add(app.resolve(os.launcher(name)).toString());
            cmd.addAll(List.of(conf("cds.training.args").split(" ")));
            int timeout = Integer.parseInt(conf("cds.training.timeout.seconds"));
            // The training run must not leave recent files or recovery drafts in the builder's home.
            Path home = OUT.resolve("tmp").resolve("training-home").toAbsolutePath();
            int status = run(cmd, timeout, true, Map.of("XDG_CONFIG_HOME", home.resolve("config").toString(),
                    "XDG_DATA_HOME", home.resolve("data").toString()));
            if (status != 0) {
                log("warning: the training run exited with " + status + " (is the window built yet?);"
                        + " the class list holds what was loaded until then");
            }
        } finally {
            Files.writeString(cfg, original);
        }
        if (!Files.exists(classlist)) {
            fail("the training run left no class list " + classlist);
        }
        long classes = Files.lines(classlist).filter(l -> !l.startsWith("#")).count();
        log("training run recorded " + classes + " classes in " + classlist);
    }

    private void installer(String type, Path app) throws Exception {
        List<String> args = new ArrayList<>(common());
        args.addAll(List.of("--type", type, "--app-image", app.toString(),
                "--dest", OUT.resolve("packages").toString()));
        args.addAll(os.installerOptions(this));
        tool(jdk, "jpackage", args.toArray(String[]::new));
    }

    /** The Linux installer's resources: desktop entry, postinst/prerm, with our tokens filled in. */
    Path linuxResources() throws IOException {
        Path dir = OUT.resolve("resources");
        Files.createDirectories(dir);
        String name = conf("name");
        for (String file : List.of("valt-planner.desktop", "postinst", "prerm", "control")) {
            String target = file.equals("valt-planner.desktop") ? name + ".desktop" : file;
            Files.writeString(dir.resolve(target), fill(Files.readString(Path.of(conf("linux.resource.dir"), file))));
        }
        Files.copy(Path.of(conf("icon.png")), dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        return dir;
    }

    private String fill(String template) {
        return template.replace("@NAME@", conf("name"))
                .replace("@INSTALL_DIR@", "/opt/" + conf("name"))
                .replace("@WM_CLASS@", conf("linux.wm.class"))
                .replace("@DEPENDS@", conf("linux.deb.depends"))
                // jpackage's prerm functions: JDK 17 has one token, JDK 25 three (JDK 25 leaves JDK 17's token in
                // the script, and dpkg then cannot remove the package: "UTILITY_SCRIPTS: not found").
                .replace("@PRERM_FUNCTIONS@", jdk.aot() ? "package_type=deb\nCOMMON_SCRIPTS\nDESKTOP_SCRIPTS"
                        : "UTILITY_SCRIPTS")
                .replace("@CACHE_SCRIPT@", conf("name") + (jdk.aot() ? "-aot.sh" : "-cds.sh"));
    }

    /** Linux wants a lower-case command name; Windows and macOS show the name in menus and folders. */
    private String appName() {
        return os == Os.LINUX ? conf("name") : conf("display.name");
    }

    String conf(String key) {
        String v = conf.getProperty(key);
        if (v == null) {
            fail("installer/installer.properties has no " + key);
        }
        return v.trim();
    }

    /** Repackages a JavaFX platform jar as a jmod: classes stay classes, native libraries become libs. */
    private static void jmodFromModularJar(Jdk jdk, String module, Path jar, Path jmods) throws IOException {
        Path root = OUT.resolve("fx").resolve(module);
        Path classes = root.resolve("classes");
        Path libs = root.resolve("libs");
        Files.createDirectories(classes);
        Files.createDirectories(libs);
        try (var zip = new ZipInputStream(Files.newInputStream(jar))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                String n = e.getName();
                if (e.isDirectory() || n.startsWith("META-INF/") || n.endsWith(".jar")) {
                    continue; // the manifest, and javafx-swt.jar (SWT interop, not a module of ours)
                }
                boolean nativeLib = !n.contains("/") && (n.endsWith(".so") || n.endsWith(".dll") || n.endsWith(".dylib"));
                Path to = (nativeLib ? libs : classes).resolve(n);
                Files.createDirectories(to.getParent());
                Files.copy(zip, to);
            }
        }
        List<String> args = new ArrayList<>(List.of("create", "--class-path", classes.toString()));
        try (Stream<Path> s = Files.list(libs)) {
            if (s.findAny().isPresent()) {
                args.addAll(List.of("--libs", libs.toString()));
            }
        }
        Files.createDirectories(jmods);
        args.add(jmods.resolve(module + ".jmod").toString());
        tool(jdk, "jmod", args.toArray(String[]::new));
    }

    /** The runtime dependency jars, sorted into JavaFX modules, plain libraries and dropped placeholders. */
    private record Deps(java.util.SortedMap<String, Path> javafx, List<Path> libraries, Set<String> dropped) {
        static Deps classify(Path dir) throws IOException {
            var javafx = new java.util.TreeMap<String, Path>();
            var libraries = new ArrayList<Path>();
            var dropped = new TreeSet<String>();
            try (Stream<Path> s = Files.list(dir)) {
                for (Path jar : s.filter(p -> p.toString().endsWith(".jar")).sorted().toList()) {
                    Optional<ModuleDescriptor> d = ModuleFinder.of(jar).findAll().stream()
                            .map(ModuleReference::descriptor).findFirst();
                    String module = d.map(ModuleDescriptor::name).orElse("");
                    if (module.startsWith("javafx.")) {
                        if (d.get().isAutomatic()) {
                            // The classifier-less javafx-*.jar: empty, named e.g. javafx.baseEmpty.
                            dropped.add(jar.getFileName().toString());
                        } else {
                            javafx.put(module, jar);
                        }
                    } else {
                        libraries.add(jar);
                    }
                }
            }
            if (javafx.isEmpty()) {
                fail("no JavaFX platform jars (javafx-*-<platform>.jar) in " + dir);
            }
            return new Deps(javafx, libraries, dropped);
        }
    }

    private enum Os {
        LINUX("lib/server", "lib/app", "lib", Set.of("app-image", "deb")),
        WINDOWS("bin/server", "app", "", Set.of("app-image", "msi")),
        MAC("lib/server", "Contents/app", "Contents/lib", Set.of("app-image", "dmg"));

        final String jvmDir;
        final String appDir;
        final String libDir;
        final Set<String> defaultTypes;

        Os(String jvmDir, String appDir, String libDir, Set<String> defaultTypes) {
            this.jvmDir = jvmDir;
            this.appDir = appDir;
            this.libDir = libDir;
            this.defaultTypes = new LinkedHashSet<>(defaultTypes);
        }

        static Os current() {
            String n = System.getProperty("os.name").toLowerCase(Locale.ROOT);
            return n.contains("win") ? WINDOWS : n.contains("mac") ? MAC : LINUX;
        }

        String imageName(String name) {
            return this == MAC ? name + ".app" : name;
        }

        String launcher(String name) {
            return switch (this) {
                case LINUX -> "bin/" + name;
                case WINDOWS -> name + ".exe";
                case MAC -> "Contents/MacOS/" + name;
            };
        }

        List<String> imageOptions(Package p) throws IOException {
            List<String> o = new ArrayList<>();
            switch (this) {
                case LINUX -> {
                    o.addAll(List.of("--icon", p.conf("icon.png")));
                    // AppCDS: lib/<name>-cds.sh makes the archive where the image is installed.
                    for (String opt : p.javaOptions().split(" ")) {
                        o.addAll(List.of("--java-options", opt));
                    }
                }
                case WINDOWS -> {
                    o.addAll(List.of("--icon", p.conf("icon.ico")));
                    // A console twin of the launcher so that the command line prints in cmd/PowerShell.
                    Path props = OUT.resolve("tmp").resolve("cli-launcher.properties");
                    Files.createDirectories(props.getParent());
                    Files.writeString(props, "win-console=true\n");
                    o.addAll(List.of("--add-launcher", p.conf("win.cli.launcher") + "=" + props));
                }
                case MAC -> o.addAll(List.of("--icon", p.conf("icon.icns"),
                        "--mac-package-identifier", p.conf("mac.package.identifier"),
                        "--mac-package-name", p.conf("mac.package.name")));
            }
            return o;
        }

        List<String> installerOptions(Package p) throws IOException {
            return switch (this) {
                case LINUX -> List.of("--install-dir", "/opt",
                        "--resource-dir", p.linuxResources().toString(),
                        "--linux-shortcut", "--linux-package-name", p.conf("name"),
                        // JDK 17's jpackage made valt-planner_1.0.0-1_amd64.deb, JDK 25's drops the "-1": keep
                        // the release, or dpkg would take the new package for an older version than the old one.
                        "--linux-app-release", p.conf("linux.app.release"),
                        // Depends: written by hand in installer.properties (linux.deb.depends), through the
                        // control template in installer/linux, not jpackage's list of the build machine's libraries.
                        "--linux-deb-maintainer", p.conf("linux.deb.maintainer"),
                        "--linux-app-category", p.conf("linux.app.category"),
                        "--file-associations", p.conf("file.association"));
                // Windows and macOS match files by their last extension only (.json), so *.valt.json
                // is not associated there: claiming every .json file would be worse.
                case WINDOWS -> List.of("--win-menu", "--win-menu-group", p.conf("win.menu.group"),
                        "--win-shortcut", "--win-dir-chooser", "--win-upgrade-uuid", p.conf("win.upgrade.uuid"));
                case MAC -> List.of("--mac-package-identifier", p.conf("mac.package.identifier"),
                        "--mac-package-name", p.conf("mac.package.name"));
            };
        }
    }

    /** Runs one of the chosen JDK's tools (jlink, jpackage, jmod, jar) as a process. */
    private static void tool(Jdk jdk, String name, String... args) {
        Path exe = jdk.home().resolve("bin").resolve(Os.current() == Os.WINDOWS ? name + ".exe" : name);
        if (!Files.isExecutable(exe)) {
            fail("the JDK " + jdk.home() + " has no " + name + " tool; use a full JDK");
        }
        List<String> cmd = new ArrayList<>(List.of(exe.toString()));
        cmd.addAll(List.of(args));
        try {
            if (run(cmd, 1800, true, Map.of()) != 0) {
                fail(name + " failed");
            }
        } catch (Exception e) {
            fail(name + ": " + e);
        }
    }

    private static final int TIMED_OUT = -1;

    /** Like {@link #run} but a time-out is reported as {@link #TIMED_OUT}, not a build failure. */
    private static int runBounded(List<String> cmd, int timeoutSeconds, Map<String, String> env) throws Exception {
        log(String.join(" ", cmd));
        ProcessBuilder pb = new ProcessBuilder(cmd).inheritIO();
        pb.environment().putAll(env);
        Process p = pb.start();
        if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            p.waitFor();
            return TIMED_OUT;
        }
        return p.exitValue();
    }

    /**
     * The JDK whose jlink/jpackage make the packages. Java 25 or newer gets the AOT cache; an older one (the
     * fallback when no Java 25 JDK is found) gets the AppCDS class list.
     */
    private record Jdk(Path home, int feature) {
        boolean aot() {
            return feature >= 25;
        }

        static Jdk find(String knownPath) {
            String given = System.getProperty("valt.jdk25", "");
            String from = "-Dvalt.jdk25";
            if (given.isBlank()) {
                given = System.getenv().getOrDefault("VALT_JDK25", "");
                from = "VALT_JDK25";
            }
            if (!given.isBlank()) {
                Jdk j = at(Path.of(given.trim()));
                if (j != null && j.aot()) {
                    log("JDK " + j.feature + " from " + from + ": " + j.home);
                    return j;
                }
                log("WARNING: " + from + "=" + given + " is not a Java 25+ JDK with jlink and jpackage; looking further");
            }
            Jdk known = knownPath.isBlank() ? null : at(Path.of(knownPath));
            if (known != null && known.aot()) {
                log("JDK " + known.feature + " at the known path " + known.home);
                return known;
            }
            Path running = Path.of(System.getProperty("java.home"));
            Jdk self = at(running);
            int feature = self != null ? self.feature : Runtime.version().feature();
            if (feature >= 25) {
                log("JDK " + feature + " running this script: " + running);
            } else {
                log("WARNING: no Java 25 JDK found (set VALT_JDK25 or -Dvalt.jdk25, or install one at " + knownPath
                        + "); packaging with the running JDK " + Runtime.version() + " at " + running
                        + ": no AOT cache, the AppCDS class list instead");
            }
            return new Jdk(running, feature);
        }

        /** The JDK at {@code home} from its release file, or null if it is not a JDK with jlink and jpackage. */
        private static Jdk at(Path home) {
            Path release = home.resolve("release");
            String exe = Os.current() == Os.WINDOWS ? ".exe" : "";
            if (!Files.isRegularFile(release) || !Files.isExecutable(home.resolve("bin").resolve("jlink" + exe))
                    || !Files.isExecutable(home.resolve("bin").resolve("jpackage" + exe))) {
                return null;
            }
            try {
                for (String line : Files.readAllLines(release)) {
                    if (line.startsWith("JAVA_VERSION=")) {
                        String v = line.substring("JAVA_VERSION=".length()).replace("\"", "");
                        return new Jdk(home.toAbsolutePath(), Runtime.Version.parse(v).feature());
                    }
                }
            } catch (IOException | IllegalArgumentException e) {
                return null;
            }
            return null;
        }
    }

    /** Runs a process with inherited output; returns its status, or fails on a time-out. */
    private static int run(List<String> cmd, int timeoutSeconds, boolean allowFailure, Map<String, String> env)
            throws Exception {
        log(String.join(" ", cmd));
        ProcessBuilder pb = new ProcessBuilder(cmd).inheritIO();
        pb.environment().putAll(env);
        Process p = pb.start();
        if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            fail("timed out after " + timeoutSeconds + " s: " + String.join(" ", cmd));
        }
        if (p.exitValue() != 0 && !allowFailure) {
            fail("exit status " + p.exitValue() + ": " + String.join(" ", cmd));
        }
        return p.exitValue();
    }

    private static boolean onPath(String command) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                .anyMatch(d -> Files.isExecutable(Path.of(d, command)));
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    private static final long START = System.nanoTime();

    private static void log(String message) {
        System.out.printf("[installer %5.1fs] %s%n", (System.nanoTime() - START) / 1e9, message);
    }

    private static void fail(String message) {
        System.err.println("[installer] ERROR: " + message);
        System.exit(1);
    }
}
