package io.backupconsole.cli;

import io.backupconsole.domain.JobProgress;
import io.backupconsole.tracking.TrackedJob;
import java.time.Duration;
import java.time.Instant;

/**
 * The words and bar a followed job is drawn with on the terminal:
 * {@code [##########----------]  52%  CREATING  elapsed 0:41  eta 0:37}. Services that report no percentage
 * (OpsWorks CM, Lightsail) get a marker moving to and fro instead, so the line still shows that something runs.
 * Pure.
 */
final class ProgressLine {
    static final int WIDTH = 20;
    private static final String MARKER = "<=>";

    private ProgressLine() {}

    /** The redrawn line; {@code frame} moves the marker of an indeterminate bar, {@code problem} a poll's trouble. */
    static String bar(TrackedJob job, Instant now, int frame, String problem) {
        JobProgress progress = job.progress();
        StringBuilder line = new StringBuilder("[");
        if (progress.percent() != null) {
            int filled = (int) Math.round(progress.percent() * WIDTH / 100);
            line.append("#".repeat(filled))
                    .append("-".repeat(WIDTH - filled))
                    .append("] ")
                    .append(String.format("%3d%%", Math.round(progress.percent())));
        } else {
            int span = WIDTH - MARKER.length();
            int position = frame % (2 * span);
            position = position <= span ? position : 2 * span - position;
            line.append("-".repeat(position))
                    .append(MARKER)
                    .append("-".repeat(span - position))
                    .append("]     ");
        }
        line.append("  ").append(state(job)).append("  elapsed ").append(clock(elapsed(job, now)));
        Duration eta = eta(progress, job.startedAt(), now);
        if (eta != null) {
            line.append("  eta ").append(clock(eta));
        }
        if (problem != null && !problem.isBlank()) {
            line.append("  (retrying: ").append(problem).append(')');
        }
        return line.toString();
    }

    /** One line per state change, for a log file or a pipe (no carriage returns). */
    static String change(TrackedJob job, Instant now) {
        JobProgress progress = job.progress();
        String percent = progress.percent() == null ? "" : "  " + Math.round(progress.percent()) + "%";
        String message = progress.message().isBlank() ? "" : "  " + progress.message();
        return state(job) + percent + "  elapsed " + clock(elapsed(job, now)) + message;
    }

    /** What decides whether {@link #change} prints a new line: the outcome and the service's state word. */
    static String stateKey(TrackedJob job) {
        return job.progress().outcome() + "/" + job.progress().stateText();
    }

    /** The service's own state word (CREATING, IN_PROGRESS…), else ours (SUBMITTING before the first poll). */
    static String state(TrackedJob job) {
        String text = job.progress().stateText();
        return text.isBlank() ? job.progress().outcome().name() : text;
    }

    /** m:ss, or h:mm:ss from an hour on. */
    static String clock(Duration duration) {
        long seconds = Math.max(0, duration.toSeconds());
        long hours = seconds / 3600;
        long minutes = seconds % 3600 / 60;
        return hours > 0
                ? String.format("%d:%02d:%02d", hours, minutes, seconds % 60)
                : String.format("%d:%02d", minutes, seconds % 60);
    }

    private static Duration elapsed(TrackedJob job, Instant now) {
        return Duration.between(job.startedAt(), now);
    }

    /** The time left as last seen, less what has passed since. */
    private static Duration eta(JobProgress progress, Instant startedAt, Instant now) {
        Duration remaining = progress.remaining(startedAt);
        if (remaining == null || progress.outcome().isFinal()) {
            return null;
        }
        Duration left = remaining.minus(Duration.between(progress.observedAt(), now));
        return left.isNegative() ? Duration.ZERO : left;
    }
}
