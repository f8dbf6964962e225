package io.backupconsole.ui.opsworkscm;

import io.backupconsole.domain.AwsService;
import io.backupconsole.domain.BackupRequest;
import io.backupconsole.domain.Resource;
import io.backupconsole.domain.rules.OpsWorksCmRules;
import io.backupconsole.domain.rules.Tag;
import io.backupconsole.domain.rules.Violation;
import io.backupconsole.ui.create.BulkBackupPlan;
import java.time.Instant;
import java.util.List;

/** OpsWorks CM servers backed up together: shared tags by the OpsWorks CM rules, no description. */
public final class OpsWorksCmBulkPlan implements BulkBackupPlan {
    @Override
    public AwsService service() {
        return AwsService.OPSWORKS_CM;
    }

    @Override
    public String tagsField() {
        return OpsWorksCmBackupDialogViewModel.TAGS;
    }

    @Override
    public List<Violation> checkTags(List<Tag> tags) {
        return OpsWorksCmRules.checkTags(tags);
    }

    @Override
    public BackupRequest request(Resource server, List<Tag> tags, String vault, Instant now, String token) {
        return new BackupRequest(AwsService.OPSWORKS_CM, server.id(), server.name(), "", "", tags, null, token);
    }
}
