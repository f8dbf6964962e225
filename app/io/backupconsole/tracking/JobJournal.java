package io.backupconsole.tracking;

import io.backupconsole.storage.JsonFile;
import io.backupconsole.storage.PrivateFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
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
 *
 * <p>A change that cannot be saved (disk full, read-only folder) throws {@link JournalUnwritable} and is not kept:
 * the file and {@link #jobs()} stay the last good journal, and the problem listener is told (the window's status
 * bar). A folder that cannot be written is still read, without the lock.
 */
public final class JobJournal {
    /** The journal document: a version for later migrations, and the jobs in the order they were started. */
    public record Document(int version, List<TrackedJob> jobs) {
        public Document {
            jobs = jobs == null ? List.of() : List.copyOf(jobs);
        }
    }

    /** What opening the journal found. */
    public record Opened(List<TrackedJob> jobs, Optional<String> notice) {}

    private static final int VERSION = 1;

    private final JournalStamp stamp;

    private final JsonFile<Document> file;
    private final Path lockPath;
    private final Map<String, TrackedJob> jobs = new LinkedHashMap<>();
    /**
     * The jobs as last read or written, immutable: {@link #jobs()} returns it without taking the lock, so the FX
     * thread never waits behind a write, or behind another process holding the file lock.
     */
    private volatile List<TrackedJob> snapshot = List.of();

    private final List<Consumer<String>> problemListeners = new CopyOnWriteArrayList<>();
    private volatile Consumer<String> notices = message -> {};

    public JobJournal(Path dataFolder, Clock clock) {
        this(dataFolder, clock, JsonFile.DiskWrites.REAL);
    }

    /** @param disk the last step of every write (tests make the disk full there) */
    public JobJournal(Path dataFolder, Clock clock, JsonFile.DiskWrites disk) {
        this.file = new JsonFile<>(dataFolder.resolve("jobs.json"), Document.class, clock, disk);
        this.lockPath = dataFolder.resolve("jobs.json.lock");
        this.stamp = new JournalStamp(dataFolder.resolve("jobs.json"));
    }

    /** Told, on the writing thread, with a message for the user whenever a change could not be saved. */
    public void addProblemListener(Consumer<String> listener) {
        problemListeners.add(listener);
    }

    /** Reads the journal; a malformed one is moved aside and the journal starts empty, with a notice. */
    public synchronized Opened open() {
        file.removeLeftoverTemporaryFiles();
        jobs.clear();
        snapshot = List.of();
        stamp.forget();
        try {
            return switch (file.read()) {
                case JsonFile.ReadResult.Missing<Document> missing -> new Opened(List.of(), Optional.empty());
                case JsonFile.ReadResult.Found<Document> found -> {
                    found.value().jobs().forEach(job -> jobs.put(job.id(), job));
                    snapshot = List.copyOf(jobs.values());
                    yield new Opened(snapshot, Optional.empty());
                }
                case JsonFile.ReadResult.Malformed<Document> malformed ->
                    new Opened(
                            List.of(),
                            Optional.of("The backup job journal could not be read (" + malformed.problem()
                                    + "). It was kept as " + malformed.keptAs()
                                    + "; jobs recorded in it are not tracked until it is repaired."));
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

    /**
     * Records several new or changed jobs with one read and one write of the file (a poll that sees hundreds of jobs
     * change would otherwise read and write the whole journal once per job), before returning.
     */
    public synchronized void recordAll(Collection<TrackedJob> changed) {
        if (!changed.isEmpty()) {
            change(() -> changed.forEach(job -> jobs.put(job.id(), job)));
        }
    }

    /** Forgets one job: a request the service refused outright, which never became a backup. */
    public synchronized void remove(String jobId) {
        change(() -> jobs.remove(jobId));
    }

    /** Forgets finished jobs (the user's "clear finished"); running ones stay. */
    public synchronized void removeFinished() {
        change(() -> jobs.values().removeIf(TrackedJob::isFinished));
    }

    /**
     * Re-reads the file for what another process (the headless command, or the window) recorded. Called every second
     * by the tracker: when the file is the one last read or written ({@link JournalStamp}) it is not parsed again.
     */
    public synchronized void reload() {
        try {
            withFileLock(() -> {
                if (!readIntoMemory()) {
                    write();
                }
            });
        } catch (JournalUnwritable lockUnavailable) {
            // A read-only folder (no lock file can be made there): nobody can change the file, so read it as it is.
            readIntoMemory();
        }
    }

    private void change(Runnable edit) {
        try {
            withFileLock(() -> {
                readIntoMemory();
                edit.run();
                write();
            });
        } catch (JournalUnwritable failure) {
            // Memory goes back to the last good journal: nothing is shown that the file does not hold.
            jobs.clear();
            snapshot.forEach(job -> jobs.put(job.id(), job));
            problemListeners.forEach(listener -> listener.accept(failure.getMessage()));
            throw failure;
        }
    }

    /**
     * The file's jobs replace the memory's (every change of ours is already in the file). False when the file was
     * malformed: it is kept aside, the memory stays, and the caller writes it back.
     */
    private boolean readIntoMemory() {
        if (stamp.unchangedSinceLastSeen()) {
            return true;
        }
        try {
            JournalStamp.Seen before = stamp.look();
            switch (file.read()) {
                case JsonFile.ReadResult.Found<Document> found -> {
                    jobs.clear();
                    found.value().jobs().forEach(job -> jobs.put(job.id(), job));
                    snapshot = List.copyOf(jobs.values());
                    stamp.remember(before);
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
            PrivateFiles.createFolders(lockPath.getParent());
            try (FileChannel channel =
                            PrivateFiles.open(lockPath, Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE));
                    FileLock lock = channel.lock()) {
                action.run();
            }
        } catch (IOException e) {
            throw new JournalUnwritable(
                    "The backup job journal cannot be changed: " + lockPath + ": " + JsonFile.describe(e), e);
        }
    }

    public List<TrackedJob> jobs() {
        return snapshot;
    }

    private void write() {
        List<TrackedJob> written = List.copyOf(jobs.values());
        stamp.forget();
        try {
            file.write(new Document(VERSION, written));
        } catch (IOException e) {
            throw new JournalUnwritable("The backup job journal was not saved. " + e.getMessage(), e);
        }
        snapshot = written;
        stamp.remember(stamp.look()); // under the file lock: what is there now is what we just wrote
    }
}
