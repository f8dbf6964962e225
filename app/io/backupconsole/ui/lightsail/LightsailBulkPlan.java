package io.backupconsole.ui.lightsail;

import io.backupconsole.domain.AwsService;
import io.backupconsole.domain.Resource;
import io.backupconsole.domain.rules.LightsailRules;
import io.backupconsole.ui.create.TagsOnlyBulkPlan;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Lightsail databases snapshotted together: shared tags, and each snapshot named after its database and the
 * minute of the request ({@code orders-pg-20261201-2115}), unique because database names are.
 */
public final class LightsailBulkPlan extends TagsOnlyBulkPlan {
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmm").withZone(ZoneOffset.UTC);

    public LightsailBulkPlan() {
        super(AwsService.LIGHTSAIL, LightsailBackupDialogViewModel.TAGS, LightsailRules::checkTags);
    }

    @Override
    public String note() {
        return "The same tags on every snapshot. Each snapshot is named after its database and the time, e.g. "
                + "orders-pg-20261201-2115, and tracked on its own.";
    }

    @Override
    protected String backupName(Resource database, Instant now) {
        return snapshotName(database, now);
    }

    static String snapshotName(Resource database, Instant now) {
        return database.id() + "-" + STAMP.format(now);
    }
}
