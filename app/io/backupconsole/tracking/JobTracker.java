package io.backupconsole.tracking;

import io.backupconsole.aws.JobPoller;
import io.backupconsole.aws.ServiceAdapters;
import io.backupconsole.aws.backup.BackupAdapter;
import io.backupconsole.domain.AwsService;
import io.backupconsole.domain.JobOutcome;
import io.backupconsole.domain.JobProgress;
import io.backupconsole.domain.ServiceFailure;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one tracker of every backup the app started, on every service, connection and region. Jobs live in the
 * {@link JobJournal} (written before each change is reported); the tracker polls them in groups, one group per
 * service, connection and region, each with one batch call per poll ({@link JobPoller}), on a cadence per group
 * ({@link PollCadence}). A failing group backs off without holding up the others.
 *
 * <p>Threading: {@link #pollDue()} and {@link #resume()} block on the network and run on the background executor
 * (one at a time: they are synchronized); {@link #started}, {@link #pollNow} and {@link #problemOf} never wait and
 * may be called from any thread, the FX thread included.
 * Listeners are told on the polling thread, once per cycle, with the jobs that changed.
 */
public final class JobTracker {
    /** Polls in a row that did not find a job before it is given up as gone. */
    static final int MISSES_BEFORE_GONE = 3;

    private static final Logger LOG = LoggerFactory.getLogger(JobTracker.class);

    private record Group(String connection, String region, AwsService service) {
        static Group of(TrackedJob job) {
            return new Group(job.connection(), job.region(), job.service());
        }
    }

    /** Written by the polling thread; {@code due} also by any thread that asks for a poll (hence volatile). */
    private static final class GroupState {
        volatile Instant due = Instant.MIN;
        volatile int failures;
        volatile String problem = "";
    }

    private final JobJournal journal;
    private final AdaptersProvider adapters;
    private final BackupSubmitter submitter;
    private final Clock clock;
    private final PollCadence cadence;
    private final Map<Group, GroupState> groups = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, Integer> misses = new HashMap<>();
    private final List<Consumer<List<TrackedJob>>> listeners = new CopyOnWriteArrayList<>();

    public JobTracker(
            JobJournal journal,
            AdaptersProvider adapters,
            BackupSubmitter submitter,
            Clock clock,
            PollCadence cadence) {
        this.journal = journal;
        this.adapters = adapters;
        this.submitter = submitter;
        this.clock = clock;
        this.cadence = cadence;
    }

    /** Told after each poll cycle (and each new job) with the jobs that changed; on the calling thread. */
    public void addListener(Consumer<List<TrackedJob>> listener) {
        listeners.add(listener);
    }

    /** Every job, finished or not, in the order they were started. */
    public List<TrackedJob> jobs() {
        return journal.jobs();
    }

    /** The problem of the last poll of a job's group (throttled, no network…), or empty. */
    public String problemOf(TrackedJob job) {
        GroupState state = groups.get(Group.of(job));
        return state == null ? "" : state.problem;
    }

    /** A job the submitter just started: its group is polled at the next cycle. */
    public void started(TrackedJob job) {
        dueNow(Group.of(job));
        listeners.forEach(listener -> listener.accept(List.of(job)));
    }

    /** The user's refresh: every group is polled at the next cycle, backoffs included. */
    public void pollNow() {
        groups.values().forEach(state -> state.due = Instant.MIN);
    }

    /**
     * One poll cycle: every group that is due gets one batch call. Jobs whose progress changed are journalled, then
     * reported to the listeners together. Blocking: background only.
     *
     * @return the jobs that changed
     */
    public synchronized List<TrackedJob> pollDue() {
        journal.reload();
        Instant now = clock.instant();
        Map<Group, List<TrackedJob>> running = journal.jobs().stream()
                .filter(job -> job.progress().outcome() == JobOutcome.RUNNING && job.serviceJobId() != null)
                .collect(Collectors.groupingBy(Group::of));
        List<TrackedJob> changed = new ArrayList<>();
        for (Map.Entry<Group, List<TrackedJob>> entry : running.entrySet()) {
            GroupState state = groups.computeIfAbsent(entry.getKey(), g -> new GroupState());
            if (!now.isBefore(state.due)) {
                changed.addAll(poll(entry.getKey(), entry.getValue(), state, now));
            }
        }
        groups.keySet().retainAll(running.keySet());
        if (!changed.isEmpty()) {
            listeners.forEach(listener -> listener.accept(List.copyOf(changed)));
        }
        return changed;
    }

    /**
     * After a restart: every job still SUBMITTING (the app stopped between recording it and the service's answer)
     * is sent again with its token (FSx, AWS Backup) or looked for (OpsWorks CM, Lightsail); RUNNING ones are simply
     * polled. Blocking: background only.
     */
    public synchronized List<TrackedJob> resume() {
        List<TrackedJob> changed = new ArrayList<>();
        for (TrackedJob job : journal.jobs()) {
            if (job.progress().outcome() == JobOutcome.SUBMITTING) {
                changed.add(resend(job));
            }
        }
        groups.values().forEach(state -> state.due = Instant.MIN);
        if (!changed.isEmpty()) {
            listeners.forEach(listener -> listener.accept(List.copyOf(changed)));
        }
        return changed;
    }

    /**
     * Asks AWS Backup to stop a running job, through the job's own connection and region (whichever one the window
     * shows), then makes its group due so the ABORTING/ABORTED state is seen at the next cycle. The other services
     * cannot cancel a backup. Blocking (network): background only.
     *
     * @throws IllegalArgumentException when the job is not an AWS Backup job the service knows yet
     * @throws io.backupconsole.domain.ServiceFailure when AWS Backup refused (already ended, a type it cannot stop)
     */
    public void stop(TrackedJob job) {
        if (job.service() != AwsService.BACKUP || job.serviceJobId() == null) {
            throw new IllegalArgumentException("Only a started AWS Backup job can be stopped: " + job.id());
        }
        ServiceAdapters reached = adapters.adaptersFor(job.connection(), job.region());
        ((BackupAdapter) reached.get(AwsService.BACKUP)).stopJob(job.serviceJobId());
        dueNow(Group.of(job));
    }

    /** Forgets finished jobs (the activity window's "Clear finished"). Blocking file write: background only. */
    public void clearFinished() {
        journal.removeFinished();
    }

    private TrackedJob resend(TrackedJob job) {
        try {
            return submitter.retry(
                    adapters.adaptersFor(job.connection(), job.region()).starter(job.service()), job);
        } catch (SubmitUncertain uncertain) {
            return uncertain.job();
        } catch (ServiceFailure | IllegalStateException failure) {
            LOG.warn(
                    "Resending job {} ({} {} of {}) failed: {}",
                    job.id(),
                    job.service().id(),
                    job.region(),
                    job.resourceId(),
                    failure.getMessage());
            TrackedJob failed = job.withProgress(new JobProgress(
                    JobOutcome.FAILED,
                    "NOT_STARTED",
                    null,
                    null,
                    "The app stopped before " + job.service().displayName() + " answered, and resending it failed: "
                            + failure.getMessage(),
                    clock.instant()));
            journal.record(failed);
            return failed;
        }
    }

    private List<TrackedJob> poll(Group group, List<TrackedJob> jobs, GroupState state, Instant now) {
        try {
            ServiceAdapters reached = adapters.adaptersFor(group.connection(), group.region());
            Instant oldest = jobs.stream()
                    .map(TrackedJob::startedAt)
                    .min(Comparator.naturalOrder())
                    .orElse(now);
            Map<String, JobProgress> progress = reached.poller(group.service())
                    .poll(jobs.stream().map(TrackedJob::serviceJobId).toList(), oldest, now);
            state.failures = 0;
            state.problem = "";
            List<TrackedJob> changed = apply(jobs, progress, now);
            Instant youngest = jobs.stream()
                    .map(TrackedJob::startedAt)
                    .max(Comparator.naturalOrder())
                    .orElse(now);
            state.due = now.plus(cadence.interval(youngest, now));
            return changed;
        } catch (RuntimeException failure) {
            // Whatever went wrong with this group (throttled, no network, a profile gone), the others go on.
            state.failures++;
            state.problem = failure.getMessage() == null ? failure.toString() : failure.getMessage();
            // A service failure is already logged with its request id (AwsCallLog); anything else is a bug: trace.
            LOG.warn(
                    "Polling {} job(s) of {} in {} ({}) failed, {} in a row: {}",
                    jobs.size(),
                    group.service().id(),
                    group.region(),
                    group.connection(),
                    state.failures,
                    state.problem,
                    failure instanceof ServiceFailure ? null : failure);
            Duration pause = cadence.backoff(state.failures);
            state.due = now.plus(pause);
            return List.of();
        }
    }

    private List<TrackedJob> apply(List<TrackedJob> jobs, Map<String, JobProgress> progress, Instant now) {
        List<TrackedJob> changed = new ArrayList<>();
        for (TrackedJob job : jobs) {
            JobProgress seen = progress.get(job.serviceJobId());
            if (seen == null) {
                int missed = misses.merge(job.id(), 1, Integer::sum);
                if (missed >= MISSES_BEFORE_GONE) {
                    seen = new JobProgress(
                            JobOutcome.FAILED,
                            "NOT_FOUND",
                            null,
                            null,
                            job.service().displayName()
                                    + " no longer knows this backup (" + job.serviceJobId()
                                    + "): it was deleted, or the"
                                    + " built-in sandbox restarted.",
                            now);
                } else {
                    continue;
                }
            }
            misses.remove(job.id());
            if (!sameProgress(seen, job.progress())) {
                TrackedJob updated = job.withProgress(seen);
                if (seen.outcome() != job.progress().outcome()
                        || !seen.stateText().equals(job.progress().stateText())) {
                    LOG.info(
                            "Job {} ({} {} of {}, {}): {} {} -> {} {} {}",
                            job.id(),
                            job.service().id(),
                            job.region(),
                            job.resourceId(),
                            job.serviceJobId(),
                            job.progress().outcome(),
                            job.progress().stateText(),
                            seen.outcome(),
                            seen.stateText(),
                            seen.message());
                }
                changed.add(updated);
            }
        }
        // One write for the whole group: with 500 jobs the first poll after a start changes them all.
        journal.recordAll(changed);
        return changed;
    }

    private static boolean sameProgress(JobProgress a, JobProgress b) {
        return a.outcome() == b.outcome()
                && a.stateText().equals(b.stateText())
                && Objects.equals(a.percent(), b.percent())
                && a.message().equals(b.message())
                && Objects.equals(a.expectedEnd(), b.expectedEnd());
    }

    private void dueNow(Group group) {
        groups.computeIfAbsent(group, g -> new GroupState()).due = Instant.MIN;
    }
}
