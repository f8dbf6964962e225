package io.backupconsole.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.backupconsole.settings.Settings;
import io.backupconsole.settings.SettingsStore;
import io.backupconsole.tracking.JobJournal;
import io.backupconsole.tracking.TrackedJob;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A write killed between its temporary file's creation and its rename leaves the file behind; the app removes it at
 * its next start (when it opens the journal and the settings), at once, however young it is. A write in progress in
 * this process or another, sharing the folder, is never broken by that clean-up.
 */
class LeftoverTemporaryFilesTest {
    @TempDir
    Path data;

    @Test
    void aKilledWritesTemporaryFilesAreRemovedWhenTheJournalAndTheSettingsOpen() throws Exception {
        JobJournal journal = new JobJournal(data, Clock.systemUTC());
        journal.open();
        journal.record(JournalWriteInAnotherProcess.job("kept"));
        new SettingsStore(data, Clock.systemUTC()).save(Settings.defaults());
        // What a SIGKILL between the temporary file's creation and its rename leaves: half a document, just now.
        Files.writeString(data.resolve("jobs.json5126934021787.tmp"), "{ \"version\": 1, \"jo");
        Files.writeString(data.resolve("settings.json93810.tmp"), "");
        Files.writeString(data.resolve("other.json789.tmp"), "not the journal's");
        Files.writeString(data.resolve("jobs.json.malformed-20261201-101500"), "kept aside, never removed");

        List<TrackedJob> jobs = new JobJournal(data, Clock.systemUTC()).open().jobs();
        new SettingsStore(data, Clock.systemUTC()).load();

        assertEquals(List.of("kept"), jobs.stream().map(TrackedJob::id).toList());
        assertEquals(
                List.of(
                        "jobs.json",
                        "jobs.json.lock",
                        "jobs.json.malformed-20261201-101500",
                        "other.json789.tmp",
                        "settings.json"),
                names());
    }

    @Test
    void aWriteInProgressInThisProcessIsLeftAloneAndCompletes() throws Exception {
        CountDownLatch filling = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        JobJournal writer = new JobJournal(data, Clock.systemUTC(), (channel, bytes) -> {
            filling.countDown();
            try {
                finish.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            JsonFile.DiskWrites.REAL.write(channel, bytes);
        });
        writer.open();
        CompletableFuture<Void> recording =
                CompletableFuture.runAsync(() -> writer.record(JournalWriteInAnotherProcess.job("in-progress")));
        assertTrue(filling.await(30, TimeUnit.SECONDS));

        new JobJournal(data, Clock.systemUTC()).open();

        assertEquals(1, temporaryFiles().size(), "the write's temporary file is still there");
        finish.countDown();
        recording.get(30, TimeUnit.SECONDS);
        assertEquals(
                List.of("in-progress"),
                new JobJournal(data, Clock.systemUTC())
                        .open().jobs().stream().map(TrackedJob::id).toList());
        assertEquals(List.of(), temporaryFiles());
    }

    @Test
    void aWriteInProgressInAnotherProcessIsLeftAloneAndCompletes() throws Exception {
        Process other = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        JournalWriteInAnotherProcess.class.getName(),
                        data.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        try (BufferedReader out =
                        new BufferedReader(new InputStreamReader(other.getInputStream(), StandardCharsets.UTF_8));
                Writer in = new OutputStreamWriter(other.getOutputStream(), StandardCharsets.UTF_8)) {
            assertEquals("filling", out.readLine());

            new JobJournal(data, Clock.systemUTC()).open(); // this app starting while the other process writes

            assertEquals(1, temporaryFiles().size(), "the other process's temporary file is still there");
            in.write("go\n");
            in.flush();
            assertEquals("recorded", out.readLine());
            assertTrue(other.waitFor(60, TimeUnit.SECONDS));
            assertEquals(0, other.exitValue());
        } finally {
            other.destroyForcibly();
        }
        assertEquals(
                List.of("from-the-other-process"),
                new JobJournal(data, Clock.systemUTC())
                        .open().jobs().stream().map(TrackedJob::id).toList());
        assertEquals(List.of(), temporaryFiles());
    }

    @Test
    void aWriteWhoseTemporaryFileVanishedBeforeItsRenameWritesAgain() throws Exception {
        // The instant between the lock's release and the rename, when another process's clean-up may take the file.
        AtomicInteger fills = new AtomicInteger();
        JsonFile<Settings> file =
                new JsonFile<>(data.resolve("settings.json"), Settings.class, Clock.systemUTC(), (channel, bytes) -> {
                    JsonFile.DiskWrites.REAL.write(channel, bytes);
                    if (fills.incrementAndGet() == 1) {
                        for (String name : temporaryFiles()) {
                            Files.delete(data.resolve(name));
                        }
                    }
                });

        file.write(Settings.defaults());

        assertEquals(2, fills.get(), "written again with a new temporary file");
        assertEquals(
                Settings.defaults(),
                new SettingsStore(data, Clock.systemUTC()).load().settings());
        assertEquals(List.of("settings.json"), names());
    }

    private List<String> temporaryFiles() throws IOException {
        return names().stream().filter(name -> name.endsWith(".tmp")).toList();
    }

    private List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(data)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
