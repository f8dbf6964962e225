package io.backupconsole.ui.opsworkscm;

import io.backupconsole.domain.AwsService;
import io.backupconsole.domain.rules.OpsWorksCmRules;
import io.backupconsole.ui.create.TagsOnlyBulkPlan;

/** OpsWorks CM servers backed up together: shared tags by the OpsWorks CM rules, no description. */
public final class OpsWorksCmBulkPlan extends TagsOnlyBulkPlan {
    public OpsWorksCmBulkPlan() {
        super(AwsService.OPSWORKS_CM, OpsWorksCmBackupDialogViewModel.TAGS, OpsWorksCmRules::checkTags);
    }
}
