package io.backupconsole.ui.awsbackup;

import io.backupconsole.domain.AwsService;
import io.backupconsole.domain.BackupRequest;
import io.backupconsole.domain.Resource;
import io.backupconsole.domain.ServiceFailure;
import io.backupconsole.domain.awsbackup.BackupJobRequest;
import io.backupconsole.domain.awsbackup.BackupVault;
import io.backupconsole.domain.awsbackup.ResourceArns;
import io.backupconsole.domain.rules.AwsBackupRules;
import io.backupconsole.domain.rules.NumberInput;
import io.backupconsole.domain.rules.Violation;
import io.backupconsole.ui.create.BackupDialogContext;
import io.backupconsole.ui.create.BackupDialogViewModel;
import io.backupconsole.ui.create.TagEditorViewModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * AWS Backup StartBackupJob: resource ARN (preset, editable), vault, IAM role (the console's default role of the
 * resource's account), start and complete windows, lifecycle, recovery point tags and Windows VSS. Every rule comes
 * from {@link AwsBackupRules}; field names are StartBackupJob's members, which are also the {@code Context} AWS Backup
 * names in its errors. The resource type, and so the options offered, follows the ARN. Threading: FX thread only;
 * the vaults are listed in the background when the dialog opens (Create stays disabled until then).
 */
public final class AwsBackupDialogViewModel extends BackupDialogViewModel {
    public static final String RESOURCE_ARN = "ResourceArn";
    public static final String VAULT = "BackupVaultName";
    public static final String ROLE = "IamRoleArn";
    public static final String START_WINDOW = "StartWindowMinutes";
    public static final String COMPLETE_WINDOW = "CompleteWindowMinutes";
    public static final String TAGS = "RecoveryPointTags";
    public static final String WINDOWS_VSS = "BackupOptions." + AwsBackupRules.WINDOWS_VSS;
    /** The service's own default (8 hours), written out so the user sees what they get. */
    public static final long DEFAULT_START_WINDOW_MINUTES = 480;

    private final StringProperty resourceArn = new SimpleStringProperty();
    private final StringProperty role = new SimpleStringProperty("");
    private final StringProperty startWindow = new SimpleStringProperty(Long.toString(DEFAULT_START_WINDOW_MINUTES));
    private final StringProperty completeWindow = new SimpleStringProperty("");
    private final BooleanProperty windowsVss = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper resourceType = new ReadOnlyStringWrapper();
    private final ReadOnlyBooleanWrapper windowsVssAvailable = new ReadOnlyBooleanWrapper(false);
    private final StringBinding roleWarning;
    private final LifecycleFields lifecycle = new LifecycleFields();
    private final TagEditorViewModel tags = new TagEditorViewModel(TAGS);
    private final VaultChoice vaults;

    public AwsBackupDialogViewModel(Resource resource, BackupDialogContext context) {
        super(resource, context);
        vaults = new VaultChoice(() -> context.connection().adapters(), context.async(), this::vaultsLoaded);
        resourceArn.set(resource.id());
        arnChanged(null, resource.id());
        roleWarning = Bindings.createStringBinding(
                () -> AwsBackupRules.roleNameWarning(role.get()).orElse(""), role);
        resourceArn.addListener((obs, old, now) -> arnChanged(old, now));
        vaults.selectedProperty().addListener((obs, old, now) -> vaultChanged(now));
        revalidateOnChange(
                tags,
                role,
                startWindow,
                completeWindow,
                lifecycle.coldStorageDaysProperty(),
                lifecycle.deleteDaysProperty(),
                windowsVss);
        vaults.load();
    }

    // Properties

    public StringProperty resourceArnProperty() {
        return resourceArn;
    }

    /** AWS Backup's type name for the ARN (EC2, EFS, ...), or null when the ARN does not tell. */
    public ReadOnlyStringProperty resourceTypeProperty() {
        return resourceType.getReadOnlyProperty();
    }

    public VaultChoice vaults() {
        return vaults;
    }

    public StringProperty roleProperty() {
        return role;
    }

    /** A non-blocking hint: the role's name will make the job fail with AccessDenied. Empty when none. */
    public StringBinding roleWarningProperty() {
        return roleWarning;
    }

    public StringProperty startWindowProperty() {
        return startWindow;
    }

    public StringProperty completeWindowProperty() {
        return completeWindow;
    }

    public LifecycleFields lifecycle() {
        return lifecycle;
    }

    public TagEditorViewModel tags() {
        return tags;
    }

    public BooleanProperty windowsVssProperty() {
        return windowsVss;
    }

    /** Windows VSS exists for EC2 instances only (not for ones known to run Linux). */
    public ReadOnlyBooleanProperty windowsVssAvailableProperty() {
        return windowsVssAvailable.getReadOnlyProperty();
    }

    // For the base class

    @Override
    protected List<Violation> validate() {
        List<Violation> problems = new ArrayList<>();
        BackupJobRequest job = jobRequest(null, problems);
        BackupVault vault = vaults.selectedProperty().get();
        problems.addAll(AwsBackupRules.check(
                job,
                resourceType.get(),
                platform(),
                vault == null ? null : vault.minRetentionDays(),
                vault == null ? null : vault.maxRetentionDays()));
        tags.showViolations(problems);
        return problems;
    }

    @Override
    protected BackupRequest request(String idempotencyToken) {
        BackupJobRequest job = jobRequest(idempotencyToken, new ArrayList<>());
        String name = job.resourceArn().equals(resource.id()) ? resource.name() : null;
        return new BackupRequest(
                AwsService.BACKUP, job.resourceArn(), name, "", "", job.recoveryPointTags(), job, idempotencyToken);
    }

    /** The form's fields only wait for the vault list; everything else is a rule violation. */
    @Override
    protected Optional<String> extraBlockers() {
        return vaults.loadingProperty().get() ? Optional.of("Loading vaults…") : Optional.empty();
    }

    /** Where AWS Backup's error belongs: see {@link ServiceErrorFields}. */
    @Override
    protected String fieldOf(ServiceFailure failure) {
        return ServiceErrorFields.fieldOf(failure);
    }

    @Override
    protected boolean isField(String field) {
        return ServiceErrorFields.FIELDS.contains(field);
    }

    // Inside

    /** The request the form describes; what is not a number is added to {@code problems} and sent as unset. */
    private BackupJobRequest jobRequest(String token, List<Violation> problems) {
        Long start = number(startWindow.get(), START_WINDOW, "Start window", problems);
        Long complete = number(completeWindow.get(), COMPLETE_WINDOW, "Complete window", problems);
        var recoveryPointLifecycle = lifecycle.lifecycle(problems);
        BackupVault vault = vaults.selectedProperty().get();
        Map<String, String> options = windowsVssAvailable.get() && windowsVss.get()
                ? Map.of(AwsBackupRules.WINDOWS_VSS, "enabled")
                : Map.of();
        return new BackupJobRequest(
                vault == null ? "" : vault.name(),
                resourceArn.get().strip(),
                role.get().strip(),
                start,
                complete,
                recoveryPointLifecycle,
                tags.tags(),
                options,
                token);
    }

    private static Long number(String text, String field, String label, List<Violation> problems) {
        NumberInput input = NumberInput.parse(text, field, label, "minutes");
        input.problem().ifPresent(problems::add);
        return input.value();
    }

    /**
     * ListProtectedResources does not report an instance's platform, so it is not known here: VSS is offered for
     * every EC2 instance, and AWS Backup's refusal for a Linux one lands next to the checkbox.
     */
    private static String platform() {
        return null;
    }

    /** A new ARN: its type decides the options; a role still at the old account's default follows the account. */
    private void arnChanged(String old, String now) {
        String arn = now == null ? "" : now.strip();
        resourceType.set(
                arn.equals(resource.id())
                        ? resource.attribute("Resource type")
                                .or(() -> ResourceArns.resourceType(arn))
                                .orElse(null)
                        : ResourceArns.resourceType(arn).orElse(null));
        lifecycle.resourceTypeChanged(resourceType.get());
        windowsVssAvailable.set(
                resourceType.get() != null && AwsBackupRules.supportsWindowsVss(resourceType.get(), platform()));
        String oldDefault = old == null
                ? ""
                : ResourceArns.accountId(old)
                        .map(AwsBackupRules::defaultServiceRole)
                        .orElse("");
        if (role.get().isBlank() || role.get().equals(oldDefault)) {
            ResourceArns.accountId(arn).map(AwsBackupRules::defaultServiceRole).ifPresent(role::set);
        }
        revalidate();
    }

    /**
     * A locked vault may demand a retention the user has not typed: its message shows at once, since Create is
     * disabled and would otherwise give no reason.
     */
    private void vaultChanged(BackupVault vault) {
        if (vault != null && vault.locked()) {
            touch(LifecycleFields.DELETE);
        }
        revalidate();
    }

    /** S3 bucket ARNs carry no account: then the vaults' account gives the default role. */
    private void vaultsLoaded() {
        if (role.get().isBlank() && !vaults.vaults().isEmpty()) {
            ResourceArns.accountId(vaults.vaults().getFirst().arn())
                    .map(AwsBackupRules::defaultServiceRole)
                    .ifPresent(role::set);
        }
        revalidate();
    }
}
