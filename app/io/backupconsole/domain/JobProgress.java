package io.backupconsole.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * One poll's view of a job, normalised across services.
 *
 * @param outcome     where it stands
 * @param stateText   the service's own state word (CREATING, RUNNING, Started, IN_PROGRESS…)
 * @param percent     0–100 where the service reports it (FSx ProgressPercent, AWS Backup PercentDone), else null:
 *                    OpsWorks CM and Lightsail report none, so their bars are indeterminate
 * @param expectedEnd when the service expects it to end (AWS Backup ExpectedCompletionDate), else null
 * @param message     the service's status or failure reason, or empty
 * @param observedAt  when this was seen
 */
public record JobProgress(
        JobOutcome outcome, String stateText, Double percent, Instant expectedEnd, String message, Instant observedAt) {
    public JobProgress {
        stateText = stateText == null ? "" : stateText;
        message = message == null ? "" : message;
        if (percent != null && (percent < 0 || percent > 100 || percent.isNaN())) {
            throw new IllegalArgumentException("percent must be within 0..100, got " + percent);
        }
    }

    /**
     * Time left: the service's own expectation when it gives one, otherwise estimated from the progress rate since
     * {@code startedAt} (null when neither is possible).
     */
    public Duration remaining(Instant startedAt) {
        if (outcome.isFinal()) {
            return Duration.ZERO;
        }
        if (expectedEnd != null) {
            return expectedEnd.isAfter(observedAt) ? Duration.between(observedAt, expectedEnd) : Duration.ZERO;
        }
        if (percent == null || percent <= 0 || startedAt == null || !observedAt.isAfter(startedAt)) {
            return null;
        }
        double elapsedMillis = Duration.between(startedAt, observedAt).toMillis();
        return Duration.ofMillis((long) (elapsedMillis * (100 - percent) / percent));
    }
}
