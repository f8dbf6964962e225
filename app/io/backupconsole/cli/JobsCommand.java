package io.backupconsole.cli;

import io.backupconsole.domain.JobOutcome;
import io.backupconsole.tracking.BackupSubmitter;
import io.backupconsole.tracking.ConnectionPool;
import io.backupconsole.tracking.JobJournal;
import io.backupconsole.tracking.JobTracker;
import io.backupconsole.tracking.PollCadence;
import io.backupconsole.tracking.TrackedJob;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

/**
 * {@code backup-console jobs [--watch] [--all] [--timeout DURATION]}: the app's job journal as a table, and with
 * {@code --watch} the unfinished jobs resumed (a job still SUBMITTING is sent again with its token or looked for) and
 * followed to their end, one line per change. Each job is reached through the connection journalled with it,
 * whatever this command line says, as the app does after a restart. The watch ends when every job has ended (exit
 * 0), when only jobs the tracker reports unreachable are left, or when {@code --timeout} has passed (exit 1 for both:
 * those jobs have not ended, and stay tracked for the next watch or the app).
 */
public final class JobsCommand {
    /** Jobs of the app's in-process sandbox: that sandbox lives and dies with the process that started it. */
    private static final String BUILT_IN_SANDBOX = "sandbox";
    /** How often a job still SUBMITTING after a resend is sent again. */
    private static final Duration RESEND_INTERVAL = Duration.ofSeconds(30);

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final CommandContext context;

    public JobsCommand(CommandContext context) {
        this.context = context;
    }

    public int run(Options options) throws InterruptedException {
        JobJournal journal = new JobJournal(context.dataFolder(), context.clock());
        journal.onNotice(notice -> context.err().println("warning: " + notice));
        journal.open().notice().ifPresent(notice -> context.err().println("warning: " + notice));
        List<TrackedJob> shown = journal.jobs().stream()
                .filter(job -> options.all() || !job.isFinished())
                .toList();
        if (shown.isEmpty()) {
            context.out()
                    .println(
                            options.all()
                                    ? "No backup jobs are tracked."
                                    : "No unfinished backup jobs (--all shows finished ones too).");
        } else {
            context.out().print(JobTable.render(shown, context.clock().getZone()));
        }
        context.out().flush();
        return options.watch() ? watch(journal, options.timeout()) : 0;
    }

    /** @param timeout how long the whole watch may last, null for as long as jobs are followed */
    private int watch(JobJournal journal, Duration timeout) throws InterruptedException {
        Instant began = context.clock().instant();
        List<TrackedJob> unfinished =
                journal.jobs().stream().filter(job -> !job.isFinished()).toList();
        long inSandbox = unfinished.stream()
                .filter(job -> job.connection().equals(BUILT_IN_SANDBOX))
                .count();
        if (inSandbox > 0) {
            context.err()
                    .println("note: " + inSandbox + " job(s) ran in a built-in sandbox, which lived only in the "
                            + "process that started them; they are not watched.");
        }
        Set<String> watched = unfinished.stream()
                .filter(job -> !job.connection().equals(BUILT_IN_SANDBOX))
                .map(TrackedJob::id)
                .collect(Collectors.toSet());
        if (watched.isEmpty()) {
            return 0;
        }
        try (ConnectionPool pool = new ConnectionPool(
                        context.services(),
                        () -> {
                            throw new IllegalStateException(
                                    "the built-in sandbox of another process cannot be reached");
                        },
                        context.clients()::connect);
                var notice = context.interrupts()
                        .onInterrupt(() -> context.err()
                                .println(
                                        "\ninterrupted: the unfinished jobs stay tracked; `backup-console jobs --watch` or the app resumes "
                                                + "them."))) {
            BackupSubmitter submitter = new BackupSubmitter(journal, context.clock());
            JobTracker tracker =
                    new JobTracker(journal, pool, submitter, context.clock(), new PollCadence(new SplittableRandom()));
            tracker.addListener(changed -> changed.stream()
                    .filter(job -> watched.contains(job.id()))
                    .forEach(job -> printChange(job, tracker.unreachableReason(job))));
            tracker.resume();
            Instant resumed = context.clock().instant();
            for (List<TrackedJob> left = unfinished(tracker, watched);
                    !left.isEmpty();
                    left = unfinished(tracker, watched)) {
                if (left.stream()
                        .noneMatch(job -> tracker.unreachableReason(job).isEmpty())) {
                    return unreachable(tracker, left);
                }
                if (timeout != null && !context.clock().instant().isBefore(began.plus(timeout))) {
                    return timedOut(timeout, left.size());
                }
                Thread.sleep(context.tick());
                tracker.pollDue();
                // pollDue follows running jobs only: a send whose answer was lost again is resent now and then.
                if (stillSubmitting(tracker, watched)
                        && context.clock().instant().isAfter(resumed.plus(RESEND_INTERVAL))) {
                    tracker.resume();
                    resumed = context.clock().instant();
                }
            }
        }
        context.out().println("All " + watched.size() + " watched job(s) ended.");
        return 0;
    }

    private static boolean stillSubmitting(JobTracker tracker, Set<String> watched) {
        return tracker.jobs().stream()
                .anyMatch(job -> watched.contains(job.id()) && job.progress().outcome() == JobOutcome.SUBMITTING);
    }

    private static List<TrackedJob> unfinished(JobTracker tracker, Set<String> watched) {
        return tracker.jobs().stream()
                .filter(job -> watched.contains(job.id()) && !job.isFinished())
                .toList();
    }

    /** One line per job left, with why its connection cannot be reached, then what to do: exit 1. */
    private int unreachable(JobTracker tracker, List<TrackedJob> left) {
        for (TrackedJob job : left) {
            context.err()
                    .println("unreachable: " + job.service().id() + "  " + JobTable.resource(job) + "  (job "
                            + job.id() + ", " + connectionLabel(job) + " " + job.region() + "): "
                            + tracker.unreachableReason(job));
        }
        context.err()
                .println("error: " + left.size() + " job(s) could not be reached for "
                        + JobTracker.UNREACHABLE_AFTER.toMinutes() + " minutes and have not ended; they stay"
                        + " tracked, and `backup-console jobs --watch` or the app tries them again.");
        return 1;
    }

    private int timedOut(Duration timeout, int left) {
        context.err()
                .println("error: --timeout " + duration(timeout)
                        + " passed with "
                        + left + " job(s) not ended; they stay tracked, and `backup-console jobs --watch` or the app"
                        + " follows them.");
        return 1;
    }

    /** The journalled connection without its encoded endpoint overrides ("profile:prod", "endpoint:http://…"). */
    private static String connectionLabel(TrackedJob job) {
        int overrides = job.connection().indexOf('|');
        return overrides < 0 ? job.connection() : job.connection().substring(0, overrides);
    }

    private void printChange(TrackedJob job, String unreachable) {
        String message = !unreachable.isEmpty()
                ? "  Unreachable: " + unreachable
                : job.progress().message().isBlank()
                        ? ""
                        : "  " + job.progress().message();
        context.out()
                .println(TIME.format(
                                context.clock().instant().atZone(context.clock().getZone())) + "  "
                        + job.service().id() + "  " + JobTable.resource(job) + "  " + JobTable.state(job) + "  "
                        + JobTable.progress(job) + message);
        context.out().flush();
    }

    /** A duration as the command line takes it: "90s", "10m", "1h". */
    static String duration(Duration duration) {
        return duration.toString().substring(2).toLowerCase(Locale.ROOT);
    }
}
