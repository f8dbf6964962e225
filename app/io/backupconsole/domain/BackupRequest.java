package io.backupconsole.domain;

import io.backupconsole.domain.awsbackup.BackupJobRequest;
import io.backupconsole.domain.rules.Tag;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * One user action "back up this resource", in the same shape for every service, journalled with the job so that a
 * retry sends exactly the same thing and a lost request can be looked for. Plain data, immutable.
 *
 * @param service          which service
 * @param resourceId       server name, {@code fs-}/{@code fsvol-} id, resource ARN or database name
 * @param resourceName     a human name for it
 * @param name             FSx backup name (its Name tag) or Lightsail snapshot name; empty for the others
 * @param description      OpsWorks CM backup description; empty for the others
 * @param tags             tags of the backup (AWS Backup: also in {@code awsBackup})
 * @param awsBackup        the StartBackupJob parameters for AWS Backup, null for the other services
 * @param idempotencyToken generated once per user action and reused for every retry of it (FSx
 *                         ClientRequestToken; for AWS Backup it is also inside {@code awsBackup}); OpsWorks CM and
 *                         Lightsail take none, but it still names the action
 */
public record BackupRequest(
        AwsService service,
        String resourceId,
        String resourceName,
        String name,
        String description,
        List<Tag> tags,
        BackupJobRequest awsBackup,
        String idempotencyToken) {

    public BackupRequest {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(resourceId, "resourceId");
        resourceName = resourceName == null || resourceName.isBlank() ? resourceId : resourceName;
        name = name == null ? "" : name;
        description = description == null ? "" : description;
        tags = tags == null ? List.of() : List.copyOf(tags);
        idempotencyToken = idempotencyToken == null || idempotencyToken.isBlank() ? newToken() : idempotencyToken;
    }

    /**
     * A fresh token: letters, digits and hyphens, 36 characters, which fits FSx's {@code [A-Za-z0-9_.-]{1,63}}
     * and AWS Backup's free-form token.
     */
    public static String newToken() {
        return UUID.randomUUID().toString();
    }
}
