package io.backupconsole.ui.activity;

import io.backupconsole.domain.JobOutcome;
import io.backupconsole.domain.JobProgress;
import io.backupconsole.tracking.TrackedJob;
import io.backupconsole.ui.common.StateTone;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * One job in the activity table. The row object stays the same for the job's whole life and only its
 * {@link Values} are replaced, so the table keeps the selection and the sorted list re-sorts on each change (the
 * view model's list observes {@link #valuesProperty()}). FX thread only.
 */
public final class ActivityRow {
    /** Progress value of a bar that cannot tell how far the job is (ProgressBar's indeterminate value). */
    public static final double INDETERMINATE = -1;

    /**
     * What the row shows, computed once per change (and per tick for running jobs: the ETA counts down).
     *
     * @param progress   0..1, or {@link #INDETERMINATE}
     * @param barVisible false for jobs that ended without a backup (the bar would say nothing)
     * @param percent    "42 %", "" when the service reports no percentage
     * @param eta        "about 3 min", "" once finished, "—" when unknown (or unreachable)
     * @param message    the service's reason, the problem polling the job's group (throttled, no network), or
     *                   "Unreachable: reason" once its connection has not been reached for minutes
     * @param unreachable true for an unfinished job whose connection cannot be reached: not counted as running
     */
    public record Values(
            TrackedJob job,
            String service,
            String resource,
            Instant started,
            String state,
            StateTone tone,
            double progress,
            boolean barVisible,
            String percent,
            String eta,
            String message,
            boolean unreachable) {

        /** @param unreachable why the job's connection cannot be reached (the tracker's verdict), or "" */
        static Values of(TrackedJob job, String problem, String unreachable, Instant now) {
            JobProgress progress = job.progress();
            JobOutcome outcome = progress.outcome();
            boolean ended = outcome.isFinal();
            if (!ended && unreachable != null && !unreachable.isBlank()) {
                return unreachable(job, unreachable);
            }
            double value = ended ? 1 : progress.percent() == null ? INDETERMINATE : progress.percent() / 100;
            String percent = progress.percent() == null || ended && outcome != JobOutcome.SUCCEEDED
                    ? ""
                    : String.format(Locale.ROOT, "%.0f %%", ended ? 100 : progress.percent());
            String message =
                    !ended && problem != null && !problem.isBlank() ? "Not updated: " + problem : progress.message();
            return new Values(
                    job,
                    job.service().displayName(),
                    job.resourceName(),
                    job.startedAt(),
                    stateLabel(outcome),
                    ActivityRow.tone(outcome),
                    value,
                    !ended || outcome == JobOutcome.SUCCEEDED || outcome == JobOutcome.COMPLETED_WITH_ISSUES,
                    percent,
                    ended ? "" : ActivityRow.eta(remaining(progress, job.startedAt(), now)),
                    message,
                    false);
        }

        /** Not running as far as anyone can tell: no moving bar, no countdown, the last percentage seen kept. */
        private static Values unreachable(TrackedJob job, String reason) {
            Double percent = job.progress().percent();
            return new Values(
                    job,
                    job.service().displayName(),
                    job.resourceName(),
                    job.startedAt(),
                    UNREACHABLE,
                    StateTone.WARNING,
                    percent == null ? INDETERMINATE : percent / 100,
                    percent != null,
                    percent == null ? "" : String.format(Locale.ROOT, "%.0f %%", percent),
                    "—",
                    UNREACHABLE + ": " + reason,
                    true);
        }
    }

    /** The state and message word of a job whose connection cannot be reached. */
    static final String UNREACHABLE = "Unreachable";

    private final String id;
    private final ReadOnlyObjectWrapper<Values> values;

    ActivityRow(TrackedJob job, String problem, String unreachable, Instant now) {
        this.id = job.id();
        this.values = new ReadOnlyObjectWrapper<>(Values.of(job, problem, unreachable, now));
    }

    public String id() {
        return id;
    }

    public TrackedJob job() {
        return values.get().job();
    }

    public Values values() {
        return values.get();
    }

    public ReadOnlyObjectProperty<Values> valuesProperty() {
        return values.getReadOnlyProperty();
    }

    /** Replaces the values only when something shown changed, so an idle tick fires no list update. */
    void update(TrackedJob job, String problem, String unreachable, Instant now) {
        Values next = Values.of(job, problem, unreachable, now);
        if (!next.equals(values.get())) {
            values.set(next);
        }
    }

    /** The same words for every service; the service's own state word is in the job (and the export). */
    static String stateLabel(JobOutcome outcome) {
        return switch (outcome) {
            case SUBMITTING -> "Submitting";
            case RUNNING -> "Running";
            case SUCCEEDED -> "Succeeded";
            case COMPLETED_WITH_ISSUES -> "Completed with issues";
            case FAILED -> "Failed";
            case ABORTED -> "Stopped";
            case EXPIRED -> "Expired";
        };
    }

    static StateTone tone(JobOutcome outcome) {
        return switch (outcome) {
            case SUBMITTING, RUNNING -> StateTone.BUSY;
            case SUCCEEDED -> StateTone.GOOD;
            case COMPLETED_WITH_ISSUES, EXPIRED -> StateTone.WARNING;
            case FAILED, ABORTED -> StateTone.BAD;
        };
    }

    /** Time left now: the estimate made at the last poll, less the time since that poll. */
    static Duration remaining(JobProgress progress, Instant startedAt, Instant now) {
        Duration atPoll = progress.remaining(startedAt);
        if (atPoll == null) {
            return null;
        }
        Duration left = atPoll.minus(Duration.between(progress.observedAt(), now));
        return left.isNegative() ? Duration.ZERO : left;
    }

    /** "about 1 h 05 min", "about 3 min", "under a minute", "—" when unknown. */
    static String eta(Duration left) {
        if (left == null) {
            return "—";
        }
        if (left.toSeconds() < 60) {
            return "under a minute";
        }
        long minutes = (left.toSeconds() + 59) / 60;
        return minutes < 60
                ? "about " + minutes + " min"
                : String.format(Locale.ROOT, "about %d h %02d min", minutes / 60, minutes % 60);
    }
}
