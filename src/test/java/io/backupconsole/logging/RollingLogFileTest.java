package io.backupconsole.logging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.event.Level;

class RollingLogFileTest {
    @TempDir
    Path folder;

    private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    private final PrintStream fallback = new PrintStream(stderr, true, StandardCharsets.UTF_8);

    @Test
    void theLogRollsBySizeAndKeepsABoundedNumberOfFiles() throws Exception {
        Path file = folder.resolve("logs").resolve("app.log");
        RollingLogFile log = new RollingLogFile(file, 100, 3, fallback);
        for (int i = 0; i < 20; i++) {
            log.append("line %02d %s%n".formatted(i, "x".repeat(30)));
        }
        log.close();

        try (var files = Files.list(file.getParent())) {
            assertEquals(
                    List.of("app.log", "app.log.1", "app.log.2"),
                    files.map(p -> p.getFileName().toString()).sorted().toList(),
                    "three files, the oldest dropped");
        }
        for (Path each : List.of(file, folder.resolve("logs/app.log.1"), folder.resolve("logs/app.log.2"))) {
            assertTrue(Files.size(each) <= 100, each + " is within the bound");
        }
        assertTrue(Files.readString(file).contains("line 19"), "the newest line is in the current file");
        assertTrue(Files.readString(folder.resolve("logs/app.log.2")).contains("line 1"), "older lines move up");
        assertFalse(Files.readString(folder.resolve("logs/app.log.2")).contains("line 00"), "the oldest are gone");
    }

    @Test
    void anExistingLogIsAppendedTo() throws Exception {
        Path file = folder.resolve("app.log");
        Files.writeString(file, "earlier run\n");
        RollingLogFile log = new RollingLogFile(file, 1000, 3, fallback);
        log.append("this run\n");
        log.close();
        assertEquals("earlier run\nthis run\n", Files.readString(file));
    }

    @Test
    void anUnwritableFolderFallsBackToStderrAndSaysSo() throws Exception {
        Path notAFolder = folder.resolve("blocker");
        Files.writeString(notAFolder, "a file where the folder should be");
        RollingLogFile log = new RollingLogFile(notAFolder.resolve("app.log"), 1000, 3, fallback);
        log.append("still seen\n");
        String err = stderr.toString(StandardCharsets.UTF_8);
        assertTrue(err.contains("cannot write the log") && err.contains("still seen"), err);
    }

    @Test
    void theSdkNeverLogsBelowWarnWhateverTheAppsLevel() {
        String before = System.getProperty("backupconsole.log");
        System.setProperty("backupconsole.log", "trace");
        try {
            assertEquals(Level.WARN, AppLog.threshold("software.amazon.awssdk.request"));
            assertEquals(Level.WARN, AppLog.threshold("software.amazon.awssdk.auth.signer.Aws4Signer"));
            assertEquals(Level.TRACE, AppLog.threshold("io.backupconsole.tracking.JobTracker"));
        } finally {
            if (before == null) {
                System.clearProperty("backupconsole.log");
            } else {
                System.setProperty("backupconsole.log", before);
            }
        }
        assertEquals(Level.INFO, AppLog.threshold("io.backupconsole.tracking.JobTracker"));
    }
}
