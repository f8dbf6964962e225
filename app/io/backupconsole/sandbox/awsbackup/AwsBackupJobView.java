package io.backupconsole.sandbox.awsbackup;

import java.time.Instant;

/** A job as it looks at one moment of simulated time (derived, never stored). */
record AwsBackupJobView(
        String state,
        double percentDone,
        long bytesTransferred,
        Instant completionDate,
        String message,
        String messageCategory) {

    boolean active() {
        return switch (state) {
            case "CREATED", "PENDING", "RUNNING", "ABORTING" -> true;
            default -> false;
        };
    }
}
