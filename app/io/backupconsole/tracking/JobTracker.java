package io.backupconsole.tracking;

import io.backupconsole.aws.JobPoller;
import io.backupconsole.aws.ServiceAdapters;
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
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
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
 * <p>A group whose connection cannot be reached for {@link #UNREACHABLE_AFTER} (connection refused, DNS, its profile
 * gone from the AWS files, its credentials refused) has its jobs reported unreachable ({@link #unreachableReason}),
 * with the reason. They stay journalled and unfinished, and the group is still tried on its backoff: once its
 * connection answers again its jobs leave the unreachable state by themselves. See {@link GroupState} for where the
 * time is kept and why.
 *
 * <p>Threading: {@link #pollDue()} and {@link #resume()} block on the network and run on the background executor
 * (one at a time: they are synchronized); {@link #started}, {@link #pollNow}, {@link #problemOf} and
 * {@link #unreachableReason} never wait and may be called from any thread, the FX thread included.
 * Listeners are told on the polling thread, once per cycle, with the jobs that changed or became (un)reachable.
 */
public final class JobTracker {
    /** Polls in a row that did not find a job before it is given up as gone. */
    static final int MISSES_BEFORE_GONE = 3;

    /** How long a group's connection may go unreached before its jobs are reported unreachable. */
    public static final Duration UNREACHABLE_AFTER = GroupState.UNREACHABLE_AFTER;

    private static final Logger LOG = LoggerFactory.getLogger(JobTracker.class);

    private record Group(String connection, String region, AwsService service) {
        static Group of(TrackedJob job) {
            return new Group(job.connection(), job.region(), job.service());
        }
    }

    private final JobJournal journal;
    private final AdaptersProvider adapters;
    private final BackupSubmitter submitter;
    private final Clock clock;
    private final PollCadence cadence;
    private final Map<Group, GroupState> groups = new ConcurrentHashMap<>();
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

    /**
     * Told after each poll cycle (and each new job) with the jobs that changed, and those of a group that became
     * unreachable or was reached again (unchanged in the journal: ask {@link #unreachableReason}); on the calling
     * thread.
     */
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

    /**
     * Why an unfinished job's connection cannot be reached, once it has not been reached for
     * {@link #UNREACHABLE_AFTER}; empty while it can be (or has not failed for that long), and for finished jobs.
     */
    public String unreachableReason(TrackedJob job) {
        GroupState state = groups.get(Group.of(job));
        return state == null || job.isFinished() ? "" : state.unreachable();
    }

    /** The ids of the unfinished jobs whose connection is reported unreachable now (see {@link #unreachableReason}). */
    public Set<String> unreachableJobIds() {
        return journal.jobs().stream()
                .filter(job -> !unreachableReason(job).isEmpty())
                .map(TrackedJob::id)
                .collect(Collectors.toUnmodifiableSet());
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
     * reported to the listeners together, with the jobs whose connection became unreachable or was reached again.
     * Blocking: background only.
     *
     * @return the jobs that changed (and were journalled)
     */
    public synchronized List<TrackedJob> pollDue() {
        journal.reload();
        Instant now = clock.instant();
        Map<Group, List<TrackedJob>> unfinished =
                journal.jobs().stream().filter(job -> !job.isFinished()).collect(Collectors.groupingBy(Group::of));
        List<TrackedJob> changed = new ArrayList<>();
        for (Map.Entry<Group, List<TrackedJob>> entry : unfinished.entrySet()) {
            GroupState state = groups.computeIfAbsent(entry.getKey(), g -> new GroupState());
            List<TrackedJob> running = entry.getValue().stream()
                    .filter(job -> job.progress().outcome() == JobOutcome.RUNNING && job.serviceJobId() != null)
                    .toList();
            if (!running.isEmpty() && !now.isBefore(state.due)) {
                changed.addAll(poll(entry.getKey(), running, state, now));
            }
        }
        // Groups of jobs still SUBMITTING are kept too: their resends' failures count towards the verdict.
        groups.keySet().retainAll(unfinished.keySet());
        List<TrackedJob> news = new ArrayList<>(changed);
        for (Map.Entry<Group, List<TrackedJob>> entry : unfinished.entrySet()) {
            if (groups.get(entry.getKey()).judge(now)) {
                reportVerdict(entry.getKey(), entry.getValue(), changed, news);
            }
        }
        if (!news.isEmpty()) {
            listeners.forEach(listener -> listener.accept(List.copyOf(news)));
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
     * Asks the job's service to stop it (only services whose module can cancel, such as AWS Backup), through the
     * job's own connection and region (whichever one the window shows), then makes its group due so the stopping
     * and stopped states are seen at the next cycle. Blocking (network): background only.
     *
     * @throws IllegalArgumentException when the service knows no job yet, or cannot stop one
     * @throws io.backupconsole.domain.ServiceFailure when the service refused (already ended, a type it cannot stop)
     */
    public void stop(TrackedJob job) {
        if (job.serviceJobId() == null) {
            throw new IllegalArgumentException("Only a started job can be stopped: " + job.id());
        }
        adapters.adaptersFor(job.connection(), job.region()).cancel(job.service(), job.serviceJobId());
        dueNow(Group.of(job));
    }

    /** Forgets finished jobs (the activity window's "Clear finished"). Blocking file write: background only. */
    public void clearFinished() {
        journal.removeFinished();
    }

    private TrackedJob resend(TrackedJob job) {
        GroupState state = groups.computeIfAbsent(Group.of(job), g -> new GroupState());
        try {
            TrackedJob sent = submitter.retry(
                    adapters.adaptersFor(job.connection(), job.region()).starter(job.service()), job);
            state.reached();
            return sent;
        } catch (SubmitUncertain uncertain) {
            state.failed(uncertain.failure(), clock.instant());
            return uncertain.job();
        } catch (ServiceFailure | IllegalStateException failure) {
            if (!GroupState.reachedTheService(failure)) {
                // Nothing was decided: the service was not reached. The job stays to send again once it is (the
                // submitter forgets a job its send was refused for, credentials included: it is kept here).
                state.failed(failure, clock.instant());
                if (journal.jobs().stream().noneMatch(kept -> kept.id().equals(job.id()))) {
                    journal.record(job);
                }
                return job;
            }
            state.reached();
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
            state.reached();
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
            state.failed(failure, now);
            // A service failure is already logged with its request id (AwsCallLog), and a connection that cannot be
            // made says why in its message; anything else is a bug: trace.
            LOG.warn(
                    "Polling {} job(s) of {} in {} ({}) failed, {} in a row: {}",
                    jobs.size(),
                    group.service().id(),
                    group.region(),
                    group.connection(),
                    state.failures,
                    state.problem,
                    failure instanceof ServiceFailure || !GroupState.reachedTheService(failure) ? null : failure);
            state.due = state.nextTry(now, cadence.backoff(state.failures));
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

    /** The group's jobs for the listeners, as just journalled where they changed in this very cycle. */
    private void reportVerdict(Group group, List<TrackedJob> jobs, List<TrackedJob> changed, List<TrackedJob> news) {
        String verdict = groups.get(group).unreachable();
        LOG.info(
                "{} job(s) of {} in {} ({}): {}",
                jobs.size(),
                group.service().id(),
                group.region(),
                group.connection(),
                verdict.isEmpty()
                        ? "reached again"
                        : "unreachable for " + UNREACHABLE_AFTER.toMinutes() + " min: " + verdict);
        for (TrackedJob job : jobs) {
            if (changed.stream().noneMatch(seen -> seen.id().equals(job.id()))) {
                news.add(job);
            }
        }
    }

    private void dueNow(Group group) {
        groups.computeIfAbsent(group, g -> new GroupState()).due = Instant.MIN;
    }
}
