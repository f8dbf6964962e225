package io.backupconsole.ui.fsx;

import io.backupconsole.domain.AwsService;
import io.backupconsole.domain.BackupRequest;
import io.backupconsole.domain.Resource;
import io.backupconsole.domain.rules.Tag;
import io.backupconsole.domain.rules.TagRules;
import io.backupconsole.domain.rules.Violation;
import io.backupconsole.ui.create.BulkBackupPlan;
import java.time.Instant;
import java.util.List;

/** FSx file systems and volumes backed up together: shared tags, each request with its own token. */
public final class FsxBulkPlan implements BulkBackupPlan {
    @Override
    public AwsService service() {
        return AwsService.FSX;
    }

    @Override
    public String tagsField() {
        return FsxBackupDialogViewModel.TAGS;
    }

    @Override
    public List<Violation> checkTags(List<Tag> tags) {
        return TagRules.STANDARD.check(tags, FsxBackupDialogViewModel.TAGS);
    }

    @Override
    public BackupRequest request(Resource resource, List<Tag> tags, String vault, Instant now, String token) {
        return new BackupRequest(AwsService.FSX, resource.id(), resource.name(), "", "", tags, null, token);
    }
}
