package io.backupconsole.aws.awsbackup;

import io.backupconsole.aws.CancelsBackups;
import io.backupconsole.domain.BackupRequest;
import io.backupconsole.domain.Eligibility;
import io.backupconsole.domain.awsbackup.ResourceArns;
import io.backupconsole.domain.rules.AwsBackupRules;

/** StopBackupJob: AWS Backup stops a running job, except for the resource types it cannot stop. */
final class AwsBackupJobStopping implements CancelsBackups<AwsBackupAdapter> {

    @Override
    public Eligibility eligibility(BackupRequest request, String state) {
        if ("ABORTING".equals(state)) {
            return Eligibility.refused("AWS Backup is already stopping this job.");
        }
        String arn = request.awsBackup().resourceArn();
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

    @Override
    public void cancel(AwsBackupAdapter adapter, String serviceJobId) {
        adapter.stopJob(serviceJobId);
    }
}
