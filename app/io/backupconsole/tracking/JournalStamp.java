package io.backupconsole.tracking;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Tells whether the journal file is still the one last read or written, from its identity (inode), size and
 * modification time, so the tracker's reload every second does not parse an unchanged journal again: with 500 jobs
 * (450 KB of JSON) that parse made 80 % of the app's garbage, which the serial collector promoted and kept as heap
 * (docs/benchmarks.md, "Memory"). Every writer replaces the file by a rename (a new inode), and an editor
 * changes its time or size.
 *
 * <p>A file modified within {@link #RACY} of when it was looked at is not trusted (as git does with its index):
 * some file systems keep modification times in coarse steps, so a second change in the same step, of the same size,
 * could go unseen. Such a file is read again next time, and then trusted. Not thread-safe: the journal's lock guards
 * it.
 */
final class JournalStamp {
    /** Coarser than any file system's time step the app runs on (FAT: 2 s). */
    static final Duration RACY = Duration.ofSeconds(3);

    /** What the file looked like at a moment. */
    record Seen(Object fileKey, FileTime modified, long size, Instant lookedAt) {
        boolean sameFileAs(Seen other) {
            return other != null
                    && Objects.equals(fileKey, other.fileKey)
                    && modified.equals(other.modified)
                    && size == other.size;
        }

        boolean settled() {
            return modified.toInstant().isBefore(lookedAt.minus(RACY));
        }
    }

    private final Path path;
    private Seen remembered;

    JournalStamp(Path path) {
        this.path = path;
    }

    /** The file as it is now, or null when it is missing or cannot be looked at (then it is always read). */
    Seen look() {
        try {
            BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
            // The system clock, not the app's: it is compared with the file system's own times.
            return new Seen(attributes.fileKey(), attributes.lastModifiedTime(), attributes.size(), Instant.now());
        } catch (IOException | RuntimeException missingOrUnreadable) {
            return null;
        }
    }

    /** The file's content as it was when {@code seen} was taken is now in memory. */
    void remember(Seen seen) {
        remembered = seen;
    }

    /** Memory may no longer match the file (a write is under way, or failed). */
    void forget() {
        remembered = null;
    }

    /**
     * True only when the file is certainly the one remembered, so reading it again would change nothing. A racy
     * stamp answers false: the caller reads the file and remembers a newer look, which settles once the file is old.
     */
    boolean unchangedSinceLastSeen() {
        return remembered != null && remembered.settled() && remembered.sameFileAs(look());
    }
}
