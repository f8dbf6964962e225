package io.backupconsole.storage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
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
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One JSON document on disk, read and written whole through Jackson. Writes are atomic: a temporary file in the
 * same folder is written (under a lock, see {@link TemporaryFiles}), forced to disk, then renamed over the old one,
 * so a crash leaves the old or the new document, never half of one, and perhaps a temporary file that
 * {@link #removeLeftoverTemporaryFiles()} removes at the next start. A write that fails (disk full, read-only
 * folder) leaves the old document as it was, removes its temporary file, and throws an {@link IOException} whose
 * message says why in the user's words ({@link #describe}). Folders are created 0700 and files 0600 on POSIX
 * ({@link PrivateFiles}). A document that cannot be read is moved aside (never deleted) and reported.
 * Blocking I/O: call from the background executor. Not thread-safe; each owner serialises its own writes.
 */
public final class JsonFile<T> {
    /** Jackson set up for the app's files: ISO timestamps, unknown members ignored so older apps read newer files. */
    public static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    /** What reading found. */
    public sealed interface ReadResult<T> {
        /** No file yet. */
        record Missing<T>() implements ReadResult<T> {}

        /** The document. */
        record Found<T>(T value) implements ReadResult<T> {}

        /** The file could not be understood; it was moved to {@code keptAs} and {@code problem} says why. */
        record Malformed<T>(Path keptAs, String problem) implements ReadResult<T> {}
    }

    private static final Logger LOG = LoggerFactory.getLogger(JsonFile.class);

    /**
     * Tries of one write whose temporary file another process's clean-up removed: that takes a clean-up in the
     * instant between the file's creation and its lock, or between its unlock and its rename.
     */
    private static final int ATTEMPTS = 3;

    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    /**
     * The last step before the disk: puts the bytes into the open temporary file and forces them out. The seam
     * where tests make the disk full halfway through a write; everything around it (temporary file, rename,
     * clean-up) is the real thing.
     */
    @FunctionalInterface
    public interface DiskWrites {
        void write(FileChannel channel, ByteBuffer bytes) throws IOException;

        DiskWrites REAL = (channel, bytes) -> {
            while (bytes.hasRemaining()) {
                channel.write(bytes);
            }
            channel.force(true);
        };
    }

    private final Path path;
    private final Class<T> type;
    private final Clock clock;
    private final DiskWrites disk;

    public JsonFile(Path path, Class<T> type, Clock clock) {
        this(path, type, clock, DiskWrites.REAL);
    }

    public JsonFile(Path path, Class<T> type, Clock clock, DiskWrites disk) {
        this.path = path;
        this.type = type;
        this.clock = clock;
        this.disk = disk;
    }

    public Path path() {
        return path;
    }

    public ReadResult<T> read() throws IOException {
        if (!Files.exists(path)) {
            return new ReadResult.Missing<>();
        }
        try {
            T value = MAPPER.readValue(path.toFile(), type);
            if (value == null) {
                throw new IOException("the file is empty or holds only null");
            }
            return new ReadResult.Found<>(value);
        } catch (IOException | RuntimeException e) {
            Path aside = path.resolveSibling(path.getFileName() + ".malformed-" + STAMP.format(clock.instant()));
            LOG.warn("{} could not be read; moving it aside to {}", path, aside, e);
            Files.move(path, aside, StandardCopyOption.REPLACE_EXISTING);
            PrivateFiles.restrict(aside);
            return new ReadResult.Malformed<>(aside, problem(e));
        }
    }

    /** One line for the user: Jackson's message without its source location, which is on further lines. */
    private static String problem(Exception e) {
        String message = e instanceof JsonProcessingException json ? json.getOriginalMessage() : e.getMessage();
        return Optional.ofNullable(message)
                .flatMap(m -> m.lines().findFirst())
                .filter(m -> !m.isBlank())
                .orElse(e.getClass().getSimpleName());
    }

