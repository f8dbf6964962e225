package io.backupconsole.cli;

import io.backupconsole.tracking.JobTracker;
import io.backupconsole.tracking.TrackedJob;
import java.io.PrintStream;
import java.time.Clock;

/**
 * Follows one job to its end without JavaFX: the tracker is polled synchronously (it decides which groups are due,
 * by its cadence, so a cycle with nothing due costs no call) and the job is drawn after each cycle: a progress bar
 * redrawn in place on a terminal, one line per state change otherwise.
 */
final class JobFollower {
    private final CommandContext context;

    JobFollower(CommandContext context) {
        this.context = context;
    }

    /** @return the job as it ended */
    TrackedJob follow(JobTracker tracker, String jobId) throws InterruptedException {
        PrintStream err = context.err();
        Clock clock = context.clock();
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
            if (job.isFinished()) {
                if (context.terminal()) {
                    err.println();
                }
                return job;
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
