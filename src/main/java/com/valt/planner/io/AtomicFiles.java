package com.valt.planner.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.security.SecureRandom;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one writer for files the user cares about (fmt, Save, exports): write a temp file in the same
 * folder, fsync it, move it over the target atomically, fsync the folder. A crash at any point leaves
 * either the old file or the new one, and the temp file is removed on every failure we see. A kill between
 * creating the temp file and the move leaves it behind: the next save or load of that file removes it.
 */
public final class AtomicFiles {
    /** Temp files start with this, so a cleanup can find leftovers of a killed process. */
    public static final String TEMP_PREFIX = ".valt-tmp-";
    /** Suffix of the backup Save keeps of the previous version. */
    public static final String BACKUP_SUFFIX = ".bak";

    private static final Pattern TEMP_TAIL = Pattern.compile("(\\d{1,18})-(\\d+)\\.tmp");
    private static final SecureRandom RANDOM = new SecureRandom();

    private AtomicFiles() {}

    /**
     * @param keepBackup copy the existing file to {@code name.bak} first (the window's Save does)
     */
    public static void write(Path target, byte[] content, boolean keepBackup) throws SaveException {
        Path file = followLink(target.toAbsolutePath());
        Path dir = file.getParent();
        Path temp = null;
        // only speak of "the previous file" when there was one
        String unchanged = Files.exists(file) ? " The previous file is unchanged." : " Nothing was written.";
        try {
            if (Files.isDirectory(file)) {
                throw new SaveException("Cannot save " + file + ": it is a folder.", null);
            }
            removeStaleTemps(file);
            temp = createTemp(file);
            try (FileChannel ch =
                    FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buf = ByteBuffer.wrap(content);
                while (buf.hasRemaining()) {
                    ch.write(buf);
                }
                ch.force(true);
            }
            keepPermissions(file, temp);
            if (keepBackup && Files.isRegularFile(file)) {
                backUp(file);
            }
            moveOver(temp, file);
            temp = null;
            syncFolder(dir);
        } catch (SaveException e) {
            throw e;
        } catch (AccessDeniedException e) {
            throw new SaveException(
                    "Cannot save " + file + ": permission denied (the folder " + dir + " is read-only for you)."
                            + unchanged,
                    e);
        } catch (NoSuchFileException e) {
            throw new SaveException("Cannot save " + file + ": the folder " + dir + " does not exist.", e);
        } catch (FileSystemException e) {
            throw new SaveException("Cannot save " + file + ": " + reason(e, dir) + "." + unchanged, e);
        } catch (IOException e) {
            throw new SaveException("Cannot save " + file + ": " + reason(e, dir) + "." + unchanged, e);
        } finally {
            deleteQuietly(temp);
        }
    }

    /**
     * Deletes temp files of {@code target} (and of its backup) left by a process that was killed between
     * creating its temp file and moving it into place. Only files of processes that are gone: a save
     * running right now in another process keeps its temp file. Best effort and silent: it never stops
     * a save. Called by every save, never by a load (read-only commands must not touch the folder).
     */
    static void removeStaleTemps(Path target) {
        Path file = followLink(target.toAbsolutePath());
        Path dir = file.getParent();
        List<String> prefixes =
                List.of(TEMP_PREFIX + file.getFileName() + "-", TEMP_PREFIX + file.getFileName() + BACKUP_SUFFIX + "-");
        long self = ProcessHandle.current().pid();
        try (DirectoryStream<Path> temps =
                Files.newDirectoryStream(dir, p -> p.getFileName().toString().startsWith(TEMP_PREFIX))) {
            for (Path temp : temps) {
                String name = temp.getFileName().toString();
                for (String prefix : prefixes) {
                    Matcher m = TEMP_TAIL.matcher(name);
                    if (name.startsWith(prefix)
                            && m.region(prefix.length(), name.length()).matches()) {
                        long pid = Long.parseLong(m.group(1));
                        if (pid != self
                                && ProcessHandle.of(pid).map(h -> !h.isAlive()).orElse(true)) {
                            deleteQuietly(temp);
                        }
                    }
                }
            }
        } catch (IOException | RuntimeException ignored) {
            // a folder we cannot list is reported by the save itself
        }
    }

    /** Saving through a symbolic link replaces the file it points to, not the link itself. */
    private static Path followLink(Path file) {
        try {
            return Files.isSymbolicLink(file) ? file.toRealPath() : file;
        } catch (IOException e) {
            return file; // a dangling link: the save creates the file in the link's place, as editors do
        }
    }

    /** {@code .valt-tmp-NAME-PID-RANDOM.tmp}: the pid tells a cleanup whether the writer is still alive. */
    private static Path createTemp(Path file) throws IOException {
        long pid = ProcessHandle.current().pid();
        while (true) {
            Path temp = file.resolveSibling(TEMP_PREFIX + file.getFileName() + "-" + pid + "-"
                    + Long.toUnsignedString(RANDOM.nextLong()) + ".tmp");
            try {
                return Files.createFile(temp); // default permissions (umask), unlike createTempFile's 0600
            } catch (FileAlreadyExistsException e) {
                // try another name
            }
        }
    }

    /** A saved file keeps the permissions it had (a group-readable plan stays group-readable). */
    private static void keepPermissions(Path file, Path temp) {
        try {
            if (Files.isRegularFile(file)
                    && Files.getFileStore(temp).supportsFileAttributeView(PosixFileAttributeView.class)) {
                Set<PosixFilePermission> perms = Files.getPosixFilePermissions(file);
                Files.setPosixFilePermissions(temp, perms);
            }
        } catch (IOException | RuntimeException ignored) {
            // the content matters more than its permissions
        }
    }

    /** The backup is replaced atomically as well: a crash never leaves a half-copied .bak. */
    private static void backUp(Path file) throws IOException, SaveException {
        Path bak = file.resolveSibling(file.getFileName() + BACKUP_SUFFIX);
        Path temp = createTemp(bak);
        try {
            Files.copy(file, temp, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
            try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                ch.force(true);
            }
            moveOver(temp, bak);
            temp = null;
        } finally {
            deleteQuietly(temp);
        }
    }

    private static void moveOver(Path temp, Path file) throws IOException, SaveException {
        try {
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            throw new SaveException("Cannot save " + file + ": its folder does not support an atomic replace.", e);
        }
    }

    private static void deleteQuietly(Path temp) {
        if (temp != null) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException | RuntimeException ignored) {
                // the failure already reported is the one that matters
            }
        }
    }

    private static String reason(IOException e, Path dir) {
        String m = e instanceof FileSystemException fse ? fse.getReason() : e.getMessage();
        if (m == null) {
            return e.getClass().getSimpleName();
        }
        if (m.contains("No space left")) {
            return "the disk is full";
        }
        if (m.contains("Disk quota exceeded")) {
            return "your disk quota is used up";
        }
        if (m.contains("Read-only file system")) {
            return "the folder " + dir + " is on a read-only disk";
        }
        if (m.contains("Operation not permitted")) {
            return "the folder " + dir + " or the file is read-only (protected: operation not permitted)";
        }
        return m;
    }

    /** Makes the rename itself durable; some file systems refuse to open a folder, which is harmless. */
    private static void syncFolder(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException ignored) {
            // best effort: the data itself is already on disk
        }
    }
}
