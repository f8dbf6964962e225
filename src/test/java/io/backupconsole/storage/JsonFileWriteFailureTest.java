package io.backupconsole.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.backupconsole.testsupport.ReadOnlyFolder;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A write that fails (the disk fills up halfway, the folder is read-only) leaves the last good file as it was,
 * leaves no temporary file behind, and says why in words a user can act on.
 */
class JsonFileWriteFailureTest {
    record Doc(String name, List<Integer> values) {}

    @TempDir
    Path dir;

    @Test
    void aDiskThatFillsUpHalfwayThroughAWriteLeavesTheLastGoodFileAndNoTemporaryFile() throws Exception {
        Path path = dir.resolve("doc.json");
        new JsonFile<>(path, Doc.class, Clock.systemUTC()).write(new Doc("good", List.of(1, 2, 3)));
        String good = Files.readString(path);
        JsonFile<Doc> full = new JsonFile<>(path, Doc.class, Clock.systemUTC(), (channel, bytes) -> {
            channel.write(ByteBuffer.wrap(bytes.array(), 0, bytes.remaining() / 2));
            throw new IOException("No space left on device");
        });

        IOException failure = assertThrows(IOException.class, () -> full.write(new Doc("new", List.of(4, 5, 6))));

        assertTrue(failure.getMessage().contains("the disk is full"), failure.getMessage());
        assertTrue(failure.getMessage().contains(path.toString()), "names the file: " + failure.getMessage());
        assertEquals(good, Files.readString(path), "the last good file is untouched");
        assertEquals(List.of("doc.json"), names(dir), "no temporary file is left");
    }

    @Test
    void aReadOnlyFolderLeavesTheLastGoodFileAndSaysTheFolderCannotBeWritten() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("data"));
        Path path = folder.resolve("doc.json");
        JsonFile<Doc> file = new JsonFile<>(path, Doc.class, Clock.systemUTC());
        file.write(new Doc("good", List.of(1)));
        String good = Files.readString(path);

        IOException failure;
        try (ReadOnlyFolder readOnly = ReadOnlyFolder.of(folder)) {
            failure = assertThrows(IOException.class, () -> file.write(new Doc("new", List.of(2))));
        }

        assertTrue(
                failure.getMessage().contains("cannot be written")
                        || failure.getMessage().contains("read-only"),
                failure.getMessage());
        assertTrue(failure.getMessage().contains("the last saved copy is kept"), failure.getMessage());
        assertEquals(good, Files.readString(path));
        assertEquals(List.of("doc.json"), names(folder));
    }

    @Test
    void aFolderThatIsAFileIsReportedNotThrownRaw() throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("data"), "a file where the folder should be");
        JsonFile<Doc> file = new JsonFile<>(notAFolder.resolve("doc.json"), Doc.class, Clock.systemUTC());

        IOException failure = assertThrows(IOException.class, () -> file.write(new Doc("x", List.of())));

        assertTrue(
                failure.getMessage().startsWith("Could not save " + notAFolder.resolve("doc.json")),
                failure.getMessage());
        assertEquals("a file where the folder should be", Files.readString(notAFolder));
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
