package io.backupconsole.ui.opsworkscm;

import io.backupconsole.domain.AwsService;
import io.backupconsole.domain.BackupRequest;
import io.backupconsole.domain.Resource;
import io.backupconsole.domain.rules.OpsWorksCmRules;
import io.backupconsole.domain.rules.Violation;
import io.backupconsole.ui.create.BackupDialogContext;
import io.backupconsole.ui.create.BackupDialogViewModel;
import io.backupconsole.ui.create.TagEditorViewModel;
import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * OpsWorks CM CreateBackup: the server (preset), a description of up to 10,000 characters, and tags by the
 * OpsWorks CM documentation's rules. The limit of 50 manual backups and a running backup are checked by the
 * preflight (the server is re-read right before sending). FX thread only.
 */
public final class OpsWorksCmBackupDialogViewModel extends BackupDialogViewModel {
    public static final String DESCRIPTION = "Description";
    public static final String TAGS = "Tags";

    private final StringProperty description = new SimpleStringProperty("");
    private final TagEditorViewModel tags = new TagEditorViewModel(TAGS);

    public OpsWorksCmBackupDialogViewModel(Resource server, BackupDialogContext context) {
        super(server, context);
        revalidateOnChange(tags, description);
    }

    public StringProperty descriptionProperty() {
        return description;
    }

    public TagEditorViewModel tags() {
        return tags;
    }

    /** "123 of 10,000" under the description. */
    public String descriptionCount() {
        return String.format(
                "%,d of %,d characters", description.get().length(), OpsWorksCmRules.DESCRIPTION_MAX_LENGTH);
    }

    @Override
    protected List<Violation> validate() {
        List<Violation> problems = OpsWorksCmRules.checkCreateBackup(resource.id(), description.get(), tags.tags());
        tags.showViolations(problems);
        return problems;
    }

    @Override
    protected BackupRequest request(String idempotencyToken) {
        return new BackupRequest(
                AwsService.OPSWORKS_CM,
                resource.id(),
                resource.name(),
                "",
                description.get(),
                tags.tags(),
                null,
                idempotencyToken);
    }

    @Override
    protected boolean isField(String field) {
        return field.equals(DESCRIPTION);
    }
}
