package com.valt.planner.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.valt.planner.domain.Site;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the kill test cannot show: which temp files a cleanup may delete, backups, permissions. */
class AtomicFilesTest {
    @TempDir
    Path dir;

    @Test
    void removesTempsOfDeadProcessesOnlyAndOnlyOfThisFile() throws Exception {
        Path file = Files.writeString(dir.resolve("site.valt.json"), "old");
        long dead = deadPid();
        long alive = ProcessHandle.current().parent().orElseThrow().pid(); // surefire's Maven: running
        Path deadTemp = temp("site.valt.json", dead);
        Path deadBackupTemp = temp("site.valt.json.bak", dead);
        Path liveTemp = temp("site.valt.json", alive);
        Path otherFile = temp("other.valt.json", dead);
        Path notOurs = Files.writeString(dir.resolve(AtomicFiles.TEMP_PREFIX + "site.valt.json-notes.txt"), "x");

        AtomicFiles.write(file, "new".getBytes(StandardCharsets.UTF_8), false);

        assertThat(deadTemp).doesNotExist();
        assertThat(deadBackupTemp).doesNotExist();
        assertThat(liveTemp)
                .as("a save running in another process keeps its temp file")
                .exists();
        assertThat(otherFile)
                .as("temps of another file are that file's business")
                .exists();
        assertThat(notOurs).exists();
        assertThat(file).hasContent("new");
    }

    @Test
    void loadingLeavesTheFolderAsItIsAndTheNextSaveRemovesDeadTemps() throws Exception {
        Path file = Files.copy(Path.of("samples/clinic.valt.json"), dir.resolve("clinic.valt.json"));
        Path deadTemp = temp("clinic.valt.json", deadPid());
        Map<String, FileTime> before = listing(dir);

        Site site = SiteFileReader.read(file);
        assertThat(listing(dir)).as("a load writes and deletes nothing").isEqualTo(before);

        SiteFileWriter.write(site, file);
        assertThat(deadTemp).as("the save cleans up after the killed one").doesNotExist();
    }

    /** Every file of the folder with its modification time. */
    static Map<String, FileTime> listing(Path folder) throws Exception {
        Map<String, FileTime> out = new TreeMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path p : files.toList()) {
                out.put(p.getFileName().toString(), Files.getLastModifiedTime(p));
            }
        }
        return out;
    }

    @Test
    void backupHoldsThePreviousVersion() throws Exception {
        Path file = Files.writeString(dir.resolve("site.valt.json"), "version 1");
        AtomicFiles.write(file, "version 2".getBytes(StandardCharsets.UTF_8), true);
        AtomicFiles.write(file, "version 3".getBytes(StandardCharsets.UTF_8), true);
        assertThat(file).hasContent("version 3");
        assertThat(dir.resolve("site.valt.json.bak")).hasContent("version 2");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("site.valt.json", "site.valt.json.bak");
        }
    }

    /** Files.createTempFile made every saved plan 0600; a shared plan must stay readable by its group. */
    @Test
    void savingKeepsTheFilesPermissions() throws Exception {
        Path file = Files.writeString(dir.resolve("site.valt.json"), "old");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));
        AtomicFiles.write(file, "new".getBytes(StandardCharsets.UTF_8), true);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-r-----");
    }

    @Test
    void aNewFileGetsTheUsualPermissionsNotOwnerOnly() throws Exception {
        Path file = dir.resolve("new.valt.json");
        AtomicFiles.write(file, "new".getBytes(StandardCharsets.UTF_8), false);
        Path usual = Files.createFile(dir.resolve("made-by-any-editor")); // the umask decides
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(Files.getPosixFilePermissions(usual));
    }

    /** A plan kept in a shared folder and linked from a project: the save goes to the real file. */
    @Test
    void savingThroughASymbolicLinkKeepsTheLink() throws Exception {
        Path real =
                Files.writeString(Files.createDirectory(dir.resolve("shared")).resolve("site.valt.json"), "old");
        Path link = Files.createSymbolicLink(dir.resolve("link.valt.json"), real);
        AtomicFiles.write(link, "new".getBytes(StandardCharsets.UTF_8), true);
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(real).hasContent("new");
        assertThat(dir.resolve("shared/site.valt.json.bak")).hasContent("old");
    }

    private Path temp(String target, long pid) throws Exception {
        return Files.writeString(
                dir.resolve(AtomicFiles.TEMP_PREFIX + target + "-" + pid + "-123456789.tmp"), "partial");
    }

    private static long deadPid() throws Exception {
        Process p = new ProcessBuilder("true").start();
        p.waitFor();
        return p.pid();
    }
}
