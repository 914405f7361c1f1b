package com.valt.planner.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.valt.planner.domain.Device;
import com.valt.planner.domain.DeviceType;
import com.valt.planner.domain.Site;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 during save. A child JVM saves versions A and B of a large site over one file in a loop and
 * is killed with SIGKILL (Process.destroyForcibly) after a seeded random number of saves plus a random delay. After every kill the file
 * (and its .bak) must parse and equal A or B byte for byte; a temp file the kill left behind must be
 * removed by the next load or save, and nothing else may be left.
 *
 * <p>Rounds: 50 by default; {@code -Dvalt.killRounds=500} for the longer run (docs/reliability.md),
 * {@code -Dvalt.killSeed=N} to replay another sequence of delays.
 */
class KillDuringSaveTest {
    static final int DEVICES = 5_000;

    @TempDir
    Path work;

    @Test
    void killedSavesLeaveVersionAOrBAndNoTempFiles() throws Exception {
        int rounds = Integer.getInteger("valt.killRounds", 50);
        long seed = Long.getLong("valt.killSeed", 20261125L);
        Path dir = Files.createDirectory(work.resolve("site"));
        Path target = dir.resolve("large.valt.json");
        byte[] a = SiteFileWriter.toBytes(largeSite("A", DEVICES));
        byte[] b = SiteFileWriter.toBytes(largeSite("B", DEVICES + 7));
        Path fileA = Files.write(work.resolve("a.bin"), a);
        Path fileB = Files.write(work.resolve("b.bin"), b);
        Files.write(target, a);

        Random random = new Random(seed);
        int onA = 0;
        int onB = 0;
        int tempsLeftByKill = 0;
        long savesCompleted = 0;
        for (int round = 1; round <= rounds; round++) {
            String at = "round " + round + " (seed " + seed + ")";
            Process child = startChild(target, fileA, fileB);
            BufferedReader out =
                    new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            String first = out.readLine();
            assertThat(first).as(at + ": child started").isEqualTo("ready");
            AtomicLong saved = new AtomicLong();
            Thread counter = new Thread(() -> {
                try {
                    for (String line; (line = out.readLine()) != null; ) {
                        if (line.startsWith("saved ")) {
                            saved.incrementAndGet();
                        }
                    }
                } catch (IOException ignored) {
                    // the pipe closes when the child dies
                }
            });
            counter.start();
            // Kill after 0-3 complete saves, then 0-29 ms into the next one (a save here takes ~5-40 ms),
            // so kills land in every phase: writing the temp file, the backup, the move.
            int after = random.nextInt(4);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (saved.get() < after && System.nanoTime() < deadline) {
                Thread.sleep(1);
            }
            Thread.sleep(random.nextInt(30));
            child.destroyForcibly(); // SIGKILL
            assertThat(child.waitFor(30, TimeUnit.SECONDS))
                    .as(at + ": child ended")
                    .isTrue();
            counter.join(10_000);
            savesCompleted += saved.get();

            byte[] onDisk = Files.readAllBytes(target);
            boolean isA = Arrays.equals(onDisk, a);
            boolean isB = Arrays.equals(onDisk, b);
            assertThat(isA || isB)
                    .as(at + ": the file is A or B byte for byte (" + onDisk.length + " bytes)")
                    .isTrue();
            onA += isA ? 1 : 0;
            onB += isB ? 1 : 0;
            Path bak = dir.resolve(target.getFileName() + AtomicFiles.BACKUP_SUFFIX);
            if (Files.exists(bak)) {
                byte[] backup = Files.readAllBytes(bak);
                assertThat(Arrays.equals(backup, a) || Arrays.equals(backup, b))
                        .as(at + ": the backup is A or B")
                        .isTrue();
            }
            if (!temps(dir).isEmpty()) {
                tempsLeftByKill++;
            }

            // a load reads A or B and touches nothing; the next save removes what a kill left
            List<Path> left = temps(dir);
            assertThat(SiteFileReader.read(target).info().name()).isIn("Version A", "Version B");
            assertThat(temps(dir))
                    .as(at + ": a load leaves the folder as it is")
                    .isEqualTo(left);
            AtomicFiles.write(target, onDisk, round % 2 == 1);
            assertThat(temps(dir))
                    .as(at + ": no temp files after the next save")
                    .isEmpty();
            try (Stream<Path> files = Files.list(dir)) {
                assertThat(files.map(p -> p.getFileName().toString()))
                        .as(at + ": nothing but the file and its backup")
                        .allMatch(n -> n.equals("large.valt.json") || n.equals("large.valt.json.bak"));
            }
        }
        System.out.printf(
                "kill -9 during save: %d rounds, %d saves completed before the kills, file on A %d times,"
                        + " on B %d times, %d kills left a temp file (removed by the next save), 0 lost%n",
                rounds, savesCompleted, onA, onB, tempsLeftByKill);
        assertThat(savesCompleted).as("the child really saved between kills").isPositive();
    }

    static List<Path> temps(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().startsWith(AtomicFiles.TEMP_PREFIX))
                    .toList();
        }
    }

    /** A child JVM with just our classes: starts in a fraction of a second. */
    private static Process startChild(Path target, Path a, Path b) throws Exception {
        String cp = String.join(java.io.File.pathSeparator, codeSource(AtomicFiles.class), codeSource(SaveLoop.class));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(
                        java,
                        "-Xmx128m",
                        "-XX:TieredStopAtLevel=1",
                        "-XX:+UseSerialGC",
                        "-cp",
                        cp,
                        SaveLoop.class.getName(),
                        target.toString(),
                        a.toString(),
                        b.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
    }

    private static String codeSource(Class<?> c) throws Exception {
        return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI())
                .toString();
    }

    /** The university sample plus generated cameras: about 150 bytes a device. */
    static Site largeSite(String version, int devices) throws Exception {
        Site site = SiteFileReader.read(Path.of("samples/university.valt.json"));
        site = site.withInfo(site.info().withName("Version " + version));
        List<Device> list = new ArrayList<>(site.devices());
        int extra = devices - list.size();
        for (int i = 0; i < extra; i++) {
            list.add(Device.of("gen-cam-" + i, DeviceType.CAMERA)
                    .withName("Generated camera " + i + " (" + version + ")")
                    .withAddress("10." + (i / 65536 % 256) + "." + (i / 256 % 256) + "." + (i % 256))
                    .withPosition((double) (i % 100) * 40, (double) (i / 100) * 40));
        }
        return site.withDevices(list);
    }
}
