package io.backupconsole.storage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * One JSON document on disk, read and written whole through Jackson. Writes are atomic: a temporary file in the
 * same folder is written, forced to disk, then renamed over the old one, so a crash leaves the old or the new
 * document, never half of one. A document that cannot be read is moved aside (never deleted) and reported.
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
        record Missing<T>() implements ReadResult<T> {
        }

        /** The document. */
        record Found<T>(T value) implements ReadResult<T> {
        }

        /** The file could not be understood; it was moved to {@code keptAs} and {@code problem} says why. */
        record Malformed<T>(Path keptAs, String problem) implements ReadResult<T> {
        }
    }

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private final Path path;
    private final Class<T> type;
    private final Clock clock;

    public JsonFile(Path path, Class<T> type, Clock clock) {
        this.path = path;
        this.type = type;
        this.clock = clock;
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
            Files.move(path, aside, StandardCopyOption.REPLACE_EXISTING);
            return new ReadResult.Malformed<>(aside, problem(e));
        }
    }

    /** One line for the user: Jackson's message without its source location, which is on further lines. */
    private static String problem(Exception e) {
        String message = e instanceof JsonProcessingException json ? json.getOriginalMessage() : e.getMessage();
        return Optional.ofNullable(message).flatMap(m -> m.lines().findFirst()).filter(m -> !m.isBlank())
                .orElse(e.getClass().getSimpleName());
    }

    public void write(T value) throws IOException {
        Files.createDirectories(path.getParent());
        Path temp = Files.createTempFile(path.getParent(), path.getFileName().toString(), ".tmp");
        try {
            byte[] bytes = MAPPER.writeValueAsBytes(value);
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                channel.write(java.nio.ByteBuffer.wrap(bytes));
                channel.force(true);
            }
            try {
                Files.move(temp, path, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, path, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
