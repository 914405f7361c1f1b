package com.valt.planner.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.valt.planner.io.AtomicFiles;
import com.valt.planner.io.SaveException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Saving (the atomic writer, {@code fmt}) and exporting ({@code export}) into a read-only folder or onto
 * a full disk: a clear message naming the file, exit status 2, and the old file intact, byte for byte.
 */
class UnwritablePlacesTest {
    static final byte[] OLD = "{\"old\": \"the user's work\"}\n".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path tmp;

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream savedErr;
    private PrintStream savedOut;

    @BeforeEach
    void captureOutput() {
        savedErr = System.err;
        savedOut = System.out;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        System.setOut(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restoreOutput() {
        System.setErr(savedErr);
        System.setOut(savedOut);
    }

    // ---- read-only folder ----

    @Test
    void atomicSaveIntoReadOnlyFolder() throws Exception {
        Path dir = Files.createDirectory(tmp.resolve("ro"));
        Path file = Files.write(dir.resolve("site.valt.json"), OLD);
        try (Unwritable ro = Unwritable.readOnly(dir)) {
            SaveException e = catchThrowableOfType(
                    SaveException.class, () -> AtomicFiles.write(file, "new".getBytes(StandardCharsets.UTF_8), true));
            assertThat(e).as("refused (" + ro.how + ")").isNotNull();
            assertThat(e.getMessage())
                    .contains(file.toString())
                    .contains("read-only")
                    .contains("unchanged");
            assertThat(Files.readAllBytes(file)).isEqualTo(OLD);
            assertThat(list(dir)).containsExactly("site.valt.json");
            // a new file: there is no previous file to speak of
            Path fresh = dir.resolve("new.valt.json");
            SaveException n = catchThrowableOfType(
                    SaveException.class, () -> AtomicFiles.write(fresh, "new".getBytes(StandardCharsets.UTF_8), true));
            assertThat(n.getMessage())
                    .contains("read-only")
                    .contains("Nothing was written")
                    .doesNotContain("previous");
        }
    }

    @Test
    void fmtInReadOnlyFolder() throws Exception {
        Path dir = Files.createDirectory(tmp.resolve("ro"));
        byte[] messy = messyClinic();
        Path file = Files.write(dir.resolve("clinic.valt.json"), messy);
        try (Unwritable ro = Unwritable.readOnly(dir)) {
            assertThat(Cli.run("fmt", file.toString()))
                    .as("exit status (" + ro.how + ")")
                    .isEqualTo(2);
            assertThat(stderr())
                    .contains(file.toAbsolutePath().toString())
                    .contains("read-only")
                    .doesNotContain("\tat ");
            assertThat(Files.readAllBytes(file)).isEqualTo(messy);
            assertThat(list(dir)).containsExactly("clinic.valt.json");
        }
    }

    @Test
    void exportIntoReadOnlyFolder() throws Exception {
        Path out = Files.createDirectory(tmp.resolve("out"));
        Path oldCsv = Files.write(out.resolve("flows.csv"), OLD);
        try (Unwritable ro = Unwritable.readOnly(out)) {
            assertThat(Cli.run("export", "samples/clinic.valt.json", "--out", out.toString()))
                    .as("exit status (" + ro.how + ")")
                    .isEqualTo(2);
            assertThat(stderr()).contains(oldCsv.toAbsolutePath().toString()).contains("read-only");
            assertThat(Files.readAllBytes(oldCsv)).isEqualTo(OLD);
            assertThat(list(out)).containsExactly("flows.csv");
        }
    }

    // ---- full disk ----

    @Test
    void atomicSaveOnFullDisk() throws Exception {
        Path dir = Files.createDirectory(tmp.resolve("disk"));
        try (Unwritable disk = Unwritable.tmpfs(dir, 256)) {
            Path file = Files.write(dir.resolve("site.valt.json"), OLD);
            disk.fill();
            byte[] large = new byte[64 * 1024];
            SaveException e = catchThrowableOfType(SaveException.class, () -> AtomicFiles.write(file, large, true));
            assertThat(e).as("refused (" + disk.how + ")").isNotNull();
            assertThat(e.getMessage())
                    .contains(file.toString())
                    .contains("the disk is full")
                    .contains("unchanged");
            assertThat(Files.readAllBytes(file)).isEqualTo(OLD);
            assertThat(list(dir)).containsExactlyInAnyOrder("site.valt.json", "filler");
        }
    }

    @Test
    void fmtOnFullDisk() throws Exception {
        Path dir = Files.createDirectory(tmp.resolve("disk"));
        try (Unwritable disk = Unwritable.tmpfs(dir, 256)) {
            byte[] messy = messyClinic();
            Path file = Files.write(dir.resolve("clinic.valt.json"), messy);
            disk.fill();
            assertThat(Cli.run("fmt", file.toString())).isEqualTo(2);
            assertThat(stderr()).contains(file.toAbsolutePath().toString()).contains("the disk is full");
            assertThat(Files.readAllBytes(file)).isEqualTo(messy);
            assertThat(list(dir)).containsExactlyInAnyOrder("clinic.valt.json", "filler");
        }
    }

    @Test
    void exportOnFullDisk() throws Exception {
        Path out = Files.createDirectory(tmp.resolve("disk"));
        try (Unwritable disk = Unwritable.tmpfs(out, 256)) {
            Path oldCsv = Files.write(out.resolve("flows.csv"), OLD);
            disk.fill();
            assertThat(Cli.run("export", "samples/university.valt.json", "--out", out.toString()))
                    .isEqualTo(2);
            assertThat(stderr()).contains(oldCsv.toAbsolutePath().toString()).contains("the disk is full");
            assertThat(Files.readAllBytes(oldCsv)).isEqualTo(OLD);
            assertThat(list(out)).containsExactlyInAnyOrder("flows.csv", "filler");
        }
    }

    /** The clinic sample in a form fmt would rewrite (one line, no indentation). */
    private static byte[] messyClinic() throws IOException {
        String text = Files.readString(Path.of("samples/clinic.valt.json"));
        return text.replaceAll("\\n\\s*", " ").getBytes(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private static java.util.List<String> list(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).toList();
        }
    }
}
