package io.backupconsole.sandbox.awsbackup;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.backupconsole.domain.awsbackup.RecoveryPointLifecycle;
import io.backupconsole.sandbox.support.SimulatedRun;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * One backup job. Its visible state is derived from its {@link SimulatedRun} and the simulated clock on every read
 * ({@link #view}); the only mutable parts are the stop request and whether its recovery point was made, both in its
 * {@link Control}. Confined to the simulator's lock, like all of a region's state.
 *
 * @param requestSignature the request without its token, to tell an idempotent retry from a reuse of the token; null
 *                         for seeded jobs
 */
record AwsBackupJob(
        String id,
        AwsBackupVault vault,
        AwsBackupResource resource,
        String iamRoleArn,
        Instant startBy,
        RecoveryPointLifecycle lifecycle,
        Map<String, String> tags,
        Map<String, String> backupOptions,
        SimulatedRun run,
        AwsBackupJobOutcome outcome,
        AwsBackupPlanRef createdBy,
        String parentJobId,
        boolean isParent,
        String recoveryPointArn,
        ObjectNode requestSignature,
        Control control) {
    /** Share of the run spent CREATED, then PENDING, before the data transfer (RUNNING) starts. */
    private static final double CREATED_UNTIL = 0.05;

    private static final double PENDING_UNTIL = 0.12;
    /** How long a stopped job shows ABORTING before ABORTED (simulated time). */
    static final Duration ABORT_DELAY = Duration.ofSeconds(20);

    /** What happens to a job after it started: a stop request, and whether its recovery point was made. */
    static final class Control {
        private Instant stopRequestedAt;
        private boolean recoveryPointMade;
    }

    AwsBackupJob {
        tags = Map.copyOf(tags);
        backupOptions = Map.copyOf(backupOptions);
    }

    Instant creationDate() {
        return run.startedAt();
    }

    AwsBackupJobView view(Instant now) {
        long size = resource.sizeBytes();
        Instant stopRequestedAt = control.stopRequestedAt;
        if (stopRequestedAt != null) {
            double reached = run.fraction(stopRequestedAt);
            double percent = transferPercent(reached);
            Instant abortedAt = stopRequestedAt.plus(ABORT_DELAY);
            boolean aborted = !now.isBefore(abortedAt);
            return new AwsBackupJobView(
                    aborted ? "ABORTED" : "ABORTING",
                    percent,
                    bytes(size, percent),
                    aborted ? abortedAt : null,
                    aborted ? "Backup job was stopped by the user." : "",
                    aborted ? "Aborted" : "");
        }
        double fraction = run.fraction(now);
        if (fraction >= 1.0) {
            double percent = transferPercent(outcome.reachedFraction() >= 1.0 ? 1.0 : outcome.reachedFraction());
            return new AwsBackupJobView(
                    outcome.state(),
                    percent,
                    bytes(size, percent),
                    run.endsAt(),
                    outcome.message(),
                    outcome.messageCategory());
        }
        if (outcome.state().equals("EXPIRED") || fraction < CREATED_UNTIL) {
            return new AwsBackupJobView("CREATED", 0, 0, null, "", "");
        }
        if (fraction < PENDING_UNTIL) {
            return new AwsBackupJobView("PENDING", 0, 0, null, "", "");
        }
        double percent = transferPercent(Math.min(fraction, outcome.reachedFraction()));
        return new AwsBackupJobView("RUNNING", percent, bytes(size, percent), null, "", "");
    }

    /** Percent of the data transfer done when the run is at {@code fraction}. */
    private static double transferPercent(double fraction) {
        if (fraction >= 1.0) {
            return 100.0;
        }
        double transfer = (fraction - PENDING_UNTIL) / (1.0 - PENDING_UNTIL);
        return Math.floor(Math.max(0, transfer) * 1000) / 10.0;
    }

    private static long bytes(long size, double percent) {
        return (long) (size * percent / 100.0);
    }

    void requestStop(Instant now) {
        control.stopRequestedAt = now;
    }

    boolean needsRecoveryPoint(Instant now) {
        return !control.recoveryPointMade
                && control.stopRequestedAt == null
                && run.finished(now)
                && outcome.makesRecoveryPoint();
    }

    void recoveryPointMade() {
        control.recoveryPointMade = true;
    }

    Instant expectedCompletion() {
        return run.endsAt();
    }
}
