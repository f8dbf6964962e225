package io.backupconsole.tracking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.backupconsole.domain.AwsService;
import io.backupconsole.domain.BackupRequest;
import io.backupconsole.domain.JobOutcome;
import io.backupconsole.domain.Resource;
import io.backupconsole.storage.JsonFile;
import io.backupconsole.testsupport.ReadOnlyFolder;
import io.backupconsole.testsupport.SandboxFixture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * When the job journal cannot be saved (disk full, read-only folder) no backup is sent that the app could not
 * track, the last good journal stays on disk and in memory, and the user is told why.
 */
class JournalUnwritableTest {
    @RegisterExtension
    static final SandboxFixture sandbox = new SandboxFixture();

    @TempDir
    Path data;

    private final AtomicBoolean diskFull = new AtomicBoolean();
    private final List<String> told = new CopyOnWriteArrayList<>();

    @Test
    void aFullDiskBlocksTheSubmitBeforeAnythingIsSentAndKeepsTheLastGoodJournal() throws Exception {
        JobJournal journal = journal();
        BackupSubmitter submitter = new BackupSubmitter(journal, Clock.systemUTC());
        Resource fs = sandbox.eligible(AwsService.FSX);
        TrackedJob first = submitter.submit(
                sandbox.adapters().starter(AwsService.FSX), "sandbox", "us-east-1", request(fs, "first"));
        String good = Files.readString(data.resolve("jobs.json"));
        long creates = sandbox.count("fsx:CreateBackup");
        diskFull.set(true);

        JournalUnwritable failure = assertThrows(
                JournalUnwritable.class,
                () -> submitter.submit(
                        sandbox.adapters().starter(AwsService.FSX), "sandbox", "us-east-1", request(fs, "second")));

        assertEquals(creates, sandbox.count("fsx:CreateBackup"), "nothing was sent");
        assertTrue(failure.getMessage().contains("the disk is full"), failure.getMessage());
        assertEquals(List.of(failure.getMessage()), told, "the window's status bar is told");
        assertEquals(good, Files.readString(data.resolve("jobs.json")), "the last good journal is on disk");
        assertEquals(
                List.of(first.id()), journal.jobs().stream().map(TrackedJob::id).toList(), "and in memory");
        assertEquals(List.of("jobs.json", "jobs.json.lock"), names());
    }

    @Test
    void aReadOnlyDataFolderIsStillReadAndTrackedJobsStayVisible() throws Exception {
        JobJournal journal = journal();
        TrackedJob job = new BackupSubmitter(journal, Clock.systemUTC())
                .submit(
                        sandbox.adapters().starter(AwsService.FSX),
                        "sandbox",
                        "us-east-1",
                        request(sandbox.eligible(AwsService.FSX), "kept"));
        Files.delete(data.resolve("jobs.json.lock"));

        try (ReadOnlyFolder readOnly = ReadOnlyFolder.of(data)) {
            journal.reload();
            assertEquals(
                    List.of(job.id()),
                    journal.jobs().stream().map(TrackedJob::id).toList());
            JournalUnwritable failure = assertThrows(JournalUnwritable.class, journal::removeFinished);
            assertTrue(
                    failure.getMessage().contains("cannot be written")
                            || failure.getMessage().contains("read-only"),
                    failure.getMessage());
        }
        assertEquals(JobOutcome.RUNNING, journal.jobs().getFirst().progress().outcome());
    }

    private JobJournal journal() {
        JobJournal journal = new JobJournal(data, Clock.systemUTC(), (channel, bytes) -> {
            if (diskFull.get()) {
                throw new IOException("No space left on device");
            }
            JsonFile.DiskWrites.REAL.write(channel, bytes);
        });
        journal.open();
        journal.addProblemListener(told::add);
        return journal;
    }

    private static BackupRequest request(Resource fs, String name) {
        return new BackupRequest(AwsService.FSX, fs.id(), fs.name(), name, "", List.of(), null, null);
    }

    private List<String> names() throws IOException {
        try (var files = Files.list(data)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
