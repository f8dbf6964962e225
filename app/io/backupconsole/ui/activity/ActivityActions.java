package io.backupconsole.ui.activity;

import io.backupconsole.domain.AwsService;
import io.backupconsole.domain.BackupRequest;
import io.backupconsole.domain.Eligibility;
import io.backupconsole.domain.awsbackup.BackupJobRequest;
import io.backupconsole.domain.awsbackup.ResourceArns;
import io.backupconsole.domain.rules.AwsBackupRules;
import io.backupconsole.domain.rules.LightsailRules;
import io.backupconsole.tracking.TrackedJob;
import java.util.Collection;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Whether Stop and Retry apply to a job, with the reason a user reads when not, and the retry's request. Pure. */
final class ActivityActions {
    static final Eligibility NOTHING_SELECTED = Eligibility.refused("Select a backup in the table first.");
    private static final Pattern RETRY_SUFFIX = Pattern.compile("^(.*)-retry-(\\d+)$");

    private ActivityActions() {}

    static Eligibility stop(TrackedJob job) {
        if (job.isFinished()) {
            return Eligibility.refused("This backup has already ended.");
        }
        if (job.serviceJobId() == null) {
            return Eligibility.refused(job.service().displayName() + " has not answered the request yet.");
        }
        return switch (job.service()) {
            case FSX -> Eligibility.refused("Amazon FSx cannot cancel a backup once it has started.");
            case OPSWORKS_CM -> Eligibility.refused("OpsWorks CM cannot cancel a backup once it has started.");
            case LIGHTSAIL -> Eligibility.refused("Amazon Lightsail cannot cancel a snapshot once it has started.");
            case BACKUP -> awsBackupStop(job);
        };
    }

    private static Eligibility awsBackupStop(TrackedJob job) {
        if ("ABORTING".equals(job.progress().stateText())) {
            return Eligibility.refused("AWS Backup is already stopping this job.");
        }
        String arn = job.request().awsBackup().resourceArn();
        // An RDS cluster ARN names no type (Aurora, Neptune or DocumentDB), and AWS Backup can stop none of them.
        if (arn.contains(":rds:") && arn.contains(":cluster:")) {
            return Eligibility.refused("AWS Backup cannot stop backup jobs of Aurora, Neptune or DocumentDB clusters.");
        }
        // Another type the ARN does not tell: let AWS decide, its refusal is shown as the message.
        return ResourceArns.resourceType(arn)
                .map(AwsBackupRules::stopEligibility)
                .map(e -> e.allowed() ? e : Eligibility.refused(e.reason() + "."))
                .orElse(Eligibility.ALLOWED);
    }

    static Eligibility retry(TrackedJob job) {
        return switch (job.progress().outcome()) {
            case FAILED, ABORTED, EXPIRED -> Eligibility.ALLOWED;
            case SUBMITTING, RUNNING -> Eligibility.refused("This backup is still running.");
            case SUCCEEDED, COMPLETED_WITH_ISSUES ->
                Eligibility.refused("This backup ended: there is nothing to retry.");
        };
    }

    /**
     * The same request with a fresh token (the old one would return the old job). A Lightsail snapshot name is
     * taken by the failed attempt's snapshot, so the retry gets the first free {@code -retry-N} suffix.
     *
     * @param tracked every tracked job, to find the names already used
     */
    static BackupRequest retryRequest(TrackedJob job, Collection<TrackedJob> tracked) {
        BackupRequest old = job.request();
        String token = BackupRequest.newToken();
        String name = old.service() == AwsService.LIGHTSAIL ? freeRetryName(old.name(), tracked) : old.name();
        BackupJobRequest awsBackup = old.awsBackup() == null ? null : withToken(old.awsBackup(), token);
        return new BackupRequest(
                old.service(),
                old.resourceId(),
                old.resourceName(),
                name,
                old.description(),
                old.tags(),
                awsBackup,
                token);
    }

    static String freeRetryName(String name, Collection<TrackedJob> tracked) {
        Matcher matcher = RETRY_SUFFIX.matcher(name);
        String base = matcher.matches() ? matcher.group(1) : name;
        Set<String> used = tracked.stream()
                .filter(j -> j.service() == AwsService.LIGHTSAIL)
                .map(j -> j.request().name())
                .collect(Collectors.toSet());
        for (int n = 1; ; n++) {
            String suffix = "-retry-" + n;
            String candidate =
                    base.substring(0, Math.min(base.length(), LightsailRules.MAX_NAME_LENGTH - suffix.length()))
                            + suffix;
            if (!used.contains(candidate)) {
                return candidate;
            }
        }
    }

    private static BackupJobRequest withToken(BackupJobRequest r, String token) {
        return new BackupJobRequest(
                r.backupVaultName(),
                r.resourceArn(),
                r.iamRoleArn(),
                r.startWindowMinutes(),
                r.completeWindowMinutes(),
                r.lifecycle(),
                r.recoveryPointTags(),
                r.backupOptions(),
                token);
    }
}
