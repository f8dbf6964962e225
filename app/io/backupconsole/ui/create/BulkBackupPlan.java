package io.backupconsole.ui.create;

import io.backupconsole.aws.ServiceAdapters;
import io.backupconsole.domain.AwsService;
import io.backupconsole.domain.BackupRequest;
import io.backupconsole.domain.Resource;
import io.backupconsole.domain.rules.Tag;
import io.backupconsole.domain.rules.Violation;
import java.time.Instant;
import java.util.List;

/**
 * How one service backs up several resources with shared input (the bulk dialog): which tag rules apply, what
 * else it needs (AWS Backup: a vault), and the request for each resource. One per service folder, next to that
 * service's own dialog.
 */
public interface BulkBackupPlan {
    /** The service whose resources this plan backs up. */
    AwsService service();

    /** The request member of the tag list, so violations land on the right cells. */
    String tagsField();

    /** Problems of the shared tags by the service's rules. */
    List<Violation> checkTags(List<Tag> tags);

    /** What the dialog says about how this service's backups are made, under the tags. */
    default String note() {
        return "The same tags on every backup. One backup per resource, each tracked on its own.";
    }

    /** True when the user must choose a vault (AWS Backup). */
    default boolean needsVault() {
        return false;
    }

    /** Vault names to choose from when the service needs one (blocking: background only); empty otherwise. */
    default List<String> vaults(ServiceAdapters adapters) {
        return List.of();
    }

    /**
     * The request for one resource.
     *
     * @param vault the chosen vault, or empty when the service needs none
     * @param now   when the user pressed Create (e.g. for generated snapshot names)
     */
    BackupRequest request(Resource resource, List<Tag> tags, String vault, Instant now, String token);
}
