package io.backupconsole.domain.awsbackup;

import java.util.List;

/**
 * Resources assigned to a backup plan (CreateBackupSelection).
 *
 * @param selectionName SelectionName
 * @param iamRoleArn    the role AWS Backup assumes to back the resources up
 * @param resourceArns  the resources, by ARN
 */
public record BackupSelectionRequest(String selectionName, String iamRoleArn, List<String> resourceArns) {
    public BackupSelectionRequest {
        resourceArns = List.copyOf(resourceArns);
    }
}
