package io.backupconsole.tracking;

import io.backupconsole.storage.JsonFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Every tracked job, finished or not, in {@code jobs.json} in the data folder. Each change is written through
 * atomically (temporary file, fsync, rename) before the caller goes on, so a crash or a kill loses nothing that
 * was recorded. A malformed journal is kept aside, never dropped, and reported.
 *
 * <p>The window and the headless commands may run at once and share the file: every change re-reads the file
 * under an OS file lock ({@code jobs.json.lock}) and writes it back with the change applied, so neither process
 * drops a job the other recorded; {@link #reload()} picks up the other's changes. Blocking file I/O: background
 * executor only, except {@link #jobs()}, which returns the last snapshot without waiting; thread-safe.
 */
public final class JobJournal {
    /** The journal document: a version for later migrations, and the jobs in the order they were started. */
    public record Document(int version, List<TrackedJob> jobs) {
        public Document {
            jobs = jobs == null ? List.of() : List.copyOf(jobs);
        }
    }

    /** What opening the journal found. */
    public record Opened(List<TrackedJob> jobs, Optional<String> notice) {
    }

    private static final int VERSION = 1;

    private final JsonFile<Document> file;
    private final Path lockPath;
    private final Map<String, TrackedJob> jobs = new LinkedHashMap<>();
    /**
     * The jobs as last read or written, immutable: {@link #jobs()} returns it without taking the lock, so the FX
     * thread never waits behind a write, or behind another process holding the file lock.
     */
    private volatile List<TrackedJob> snapshot = List.of();
    private volatile Consumer<String> notices = message -> { };

    public JobJournal(Path dataFolder, Clock clock) {
        this.file = new JsonFile<>(dataFolder.resolve("jobs.json"), Document.class, clock);
        this.lockPath = dataFolder.resolve("jobs.json.lock");
    }

    /** Reads the journal; a malformed one is moved aside and the journal starts empty, with a notice. */
    public synchronized Opened open() {
        jobs.clear();
        snapshot = List.of();
        try {
            return switch (file.read()) {
                case JsonFile.ReadResult.Missing<Document> missing -> new Opened(List.of(), Optional.empty());
                case JsonFile.ReadResult.Found<Document> found -> {
                    found.value().jobs().forEach(job -> jobs.put(job.id(), job));
                    snapshot = List.copyOf(jobs.values());
                    yield new Opened(snapshot, Optional.empty());
                }
                case JsonFile.ReadResult.Malformed<Document> malformed -> new Opened(List.of(), Optional.of(
                        "The backup job journal could not be read (" + malformed.problem() + "). It was kept as "
                                + malformed.keptAs() + "; jobs recorded in it are not tracked until it is repaired."));
            };
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the job journal " + file.path(), e);
        }
    }

    /**
     * Where to tell the user that the journal went bad while the app ran (another program wrote over it, a disk
     * error): it is kept aside and rewritten from memory at once, and the listener hears of it once, on the thread
     * that found it. The file is gone from its place after that, so later reloads do not report it again.
     */
    public void onNotice(Consumer<String> listener) {
        notices = listener;
    }

    /** Records a new or changed job and writes the journal before returning. */
    public synchronized void record(TrackedJob job) {
        change(() -> jobs.put(job.id(), job));
    }

    /** Forgets one job: a request the service refused outright, which never became a backup. */
    public synchronized void remove(String jobId) {
        change(() -> jobs.remove(jobId));
    }

    /** Forgets finished jobs (the user's "clear finished"); running ones stay. */
    public synchronized void removeFinished() {
        change(() -> jobs.values().removeIf(TrackedJob::isFinished));
    }

    /** Re-reads the file for what another process (the headless command, or the window) recorded. */
    public synchronized void reload() {
        withFileLock(() -> {
            if (!readIntoMemory()) {
                write();
            }
        });
    }

    private void change(Runnable edit) {
        withFileLock(() -> {
            readIntoMemory();
            edit.run();
            write();
        });
    }

    /**
     * The file's jobs replace the memory's (every change of ours is already in the file). False when the file was
     * malformed: it is kept aside, the memory stays, and the caller writes it back.
     */
    private boolean readIntoMemory() {
        try {
            switch (file.read()) {
                case JsonFile.ReadResult.Found<Document> found -> {
                    jobs.clear();
                    found.value().jobs().forEach(job -> jobs.put(job.id(), job));
                    snapshot = List.copyOf(jobs.values());
                }
                case JsonFile.ReadResult.Malformed<Document> malformed -> {
                    notices.accept("The backup job journal had become unreadable (" + malformed.problem()
                            + "). It was kept as " + malformed.keptAs() + " and the " + jobs.size()
                            + " jobs this app knows were written to a new journal.");
                    return false;
                }
                case JsonFile.ReadResult.Missing<Document> missing -> {
                    // Nothing to merge: our jobs are written back with the next change.
                }
            }
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the job journal " + file.path(), e);
        }
    }

    private void withFileLock(Runnable action) {
        try {
            Files.createDirectories(lockPath.getParent());
            try (FileChannel channel = FileChannel.open(lockPath, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock lock = channel.lock()) {
                action.run();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot lock the job journal " + lockPath, e);
        }
    }

    public List<TrackedJob> jobs() {
        return snapshot;
    }

    private void write() {
        try {
            snapshot = List.copyOf(jobs.values());
            file.write(new Document(VERSION, snapshot));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the job journal " + file.path(), e);
        }
    }
}
