package io.backupconsole.ui.lightsail;

import io.backupconsole.domain.AwsService;
import io.backupconsole.domain.BackupRequest;
import io.backupconsole.domain.Resource;
import io.backupconsole.domain.rules.LightsailRules;
import io.backupconsole.domain.rules.Tag;
import io.backupconsole.domain.rules.Violation;
import io.backupconsole.ui.create.BulkBackupPlan;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Lightsail databases snapshotted together: shared tags, and each snapshot named after its database and the
 * minute of the request ({@code orders-pg-20261201-2115}), unique because database names are.
 */
public final class LightsailBulkPlan implements BulkBackupPlan {
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmm").withZone(ZoneOffset.UTC);

    @Override
    public AwsService service() {
        return AwsService.LIGHTSAIL;
    }

    @Override
    public String note() {
        return "The same tags on every snapshot. Each snapshot is named after its database and the time, e.g. "
                + "orders-pg-20261201-2115, and tracked on its own.";
    }

    @Override
    public String tagsField() {
        return LightsailBackupDialogViewModel.TAGS;
    }

    @Override
    public List<Violation> checkTags(List<Tag> tags) {
        return LightsailRules.checkTags(tags);
    }

    @Override
    public BackupRequest request(Resource database, List<Tag> tags, String vault, Instant now, String token) {
        return new BackupRequest(
                AwsService.LIGHTSAIL,
                database.id(),
                database.name(),
                snapshotName(database, now),
                "",
                tags,
                null,
                token);
    }

    static String snapshotName(Resource database, Instant now) {
        return database.id() + "-" + STAMP.format(now);
    }
}
