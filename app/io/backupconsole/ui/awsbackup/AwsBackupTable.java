package io.backupconsole.ui.awsbackup;

import io.backupconsole.domain.AwsService;
import io.backupconsole.domain.Resource;
import io.backupconsole.ui.resources.ResourceColumn;
import io.backupconsole.ui.resources.ResourceTableSpec;
import java.time.Instant;

/** AWS Backup's protected resources, the first of its view's three tabs. */
public final class AwsBackupTable {
    private AwsBackupTable() {}

    /** Four columns, which fit beside the details pane and share the table's width. */
    public static ResourceTableSpec spec() {
        return ResourceTableSpec.of(
                        AwsService.BACKUP,
                        "AWS Backup protected resources",
                        "protected resources",
                        "Filter resources: name, type, ARN, vault…",
                        ResourceColumn.text("Resource", Resource::name).width(150, 0),
                        ResourceColumn.text("Type", Resource::type).width(120, 0),
                        ResourceColumn.time("Last backup", AwsBackupTable::lastBackup)
                                .width(120, 0),
                        ResourceColumn.backUp("Back up").width(200, 0))
                .fittingColumns()
                .withDetailsDivider(0.56);
    }

    /** When AWS Backup last backed the resource up, null when it does not say. */
    private static Instant lastBackup(Resource resource) {
        return resource.attribute("Last backup").map(Instant::parse).orElse(null);
    }
}
