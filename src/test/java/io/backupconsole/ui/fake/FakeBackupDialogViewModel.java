package io.backupconsole.ui.fake;

import io.backupconsole.aws.fake.FakeModule;
import io.backupconsole.domain.BackupRequest;
import io.backupconsole.domain.Resource;
import io.backupconsole.domain.rules.Violation;
import io.backupconsole.ui.create.BackupDialogContext;
import io.backupconsole.ui.create.BackupDialogViewModel;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** A fake archive snapshot: an optional label of at most 64 characters. FX thread only. */
public final class FakeBackupDialogViewModel extends BackupDialogViewModel {
    static final String LABEL = "Label";

    private final StringProperty label = new SimpleStringProperty("");

    public FakeBackupDialogViewModel(Resource resource, BackupDialogContext context) {
        super(resource, context);
        label.addListener((obs, old, now) -> revalidate());
        revalidate();
    }

    public StringProperty labelProperty() {
        return label;
    }

    @Override
    protected List<Violation> validate() {
        List<Violation> problems = new ArrayList<>();
        if (label.get().length() > 64) {
            problems.add(new Violation(LABEL, "A label is at most 64 characters."));
        }
        return problems;
    }

    @Override
    protected BackupRequest request(String idempotencyToken) {
        return new BackupRequest(
                FakeModule.SERVICE, resource.id(), resource.name(), label.get(), "", List.of(), null, idempotencyToken);
    }

    @Override
    protected boolean isField(String field) {
        return field.equals(LABEL);
    }
}
