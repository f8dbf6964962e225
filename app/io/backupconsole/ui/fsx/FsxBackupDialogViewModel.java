package io.backupconsole.ui.fsx;

import io.backupconsole.domain.AwsService;
import io.backupconsole.domain.BackupRequest;
import io.backupconsole.domain.Resource;
import io.backupconsole.domain.rules.FsxRules;
import io.backupconsole.domain.rules.Violation;
import io.backupconsole.ui.create.BackupDialogContext;
import io.backupconsole.ui.create.BackupDialogViewModel;
import io.backupconsole.ui.create.TagEditorViewModel;
import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * FSx CreateBackup for a file system or an ONTAP/OpenZFS volume: a backup name (stored as its Name tag) and tags,
 * checked with {@link FsxRules}. The ClientRequestToken is the action's token, so a retry after a lost answer
 * returns the same backup. FX thread only.
 */
public final class FsxBackupDialogViewModel extends BackupDialogViewModel {
    public static final String NAME = "Name";
    public static final String TAGS = "Tags";

    private final StringProperty name = new SimpleStringProperty("");
    private final TagEditorViewModel tags = new TagEditorViewModel(TAGS);

    public FsxBackupDialogViewModel(Resource resource, BackupDialogContext context) {
        super(resource, context);
        revalidateOnChange(tags, name);
    }

    public StringProperty nameProperty() {
        return name;
    }

    public TagEditorViewModel tags() {
        return tags;
    }

    /**
     * What passing tags does to the resource's own tags: FSx copies them to a user-initiated backup (when
     * CopyTagsToBackups is on) only if the request carries no tags, and a name is a tag too.
     */
    public String copyTagsNotice() {
        String copy = resource.attribute("Copy tags to backups").orElse("");
        String setting = copy.isEmpty() ? "" : " (Copy tags to backups: " + copy + ")";
        return "A name or any tag here means this backup gets only these tags: the "
                + (resource.id().startsWith("fsvol-") ? "volume's" : "file system's")
                + " own tags are not copied to it" + setting + ".";
    }

    @Override
    protected List<Violation> validate() {
        // A placeholder token stands for the real one, which is generated on Create and always valid.
        List<Violation> problems = FsxRules.checkCreateBackup(resource.id(), name.get(), tags.tags(), "token");
        tags.showViolations(problems);
        return problems;
    }

    @Override
    protected BackupRequest request(String idempotencyToken) {
        return new BackupRequest(
                AwsService.FSX, resource.id(), resource.name(), name.get(), "", tags.tags(), null, idempotencyToken);
    }

    @Override
    protected boolean isField(String field) {
        return field.equals(NAME);
    }
}
