package io.backupconsole.storage;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The temporary files of {@link JsonFile}'s atomic writes, and the clean-up of those a killed write left behind.
 *
 * <p>A write fills {@code <document name><digits>.tmp} beside its document (the name says whose it is) and renames it
 * over the document. While it fills it, it holds an OS lock on it ({@link #lockForFilling}), which the OS releases
 * when the process dies, however it dies. So a temporary file that nobody holds locked is not being filled by anyone,
 * in this process or another (the window and {@code jobs --watch} share the folders): {@link #removeLeftovers} takes
 * the lock before it deletes, and a file it cannot lock is left alone. A write whose file was taken in the instants
 * between its creation and its lock, or between its lock's release and its rename, finds it gone and writes again
 * ({@link JsonFile}). Where the file system has no locks, neither side can lock: nothing is removed.
 * Blocking file I/O; thread-safe.
 */
final class TemporaryFiles {
    /** What {@link #lockForFilling} found. */
    enum Hold {
        /** Locked by this write until its channel closes. */
        LOCKED,
        /** The file system has no locks: the write goes on unlocked (and no clean-up can remove it). */
        NO_LOCKS,
        /** A clean-up holds it and is removing it: this write must start again with a new file. */
        TAKEN
    }

    private TemporaryFiles() {}

    /** A new empty temporary file for {@code document}, 0600 (see {@link PrivateFiles#createTempBeside}). */
    static Path create(Path document) throws IOException {
        return PrivateFiles.createTempBeside(document);
    }

    /** Locks a new temporary file for as long as {@code channel} is open; the lock goes with the channel. */
    static Hold lockForFilling(FileChannel channel) {
        try {
            return channel.tryLock() != null ? Hold.LOCKED : Hold.TAKEN;
        } catch (OverlappingFileLockException cleanUpInThisProcess) {
            return Hold.TAKEN;
        } catch (IOException locksNotSupported) {
            return Hold.NO_LOCKS;
        }
    }

    /**
     * Deletes the temporary files of {@code document} that no write holds: left by a process killed between a
     * temporary file's creation and its rename. Never fails: a file that cannot be removed now is tried again next
     * time. Call when the document is opened (the app's start).
     */
    static void removeLeftovers(Path document) {
        Pattern ours = Pattern.compile(Pattern.quote(document.getFileName().toString()) + "-?\\d+\\.tmp");
        try (Stream<Path> files = Files.list(document.toAbsolutePath().getParent())) {
            files.filter(file -> ours.matcher(file.getFileName().toString()).matches())
                    .forEach(TemporaryFiles::removeIfNobodyWrites);
        } catch (IOException | RuntimeException e) {
            // Not worth the user's attention: a leftover temporary file is never read.
        }
    }

    private static void removeIfNobodyWrites(Path file) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock != null) {
                // Deleted while locked: a write that created it an instant ago and locks it after us finds it gone.
                Files.deleteIfExists(file);
            }
        } catch (IOException | RuntimeException e) {
            // Being written by this process (OverlappingFileLockException), gone already, or not ours: left alone.
        }
    }
}
