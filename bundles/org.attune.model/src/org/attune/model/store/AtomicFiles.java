package org.attune.model.store;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Writes files so that a crash (even kill -9 or a power cut) leaves either the old or the new
 * content, never a mix or an empty file: the new content goes to a temporary file in the same
 * folder, is forced to disk, and is renamed over the target in one atomic step. The previous
 * content is kept next to it as {@code <name>.bak}.
 */
public final class AtomicFiles {

    /** Suffix of the previous version kept by {@link #write}. */
    public static final String BACKUP_SUFFIX = ".bak";

    private static final String TEMP_MARK = ".tmp-";
    private static final AtomicLong COUNTER = new AtomicLong();

    /** Writes the content of a file. */
    @FunctionalInterface
    public interface Writer {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFiles() {
    }

    /** The backup of a file written by {@link #write}. */
    public static Path backupOf(Path file) {
        return file.resolveSibling(file.getFileName() + BACKUP_SUFFIX);
    }

    /**
     * Replaces {@code target} with what {@code writer} writes, atomically, keeping the previous
     * version as {@link #backupOf(Path) target.bak}. When the writer fails, the target is
     * untouched.
     */
    public static void write(Path target, Writer writer) throws IOException {
        write(target, writer, true);
    }

    /** As {@link #write(Path, Writer)}; {@code keepBackup} false skips the .bak (e.g. autosaves). */
    public static void write(Path target, Writer writer, boolean keepBackup) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path temp = folder.resolve("." + target.getFileName() + TEMP_MARK + ProcessHandle.current().pid() + "-"
                + COUNTER.incrementAndGet());
        boolean moved = false;
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
                writer.writeTo(new NonClosing(out));
                out.flush();
                channel.force(true); // the bytes are on disk before the name points at them
            }
            if (keepBackup && Files.exists(target)) {
                keepBackup(target);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                throw new IOException("cannot replace " + target + " atomically on this file system", e);
            }
            moved = true;
            forceFolder(folder);
        } finally {
            if (!moved) {
                Files.deleteIfExists(temp);
            }
        }
    }

    /** Replaces {@code target} with a copy of {@code source}, atomically, keeping a backup of the target. */
    public static void copy(Path source, Path target) throws IOException {
        write(target, out -> Files.copy(source, out));
    }

    /** The previous version becomes the backup: a hard link (instant), or a copy where links are not possible. */
    private static void keepBackup(Path target) throws IOException {
        Path backup = backupOf(target);
        Path folder = target.toAbsolutePath().getParent();
        // Build the new backup under a temporary name, then rename: a crash leaves the old .bak or the new one.
        Path temp = folder.resolve("." + backup.getFileName() + TEMP_MARK + ProcessHandle.current().pid() + "-"
                + COUNTER.incrementAndGet());
        try {
            try {
                Files.createLink(temp, target);
            } catch (UnsupportedOperationException | FileAlreadyExistsException | SecurityException e) {
                Files.copy(target, temp, StandardCopyOption.COPY_ATTRIBUTES);
            } catch (IOException e) {
                Files.copy(target, temp, StandardCopyOption.COPY_ATTRIBUTES);
            }
            Files.move(temp, backup, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Makes the rename itself durable (POSIX: fsync the directory). */
    private static void forceFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Not possible on every platform (e.g. Windows); the rename is still atomic.
        }
    }

    /** Removes temporary files that a crash left behind in a folder (never the targets or backups). */
    public static int removeLeftovers(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        int removed = 0;
        try (var files = Files.list(folder)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                String name = file.getFileName().toString();
                if (name.startsWith(".") && name.contains(TEMP_MARK) && Files.isRegularFile(file)) {
                    Files.deleteIfExists(file);
                    removed++;
                }
            }
        }
        return removed;
    }

    /** EMF closes the stream it saved to; the channel must stay open until forced. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }
}
