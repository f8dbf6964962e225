package io.backupconsole.cli;

import io.backupconsole.tracking.JobTracker;
import io.backupconsole.tracking.TrackedJob;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Follows one job to its end without JavaFX: the tracker is polled synchronously (it decides which groups are due,
 * by its cadence, so a cycle with nothing due costs no call) and the job is drawn after each cycle: a progress bar
 * redrawn in place on a terminal, one line per state change otherwise. Following stops when the job ends, when
 * the tracker reports its connection unreachable, or when the timeout passes (in both the job stays tracked for
 * {@code jobs --watch} and the app).
 */
final class JobFollower {
    /**
     * Where following stopped.
     *
     * @param job         the job as last seen: ended, or not when its connection became unreachable or time ran out
     * @param unreachable why its connection cannot be reached, or "" when the job ended
     * @param timedOut    whether following stopped because the timeout passed first
     */
    record Followed(TrackedJob job, String unreachable, boolean timedOut) {}

    private final CommandContext context;

    JobFollower(CommandContext context) {
        this.context = context;
    }

    /**
     * @param timeout how long to follow at most, on the context's clock; null for as long as the job runs
     * @return the job as it ended, or as last seen when its connection became unreachable or the timeout passed
     */
    Followed follow(JobTracker tracker, String jobId, Duration timeout) throws InterruptedException {
        PrintStream err = context.err();
        Clock clock = context.clock();
        Instant until = timeout == null ? Instant.MAX : clock.instant().plus(timeout);
        String lastKey = null;
        int drawn = 0;
        for (int frame = 0; ; frame++) {
            tracker.pollDue();
            TrackedJob job = current(tracker, jobId);
            if (context.terminal()) {
                String line = ProgressLine.bar(job, clock.instant(), frame, tracker.problemOf(job));
                // Pad over the rest of a longer previous line: \r only moves the cursor back.
                err.print("\r" + line + " ".repeat(Math.max(0, drawn - line.length())));
                drawn = line.length();
            } else if (!ProgressLine.stateKey(job).equals(lastKey)) {
                err.println(ProgressLine.change(job, clock.instant()));
                lastKey = ProgressLine.stateKey(job);
            }
            err.flush();
            String unreachable = tracker.unreachableReason(job);
            boolean timedOut = !job.isFinished() && !clock.instant().isBefore(until);
            if (job.isFinished() || !unreachable.isEmpty() || timedOut) {
                if (context.terminal()) {
                    err.println();
                }
                return new Followed(job, unreachable, timedOut && unreachable.isEmpty());
            }
            Thread.sleep(context.tick());
        }
    }

    private static TrackedJob current(JobTracker tracker, String jobId) {
        return tracker.jobs().stream()
                .filter(job -> job.id().equals(jobId))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("Job " + jobId + " left the journal while followed"));
    }
}
