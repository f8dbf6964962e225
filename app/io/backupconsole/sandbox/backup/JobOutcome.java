package io.backupconsole.sandbox.backup;

/**
 * How a backup job ends once its run is over: the terminal state, the status message and category, and how far
 * it had got (0..1) when it stopped.
 */
record JobOutcome(String state, String message, String messageCategory, double reachedFraction) {
    static final String SUCCESS = "SUCCESS";

    static JobOutcome completed() {
        return new JobOutcome("COMPLETED", "", SUCCESS, 1.0);
    }

    static JobOutcome completedWithIssues(String message, String category) {
        return new JobOutcome("COMPLETED", message, category, 1.0);
    }

    static JobOutcome failed(String message, String category, double reachedFraction) {
        return new JobOutcome("FAILED", message, category, reachedFraction);
    }

    static JobOutcome expired(int startWindowMinutes) {
        return new JobOutcome(
                "EXPIRED",
                "Backup job expired because it did not start within the start window of " + startWindowMinutes
                        + " minutes.",
                "Expired",
                0.0);
    }

    static JobOutcome aborted() {
        return new JobOutcome("ABORTED", "Backup job was stopped by the user.", "Aborted", 0.4);
    }

    static JobOutcome partial(String message) {
        return new JobOutcome("PARTIAL", message, "InvalidParameters", 1.0);
    }

    boolean makesRecoveryPoint() {
        return state.equals("COMPLETED") || state.equals("PARTIAL");
    }
}
