package io.backupconsole.ui.fsx;

import io.backupconsole.domain.AwsService;
import io.backupconsole.domain.rules.TagRules;
import io.backupconsole.ui.create.TagsOnlyBulkPlan;

/** FSx file systems and volumes backed up together: shared tags, each request with its own token. */
public final class FsxBulkPlan extends TagsOnlyBulkPlan {
    public FsxBulkPlan() {
        super(
                AwsService.FSX,
                FsxBackupDialogViewModel.TAGS,
                tags -> TagRules.STANDARD.check(tags, FsxBackupDialogViewModel.TAGS));
    }
}
