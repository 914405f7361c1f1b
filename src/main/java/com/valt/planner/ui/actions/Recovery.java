package com.valt.planner.ui.actions;

import com.valt.planner.domain.Site;
import com.valt.planner.io.AtomicFiles;
import com.valt.planner.io.SaveException;
import com.valt.planner.io.SiteFileReader;
import com.valt.planner.io.SiteFileWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Drafts of unsaved work, one per site file (or one for an untitled site), so that a crash loses at
 * most a minute. A draft is named after a hash of its file's path, so it is only ever offered for
 * that file; a successful save removes it.
 */
public final class Recovery {
    /** A draft found on disk. */
    record Draft(Path file, Site site, Instant saved) {}

    private final Path folder;

    public Recovery(Path folder) {
        this.folder = folder;
    }

    /** {@code valt.planner.recovery} if set, else ~/.local/share/valt-planner/recovery. */
    public static Path defaultFolder() {
        String override = System.getProperty("valt.planner.recovery");
        if (override != null) {
            return Path.of(override);
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank()
                ? Path.of(xdg)
                : Path.of(System.getProperty("user.home"), ".local", "share");
        return base.resolve("valt-planner").resolve("recovery");
    }

    Path folder() {
        return folder;
    }

    public Path draftPath(Path siteFile) {
        return folder.resolve(key(siteFile) + ".valt.json");
    }

    void save(Path siteFile, Site site) throws SaveException {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new SaveException("Cannot create the recovery folder " + folder + ": " + e.getMessage(), e);
        }
        AtomicFiles.write(draftPath(siteFile), SiteFileWriter.toBytes(site), false);
        // A note for people looking into the folder: which file the draft belongs to.
        AtomicFiles.write(
                folder.resolve(key(siteFile) + ".source.txt"),
                (siteFile == null
                                ? "(untitled site)"
                                : siteFile.toAbsolutePath().normalize().toString())
                        .getBytes(StandardCharsets.UTF_8),
                false);
    }

    /** The draft of exactly this file (null: the untitled site), if one was left behind and is readable. */
    Optional<Draft> find(Path siteFile) {
        Path p = draftPath(siteFile);
        if (!Files.isRegularFile(p)) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Draft(
                    p, SiteFileReader.read(p), Files.getLastModifiedTime(p).toInstant()));
        } catch (Exception e) {
            return Optional.empty(); // a draft cut short by the crash itself: nothing to offer
        }
    }

    void remove(Path siteFile) {
        try {
            Files.deleteIfExists(draftPath(siteFile));
            Files.deleteIfExists(folder.resolve(key(siteFile) + ".source.txt"));
        } catch (IOException ignored) {
            // a draft that cannot be removed is offered again next time, which is harmless
        }
    }

    static String key(Path siteFile) {
        if (siteFile == null) {
            return "untitled";
        }
        try {
            byte[] h = MessageDigest.getInstance("SHA-256")
                    .digest(siteFile.toAbsolutePath().normalize().toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(h, 0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
