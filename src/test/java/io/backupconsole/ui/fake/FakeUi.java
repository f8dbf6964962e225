package io.backupconsole.ui.fake;

import io.backupconsole.aws.fake.FakeModule;
import io.backupconsole.domain.AwsService;
import io.backupconsole.domain.BackupRequest;
import io.backupconsole.domain.Resource;
import io.backupconsole.domain.rules.Tag;
import io.backupconsole.domain.rules.TagRules;
import io.backupconsole.domain.rules.Violation;
import io.backupconsole.ui.ServiceUi;
import io.backupconsole.ui.common.ServiceView;
import io.backupconsole.ui.common.ViewContext;
import io.backupconsole.ui.create.BackupDialogContext;
import io.backupconsole.ui.create.BulkBackupPlan;
import io.backupconsole.ui.resources.ResourceColumn;
import io.backupconsole.ui.resources.ResourceTableSpec;
import io.backupconsole.ui.resources.ResourceTableView;
import io.backupconsole.ui.resources.ResourceTableViewModel;
import java.time.Instant;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;

/** The fake archive service in the window: the generic table, a one-field create dialog, tags-only bulk backups. */
public final class FakeUi implements ServiceUi {
    static final String TAGS = "Tags";

    @Override
    public AwsService service() {
        return FakeModule.SERVICE;
    }

    @Override
    public Ikon icon() {
        return Feather.ARCHIVE;
    }

    @Override
    public ServiceView view(ViewContext context) {
        ResourceTableSpec spec = ResourceTableSpec.of(
                        FakeModule.SERVICE,
                        "Fake archives",
                        "archives",
                        "Filter archives: name, id, state…",
                        ResourceColumn.text("Name", Resource::name),
                        ResourceColumn.state("State"),
                        ResourceColumn.backUp("Back up"),
                        ResourceColumn.text("ID", Resource::id))
                .fittingColumns();
        return new ResourceTableView(new ResourceTableViewModel(spec, context), context.clock());
    }

    @Override
    public CreateDialog createDialog(Resource resource, BackupDialogContext context) {
        FakeBackupDialogViewModel model = new FakeBackupDialogViewModel(resource, context);
        TextField label = new TextField();
        label.getStyleClass().add("fake-label");
        label.textProperty().bindBidirectional(model.labelProperty());
        return new CreateDialog(model, new VBox(8, new Label("Archive " + resource.name()), new Label("Label"), label));
    }

    @Override
    public BulkBackupPlan bulkPlan() {
        return new BulkBackupPlan() {
            @Override
            public AwsService service() {
                return FakeModule.SERVICE;
            }

            @Override
            public String tagsField() {
                return TAGS;
            }

            @Override
            public List<Violation> checkTags(List<Tag> tags) {
                return TagRules.STANDARD.check(tags, TAGS);
            }

            @Override
            public BackupRequest request(Resource resource, List<Tag> tags, String vault, Instant now, String token) {
                return new BackupRequest(FakeModule.SERVICE, resource.id(), resource.name(), "", "", tags, null, token);
            }
        };
    }
}
