package io.backupconsole.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonFileTest {
    record Sample(String name, Instant when, List<String> tags) {}

    @TempDir
    Path dir;

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-22T10:15:30Z"), ZoneOffset.UTC);

    @Test
    void writesAndReadsBackTheSameDocument() throws Exception {
        JsonFile<Sample> file = new JsonFile<>(dir.resolve("sub/sample.json"), Sample.class, clock);
        Sample sample = new Sample("nightly", Instant.parse("2026-11-21T03:00:00.123Z"), List.of("a", "b"));
        file.write(sample);
        assertEquals(
                sample,
                assertInstanceOf(JsonFile.ReadResult.Found.class, file.read()).value());
        assertTrue(Files.readString(file.path()).contains("2026-11-21T03:00:00.123Z"), "timestamps are ISO text");
    }

    @Test
    void missingFileIsReportedAsMissing() throws Exception {
        assertInstanceOf(
                JsonFile.ReadResult.Missing.class,
                new JsonFile<>(dir.resolve("none.json"), Sample.class, clock).read());
    }

    @Test
    void malformedFileIsKeptAsideNotDeleted() throws Exception {
        Path path = dir.resolve("settings.json");
        Files.writeString(path, "{\"name\": \"broken\", ");
        JsonFile.ReadResult<Sample> result = new JsonFile<>(path, Sample.class, clock).read();
        JsonFile.ReadResult.Malformed<Sample> malformed = assertInstanceOf(JsonFile.ReadResult.Malformed.class, result);
        assertFalse(Files.exists(path));
        assertEquals(
                "settings.json.malformed-20261122-101530",
                malformed.keptAs().getFileName().toString());
        assertEquals("{\"name\": \"broken\", ", Files.readString(malformed.keptAs()));
        assertFalse(malformed.problem().isBlank());
    }

    @Test
    void emptyFileIsMalformed() throws Exception {
        Path path = dir.resolve("empty.json");
        Files.writeString(path, "");
        assertInstanceOf(JsonFile.ReadResult.Malformed.class, new JsonFile<>(path, Sample.class, clock).read());
    }

    @Test
    void overwritingLeavesNoTemporaryFilesBehind() throws Exception {
        JsonFile<Sample> file = new JsonFile<>(dir.resolve("s.json"), Sample.class, clock);
        for (int i = 0; i < 5; i++) {
            file.write(new Sample("n" + i, Instant.EPOCH, List.of()));
        }
        try (var files = Files.list(dir)) {
            assertEquals(
                    List.of("s.json"),
                    files.map(p -> p.getFileName().toString()).toList());
        }
        JsonFile.ReadResult.Found<?> found = assertInstanceOf(JsonFile.ReadResult.Found.class, file.read());
        assertEquals("n4", ((Sample) found.value()).name());
    }
}
