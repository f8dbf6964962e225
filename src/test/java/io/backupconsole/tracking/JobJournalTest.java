package io.backupconsole.tracking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.backupconsole.domain.AwsService;
import io.backupconsole.domain.BackupRequest;
import io.backupconsole.domain.JobOutcome;
import io.backupconsole.domain.JobProgress;
import io.backupconsole.domain.rules.Tag;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JobJournalTest {
    @TempDir
    Path data;

    private final Instant now = Instant.parse("2026-11-22T10:00:00Z");

    private TrackedJob fsxJob() {
        return TrackedJob.submitting(
                "sandbox",
                "us-east-1",
                new BackupRequest(
                        AwsService.FSX,
                        "fs-0a1b2c3d4e5f60001",
                        "home dirs",
                        "nightly",
                        "",
                        List.of(new Tag("team", "storage")),
                        null,
                        "3f0c1c9e-6d9a-4a57-9a83-3e6f1d1c2b10"),
                now);
    }

    @Test
    void aRecordedJobSurvivesANewProcess() {
        JobJournal journal = new JobJournal(data, Clock.systemUTC());
        journal.open();
        TrackedJob job = fsxJob();
        journal.record(job);
        TrackedJob running = job.withServiceJobId("backup-0123456789abcdef0")
                .withProgress(new JobProgress(JobOutcome.RUNNING, "CREATING", 40.0, null, "", now.plusSeconds(30)));
        journal.record(running);

        JobJournal.Opened reopened = new JobJournal(data, Clock.systemUTC()).open();
        assertEquals(List.of(running), reopened.jobs());
        assertTrue(reopened.notice().isEmpty());
    }

    @Test
    void theJournalNamesAServiceByItsIdAndStillReadsTheNamesItWroteBefore() throws Exception {
        JobJournal journal = new JobJournal(data, Clock.systemUTC());
        journal.open();
        journal.record(fsxJob());
        Path file = data.resolve("jobs.json");
        assertTrue(Files.readString(file).contains("\"service\" : \"fsx\""), Files.readString(file));

        // A journal written while the service was an enum names it by the constant's name.
        Files.writeString(file, Files.readString(file).replace("\"fsx\"", "\"FSX\""));
        JobJournal.Opened reopened = new JobJournal(data, Clock.systemUTC()).open();

        assertTrue(reopened.notice().isEmpty(), reopened.notice().toString());
        assertEquals(AwsService.FSX, reopened.jobs().getFirst().service());
        assertEquals(AwsService.FSX, reopened.jobs().getFirst().request().service());
        assertEquals("Amazon FSx", reopened.jobs().getFirst().service().displayName());
    }

    @Test
    void clearingFinishedKeepsRunningJobs() {
        JobJournal journal = new JobJournal(data, Clock.systemUTC());
        journal.open();
        TrackedJob running = fsxJob();
        TrackedJob done =
                fsxJob().withProgress(new JobProgress(JobOutcome.SUCCEEDED, "AVAILABLE", 100.0, null, "", now));
        journal.record(running);
        journal.record(done);
        journal.removeFinished();
        assertEquals(
                List.of(running), new JobJournal(data, Clock.systemUTC()).open().jobs());
    }

    @Test
    void aMalformedJournalIsKeptAsideAndReported() throws Exception {
        Files.writeString(data.resolve("jobs.json"), "{\"version\":1,\"jobs\":[{\"id\":");
        JobJournal.Opened opened = new JobJournal(data, Clock.systemUTC()).open();
        assertTrue(opened.jobs().isEmpty());
        assertTrue(
                opened.notice().orElseThrow().contains("kept as"),
                opened.notice().toString());
        try (var files = Files.list(data)) {
            assertTrue(files.anyMatch(p -> p.getFileName().toString().startsWith("jobs.json.malformed-")));
        }
    }

    @Test
    void twoProcessesSharingTheJournalNeverDropEachOthersJobs() {
        JobJournal window = new JobJournal(data, Clock.systemUTC());
        window.open();
        JobJournal command = new JobJournal(data, Clock.systemUTC());
        command.open();
        TrackedJob fromWindow = fsxJob();
        TrackedJob fromCommand = fsxJob();

        window.record(fromWindow);
        command.record(fromCommand);
        window.record(fromWindow.withServiceJobId("backup-0123456789abcdef0"));

        List<TrackedJob> onDisk = new JobJournal(data, Clock.systemUTC()).open().jobs();
        assertEquals(2, onDisk.size(), "the window's write kept the command's job");
        window.reload();
        assertEquals(2, window.jobs().size(), "and the window sees it after a reload");
    }

    /** Rewrites the journal in place (same file, same size) and puts its modification time back: only a parse sees it. */
    private void renameResourceInPlace(String from, String to, FileTime keptTime) throws Exception {
        Path file = data.resolve("jobs.json");
        Files.writeString(file, Files.readString(file).replace(from, to));
        Files.setLastModifiedTime(file, keptTime);
    }

    @Test
    void anUnchangedJournalIsNotParsedAgainOnEveryReload() throws Exception {
        JobJournal journal = new JobJournal(data, Clock.systemUTC());
        journal.open();
        journal.record(fsxJob());
        FileTime aMinuteAgo = FileTime.from(Instant.now().minusSeconds(60));
        Files.setLastModifiedTime(data.resolve("jobs.json"), aMinuteAgo);
        journal.reload();

        renameResourceInPlace("home dirs", "home dogs", aMinuteAgo);
        journal.reload();

        assertEquals(
                "home dirs",
                journal.jobs().getFirst().resourceName(),
                "the file looked the same (same file, size and time), so it was not read again");
    }

    @Test
    void aJournalChangedJustAfterItWasReadIsReadAgainEvenWhenItLooksTheSame() throws Exception {
        JobJournal journal = new JobJournal(data, Clock.systemUTC());
        journal.open();
        journal.record(fsxJob());
        FileTime written = Files.getLastModifiedTime(data.resolve("jobs.json"));
        journal.reload();

        // A second change within the file system's time step: same size, same time. Too recent to trust the stamp.
        renameResourceInPlace("home dirs", "home dogs", written);
        journal.reload();

        assertEquals("home dogs", journal.jobs().getFirst().resourceName());
    }

    @Test
    void anEditedJournalIsReadAgainOnReload() throws Exception {
        JobJournal journal = new JobJournal(data, Clock.systemUTC());
        journal.open();
        journal.record(fsxJob());
        Files.setLastModifiedTime(
                data.resolve("jobs.json"), FileTime.from(Instant.now().minusSeconds(60)));
        journal.reload();

        renameResourceInPlace("home dirs", "home dogs", FileTime.from(Instant.now()));
        journal.reload();

        assertEquals("home dogs", journal.jobs().getFirst().resourceName());
    }

    @Test
    void anotherProcessesChangeIsSeenEvenWhenTheJournalWasSettled() throws Exception {
        JobJournal window = new JobJournal(data, Clock.systemUTC());
        window.open();
        window.record(fsxJob());
        Files.setLastModifiedTime(
                data.resolve("jobs.json"), FileTime.from(Instant.now().minusSeconds(60)));
        window.reload();

        JobJournal command = new JobJournal(data, Clock.systemUTC());
        command.open();
        command.record(fsxJob());
        window.reload();

        assertEquals(2, window.jobs().size(), "the command's write replaced the file (a new one): the window read it");
    }
}
