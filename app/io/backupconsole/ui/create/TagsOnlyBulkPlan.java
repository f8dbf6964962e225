package io.backupconsole.ui.create;

import io.backupconsole.domain.AwsService;
import io.backupconsole.domain.BackupRequest;
import io.backupconsole.domain.Resource;
import io.backupconsole.domain.rules.Tag;
import io.backupconsole.domain.rules.Violation;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

/**
 * The bulk plan of a service whose backups need nothing but the shared tags (FSx, Lightsail, OpsWorks CM): each
 * request names its resource and, where the service wants one, a generated backup name. Immutable.
 */
public class TagsOnlyBulkPlan implements BulkBackupPlan {
    private final AwsService service;
    private final String tagsField;
    private final Function<List<Tag>, List<Violation>> tagRules;

    /**
     * @param tagsField the request member of the tag list
     * @param tagRules  the service's tag rules
     */
    public TagsOnlyBulkPlan(AwsService service, String tagsField, Function<List<Tag>, List<Violation>> tagRules) {
        this.service = service;
        this.tagsField = tagsField;
        this.tagRules = tagRules;
    }

    @Override
    public final AwsService service() {
        return service;
    }

    @Override
    public final String tagsField() {
        return tagsField;
    }

    @Override
    public final List<Violation> checkTags(List<Tag> tags) {
        return tagRules.apply(tags);
    }

    /** The name of {@code resource}'s backup when the user pressed Create at {@code now}; "" lets the service name it. */
    protected String backupName(Resource resource, Instant now) {
        return "";
    }

    @Override
    public final BackupRequest request(Resource resource, List<Tag> tags, String vault, Instant now, String token) {
        return new BackupRequest(
                service, resource.id(), resource.name(), backupName(resource, now), "", tags, null, token);
    }
}
