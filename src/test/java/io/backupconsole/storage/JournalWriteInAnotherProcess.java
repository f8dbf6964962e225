package io.backupconsole.storage;

import io.backupconsole.domain.AwsService;
import io.backupconsole.domain.BackupRequest;
import io.backupconsole.domain.JobOutcome;
import io.backupconsole.domain.JobProgress;
import io.backupconsole.tracking.JobJournal;
import io.backupconsole.tracking.TrackedJob;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * A second process writing the job journal, stopped in the middle of its write: it prints {@code filling} once its
 * temporary file is created and locked, waits for a line on stdin, then finishes the write and prints
 * {@code recorded}. Argument: the data folder.
 */
public final class JournalWriteInAnotherProcess {
    private JournalWriteInAnotherProcess() {}

    public static void main(String[] args) {
        BufferedReader stdin = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        JobJournal journal = new JobJournal(Path.of(args[0]), Clock.systemUTC(), (channel, bytes) -> {
            System.out.println("filling");
            System.out.flush();
            try {
                stdin.readLine();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            JsonFile.DiskWrites.REAL.write(channel, bytes);
        });
        journal.open();
        journal.record(job("from-the-other-process"));
        System.out.println("recorded");
    }

    static TrackedJob job(String id) {
        BackupRequest request =
                new BackupRequest(AwsService.FSX, "fs-1", "fs-1", "", "", List.of(), null, "token-" + id);
        Instant now = Instant.now();
        return new TrackedJob(
                id,
                AwsService.FSX,
                "sandbox",
                "us-east-1",
                "fs-1",
                "fs-1",
                "backup-" + id,
                request,
                now,
                new JobProgress(JobOutcome.RUNNING, "CREATING", null, null, "", now));
    }
}