    /**
     * Replaces the document. On failure the old document stays whole, no temporary file is left, and the
     * exception's message names the file and the reason (see {@link #describe}).
     */
    public void write(T value) throws IOException {
        try {
            writeWhole(value);
        } catch (IOException | RuntimeException e) {
            LOG.warn("Could not write {}", path, e);
            throw e;
        }
    }

    private void writeWhole(T value) throws IOException {
        byte[] bytes = MAPPER.writeValueAsBytes(value);
        for (int attempt = 1; !writeThrough(bytes); attempt++) {
            if (attempt == ATTEMPTS) {
                throw new IOException("Could not save " + path + ": its temporary file was removed while it was"
                        + " written, " + ATTEMPTS + " times. The last saved copy is kept.");
            }
        }
    }

    /**
     * One try: a new temporary file, locked while it is filled, forced to disk and renamed over the document. False,
     * with nothing changed, when another process's clean-up took the temporary file for a leftover in the instant
     * before the lock or before the rename ({@link TemporaryFiles}); then the caller tries again with a new one.
     */
    private boolean writeThrough(byte[] bytes) throws IOException {
        Path temp = null;
        try {
            PrivateFiles.createFolders(path.getParent());
            temp = TemporaryFiles.create(path);
            try (FileChannel channel =
                    FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                if (TemporaryFiles.lockForFilling(channel) == TemporaryFiles.Hold.TAKEN || !Files.exists(temp)) {
                    return false;
                }
                disk.write(channel, ByteBuffer.wrap(bytes));
            }
            try {
                Files.move(temp, path, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, path, StandardCopyOption.REPLACE_EXISTING);
            }
            temp = null;
            return true;
        } catch (NoSuchFileException gone) {
            if (temp != null && temp.toString().equals(gone.getFile()) && !Files.exists(temp)) {
                return false; // removed between the lock's release and the rename
            }
            throw explained(gone, temp);
        } catch (IOException e) {
            throw explained(e, temp);
        }
    }

    /** The failure in the user's words, after removing this write's temporary file. */
    private IOException explained(IOException e, Path temp) {
        IOException explained = new IOException("Could not save " + path + ": " + describe(e), e);
        if (temp != null) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException cleanupFailed) {
                explained.addSuppressed(cleanupFailed);
            }
        }
        return explained;
    }

    /**
     * Deletes the temporary files of this document that a killed write left between their creation and their
     * rename, at once: a write in progress, of this process or another sharing the folder (the window and
     * {@code jobs --watch}), holds a lock on its own, so it is left alone ({@link TemporaryFiles}). Never fails.
     */
    public void removeLeftoverTemporaryFiles() {
        TemporaryFiles.removeLeftovers(path);
    }

    /** Why a file operation failed, in words a user can act on. */
    public static String describe(IOException e) {
        String reason = e instanceof FileSystemException fs && fs.getReason() != null
                ? fs.getReason()
                : Optional.ofNullable(e.getMessage()).orElse(e.toString());
        String lower = reason.toLowerCase(Locale.ROOT);
        if (lower.contains("no space left") || lower.contains("disk quota") || lower.contains("not enough space")) {
            return "the disk is full (" + reason + "). Free some space; the last saved copy is kept.";
        }
        if (lower.contains("read-only file system")) {
            return "the disk is read-only (" + reason + "). The last saved copy is kept.";
        }
        if (e instanceof AccessDeniedException
                || lower.contains("permission denied")
                || lower.contains("operation not permitted")) {
            return "the folder cannot be written ("
                    + (e instanceof AccessDeniedException ? "permission denied" : reason)
                    + "). Make it writable; the last saved copy is kept.";
        }
        if (e instanceof FileSystemException fs && fs.getFile() != null && e.getMessage() != null) {
            return e.getMessage() + ". The last saved copy is kept.";
        }
        return reason + ". The last saved copy is kept.";
    }
}
