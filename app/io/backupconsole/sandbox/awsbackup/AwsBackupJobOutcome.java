package io.backupconsole.sandbox.awsbackup;

/**
 * How a backup job ends once its run is over: the terminal state, the status message and category, and how far
 * it had got (0..1) when it stopped.
 */
record AwsBackupJobOutcome(String state, String message, String messageCategory, double reachedFraction) {
    static final String SUCCESS = "SUCCESS";

    static AwsBackupJobOutcome completed() {
        return new AwsBackupJobOutcome("COMPLETED", "", SUCCESS, 1.0);
    }

    static AwsBackupJobOutcome completedWithIssues(String message, String category) {
        return new AwsBackupJobOutcome("COMPLETED", message, category, 1.0);
    }

    static AwsBackupJobOutcome failed(String message, String category, double reachedFraction) {
        return new AwsBackupJobOutcome("FAILED", message, category, reachedFraction);
    }

    static AwsBackupJobOutcome expired(int startWindowMinutes) {
        return new AwsBackupJobOutcome(
                "EXPIRED",
                "Backup job expired because it did not start within the start window of " + startWindowMinutes
                        + " minutes.",
                "Expired",
                0.0);
    }

    static AwsBackupJobOutcome aborted() {
        return new AwsBackupJobOutcome("ABORTED", "Backup job was stopped by the user.", "Aborted", 0.4);
    }

    static AwsBackupJobOutcome partial(String message) {
        return new AwsBackupJobOutcome("PARTIAL", message, "InvalidParameters", 1.0);
    }

    boolean makesRecoveryPoint() {
        return state.equals("COMPLETED") || state.equals("PARTIAL");
    }
}
