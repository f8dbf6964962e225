package io.backupconsole.domain;

/**
 * Where a tracked backup stands, the same words for every service. Everything but {@link #SUBMITTING} and
 * {@link #RUNNING} is final.
 */
public enum JobOutcome {
    /** Recorded, the create call not yet answered (or its answer lost): resumed by looking for what it made. */
    SUBMITTING,
    RUNNING,
    SUCCEEDED,
    /** Finished, but the service reported problems (AWS Backup COMPLETED with a message category, PARTIAL). */
    COMPLETED_WITH_ISSUES,
    FAILED,
    ABORTED,
    EXPIRED;

    public boolean isFinal() {
        return this != SUBMITTING && this != RUNNING;
    }
}
