package com.valt.planner.installer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.valt.planner.cli.Cli;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Linux packages start through installer/linux/launcher.sh instead of jpackage's launcher (issue 15:
 * that one asks rpm and dpkg who owns it at every start). The script must start the JVM exactly as the
 * jpackage .cfg says, and give the C1-only option to the command-line commands and to nothing else. Here it
 * runs in a fake app-image whose "java" prints its arguments; installer/smoke-test.sh runs the real one.
 */
class LauncherScriptTest {
    private static final Path SCRIPT = Path.of("installer", "linux", "launcher.sh");
    private static final String C1_ONLY = "-XX:TieredStopAtLevel=1";

    @TempDir
    Path dir;

    @Test
    void givesTheC1OptionToExactlyTheCliCommands() throws IOException {
        Matcher m = Pattern.compile("case \\$\\{1-} in\\s*\\n\\s*([^)]*)\\)").matcher(Files.readString(SCRIPT));
        assertThat(m.find()).as("the script's case over its first argument").isTrue();
        Set<String> listed =
                Arrays.stream(m.group(1).split("\\|")).map(String::trim).collect(Collectors.toSet());
        assertThat(listed).isEqualTo(Cli.COMMANDS);
    }

    @Test
    void startsTheRuntimeWithTheCfgsOptionsClassPathAndMainClass() throws Exception {
        Path root = fakeImage();
        String app = root.resolve("lib/app").toRealPath().toString();

        List<String> window = run(root.resolve("bin/valt-planner"), "site one.valt.json");
        assertThat(window)
                .containsExactly(
                        "-Djpackage.app-version=1.0.0",
                        "-XX:AOTCache=" + app + "/valt-planner.aot",
                        "-Dvalt.trainingCommands=flows a b.json;check c.json",
                        "-Djpackage.app-path="
                                + root.resolve("bin/valt-planner").toRealPath(),
                        "-classpath",
                        app + "/valt-planner.jar:" + app + "/jackson-core.jar:" + app + "/picocli.jar",
                        "com.valt.planner.Launcher",
                        "site one.valt.json");

        List<String> flows = run(root.resolve("bin/valt-planner"), "flows", "--format", "csv", "x.json");
        assertThat(flows).contains(C1_ONLY).endsWith("com.valt.planner.Launcher", "flows", "--format", "csv", "x.json");
        assertThat(window).doesNotContain(C1_ONLY);
    }

    @Test
    void findsItsImageThroughASymlinkAsFromUsrBin() throws Exception {
        Path root = fakeImage();
        Path link = Files.createSymbolicLink(dir.resolve("valt-planner"), root.resolve("bin/valt-planner"));
        assertThat(run(link, "check", "x.json"))
                .contains("-XX:AOTCache=" + root.resolve("lib/app").toRealPath() + "/valt-planner.aot", C1_ONLY);
    }

    @Test
    void saysWhichFileIsMissingWhenTheCfgIsGone() throws Exception {
        Path root = fakeImage();
        Files.delete(root.resolve("lib/app/valt-planner.cfg"));
        Process p = start(root.resolve("bin/valt-planner"), List.of("flows"));
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).isEqualTo(1);
        assertThat(err).contains("cannot read " + root.resolve("lib/app").toRealPath() + "/valt-planner.cfg");
    }

    /** An app-image with the filled script, a .cfg in jpackage's format and a "java" that echoes. */
    private Path fakeImage() throws IOException {
        assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "the Linux launcher script needs bash (Linux only)");
        Path root = dir.resolve("image with space/valt-planner");
        Files.createDirectories(root.resolve("bin"));
        Files.createDirectories(root.resolve("lib/app"));
        Files.createDirectories(root.resolve("lib/runtime/bin"));
        executable(root.resolve("bin/valt-planner"), Files.readString(SCRIPT).replace("@NAME@", "valt-planner"));
        executable(
                root.resolve("lib/runtime/bin/java"), "#!/bin/sh\nfor a in \"$@\"; do printf '%s\\n' \"$a\"; done\n");
        Files.writeString(
                root.resolve("lib/app/valt-planner.cfg"),
                String.join(
                        "\n",
                        "[Application]",
                        "app.classpath=$APPDIR/valt-planner.jar",
                        "app.mainclass=com.valt.planner.Launcher",
                        "app.classpath=$APPDIR/jackson-core.jar",
                        "app.classpath=$APPDIR/picocli.jar",
                        "",
                        "[JavaOptions]",
                        "java-options=-Djpackage.app-version=1.0.0",
                        "java-options=-XX:AOTCache=$APPDIR/valt-planner.aot",
                        "java-options=-Dvalt.trainingCommands=flows a b.json;check c.json"));
        return root;
    }

    private static void executable(Path file, String text) throws IOException {
        Files.writeString(file, text);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private static List<String> run(Path launcher, String... args) throws Exception {
        Process p = start(launcher, List.of(args));
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as("exit status; stderr: %s", err).isZero();
        return out.lines().toList();
    }

    private static Process start(Path launcher, List<String> args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(launcher.toString()));
        cmd.addAll(args);
        Process p = new ProcessBuilder(cmd).start();
        if (!p.waitFor(30, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("the launcher script did not end within 30 s");
        }
        return p;
    }
}
