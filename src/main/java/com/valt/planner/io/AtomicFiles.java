package com.valt.planner.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * The one writer for files the user cares about (fmt, Save, exports): write a temp file in the same
 * folder, fsync it, move it over the target atomically, fsync the folder. A crash at any point leaves
 * either the old file or the new one, and the temp file is removed on every failure we see.
 */
public final class AtomicFiles {
    /** Temp files start with this, so a cleanup can find leftovers of a killed process. */
    public static final String TEMP_PREFIX = ".valt-tmp-";
    /** Suffix of the backup Save keeps of the previous version. */
    public static final String BACKUP_SUFFIX = ".bak";

    private AtomicFiles() {
    }

    /**
     * @param keepBackup copy the existing file to {@code name.bak} first (the window's Save does)
     */
    public static void write(Path target, byte[] content, boolean keepBackup) throws SaveException {
        Path file = target.toAbsolutePath();
        Path dir = file.getParent();
        Path temp = null;
        try {
            if (Files.isDirectory(file)) {
                throw new SaveException("Cannot save " + file + ": it is a folder.", null);
            }
            temp = Files.createTempFile(dir, TEMP_PREFIX + file.getFileName() + "-", ".tmp");
            try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buf = ByteBuffer.wrap(content);
                while (buf.hasRemaining()) {
                    ch.write(buf);
                }
                ch.force(true);
            }
            if (keepBackup && Files.isRegularFile(file)) {
                Files.copy(file, file.resolveSibling(file.getFileName() + BACKUP_SUFFIX),
                        StandardCopyOption.REPLACE_EXISTING);
            }
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                throw new SaveException("Cannot save " + file + ": its folder does not support an atomic replace.", e);
            }
            temp = null;
            syncFolder(dir);
        } catch (SaveException e) {
            throw e;
        } catch (AccessDeniedException e) {
            throw new SaveException("Cannot save " + file + ": permission denied (the folder " + dir
                    + " is read-only for you). The previous file is unchanged.", e);
        } catch (NoSuchFileException e) {
            throw new SaveException("Cannot save " + file + ": the folder " + dir + " does not exist.", e);
        } catch (FileSystemException e) {
            throw new SaveException("Cannot save " + file + ": " + reason(e) + ". The previous file is unchanged.", e);
        } catch (IOException e) {
            throw new SaveException("Cannot save " + file + ": " + reason(e) + ". The previous file is unchanged.", e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // the failure already reported is the one that matters
                }
            }
        }
    }

    private static String reason(IOException e) {
        String m = e instanceof FileSystemException fse ? fse.getReason() : e.getMessage();
        if (m == null) {
            return e.getClass().getSimpleName();
        }
        if (m.contains("No space left")) {
            return "the disk is full";
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
