package io.backupconsole.ui.plans;

import io.backupconsole.aws.ServiceModule;
import io.backupconsole.aws.awsbackup.AwsBackupAdapter;
import io.backupconsole.aws.awsbackup.AwsBackupModule;
import io.backupconsole.aws.awsbackup.AwsBackupPlans;
import io.backupconsole.domain.Resource;
import io.backupconsole.domain.ServiceFailure;
import io.backupconsole.domain.awsbackup.BackupPlanRequest;
import io.backupconsole.domain.awsbackup.BackupPlanSummary;
import io.backupconsole.domain.awsbackup.BackupSelectionRequest;
import io.backupconsole.domain.awsbackup.BackupVault;
import io.backupconsole.domain.awsbackup.RecoveryPointLifecycle;
import io.backupconsole.domain.awsbackup.ResourceArns;
import io.backupconsole.domain.rules.AwsBackupRules;
import io.backupconsole.domain.rules.BackupPlanRules;
import io.backupconsole.domain.rules.BackupPlanRules.SchedulePreset;
import io.backupconsole.domain.rules.NumberInput;
import io.backupconsole.domain.rules.Violation;
import io.backupconsole.ui.common.Async;
import io.backupconsole.ui.common.ConnectionContext;
import io.backupconsole.ui.common.FailureMessages;
import io.backupconsole.ui.create.FieldMessages;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * "Add to a backup plan…": puts one resource on a schedule through AWS Backup's own engine (a plan with one rule,
 * and a selection naming the resource's ARN), never a timer in this app. The user picks an existing plan or
 * describes a new one (name, schedule preset or custom cron, vault, lifecycle); every field is checked on each
 * change with {@link BackupPlanRules}, a field's message shows once it was touched, and Add is bound to the same
 * violations. Tokens are made once per dialog, so Add after a lost answer returns what the first send made.
 * FX thread only; calls run through {@link Async}.
 */
public final class AddToPlanViewModel {
    public static final String ROLE = "IamRoleArn";

    private final Resource resource;
    private final String resourceArn;
    private final ConnectionContext connection;
    private final Async async;
    private final String planToken = UUID.randomUUID().toString();
    private final String selectionToken = UUID.randomUUID().toString();

    private final ObservableList<BackupPlanSummary> plans = FXCollections.observableArrayList();
    private final ObservableList<String> vaults = FXCollections.observableArrayList();
    private final BooleanProperty newPlan = new SimpleBooleanProperty(true);
    private final ObjectProperty<BackupPlanSummary> existingPlan = new SimpleObjectProperty<>();
    private final StringProperty planName = new SimpleStringProperty("");
    private final StringProperty ruleName = new SimpleStringProperty("scheduled");
    private final ObjectProperty<SchedulePreset> preset = new SimpleObjectProperty<>(SchedulePreset.DAILY);
    private final StringProperty schedule = new SimpleStringProperty(SchedulePreset.DAILY.expression());
    private final StringProperty vault = new SimpleStringProperty("");
    private final StringProperty retentionDays = new SimpleStringProperty("35");
    private final StringProperty coldAfterDays = new SimpleStringProperty("");
    private final StringProperty selectionName = new SimpleStringProperty("");
    private final StringProperty roleArn = new SimpleStringProperty("");
    private final Set<String> touched = new HashSet<>();
    private final SimpleObjectProperty<Set<String>> touchedNow = new SimpleObjectProperty<>(Set.of());
    private final ObjectBinding<List<Violation>> violations;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper done = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper generalMessage = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper serviceField = new ReadOnlyStringWrapper("");
    private final BooleanBinding canAdd;

    public AddToPlanViewModel(Resource resource, ConnectionContext connection, Async async) {
        this.resource = resource;
        // The module of the resource's service names its ARN for a selection and suggests a plan name.
        Optional<ServiceModule<?>> module = Optional.ofNullable(connection.adapters())
                .map(adapters -> adapters.registry().module(resource.service()));
        this.resourceArn = module.flatMap(m -> m.planArn(resource)).orElse("");
        this.connection = connection;
        this.async = async;
        String account = ResourceArns.accountId(resourceArn).orElse("123456789012");
        roleArn.set(AwsBackupRules.defaultServiceRole(account));
        selectionName.set(sanitized(resource.name()));
        planName.set(module.map(ServiceModule::suggestedPlanName).orElse("backup-console-daily"));
        preset.addListener((obs, old, chosen) -> {
            if (chosen != SchedulePreset.CUSTOM) {
                schedule.set(chosen.expression());
            }
        });
        violations = Bindings.createObjectBinding(
                this::check,
                newPlan,
                existingPlan,
                planName,
                ruleName,
                schedule,
                vault,
                retentionDays,
                coldAfterDays,
                selectionName,
                roleArn);
        canAdd = Bindings.createBooleanBinding(
                () -> violations.get().isEmpty() && !busy.get() && !done.get(), violations, busy, done);
    }

    /** Letters, digits and {@code -_.} only, at most 50: a valid selection name from a resource's name. */
    static String sanitized(String name) {
        String cleaned = name.replaceAll("[^a-zA-Z0-9\\-_.]", "-");
        return cleaned.length() > 50 ? cleaned.substring(0, 50) : cleaned;
    }

    /** Loads the region's plans and vaults; the first vault is preset. */
    public void load() {
        AwsBackupAdapter adapter = connection.adapters().get(AwsBackupModule.ADAPTER);
        busy.set(true);
        async.run(
                () -> new Loaded(
                        adapter.plans().listPlans(),
                        adapter.listVaults().stream().map(BackupVault::name).toList()),
                loaded -> {
                    busy.set(false);
                    plans.setAll(loaded.plans());
                    vaults.setAll(loaded.vaults());
                    if (vault.get().isEmpty() && !loaded.vaults().isEmpty()) {
                        vault.set(loaded.vaults().get(0));
                    }
                },
                failure -> {
                    busy.set(false);
                    generalMessage.set("Could not read the plans and vaults: " + FailureMessages.describe(failure));
                });
    }

    private record Loaded(List<BackupPlanSummary> plans, List<String> vaults) {}

    private List<Violation> check() {
        List<Violation> problems = new ArrayList<>();
        if (newPlan.get()) {
            NumberInput retention = retention();
            NumberInput cold = cold();
            problems.addAll(BackupPlanRules.checkPlan(new BackupPlanRequest(
                    planName.get(),
                    ruleName.get(),
                    schedule.get(),
                    vault.get(),
                    new RecoveryPointLifecycle(cold.value(), retention.value()))));
            retention.problem().ifPresent(problems::add);
            cold.problem().ifPresent(problems::add);
        } else if (existingPlan.get() == null) {
            problems.add(new Violation("BackupPlanId", "Choose a plan."));
        }
        problems.addAll(BackupPlanRules.checkSelection(new BackupSelectionRequest(
                selectionName.get(), roleArn.get(), resourceArn.isEmpty() ? List.of() : List.of(resourceArn))));
        return problems;
    }

    private NumberInput retention() {
        return NumberInput.parse(retentionDays.get(), "Rules.Lifecycle.DeleteAfterDays", "Retention", "days");
    }

    private NumberInput cold() {
        return NumberInput.parse(
                coldAfterDays.get(), "Rules.Lifecycle.MoveToColdStorageAfterDays", "Days before cold storage", "days");
    }

    /** The message for one field once the user touched it (or the service named it), else empty. */
    public StringBinding messageFor(String field) {
        return Bindings.createStringBinding(
                () -> {
                    if (field.equals(serviceField.get())) {
                        return generalMessage.get();
                    }
                    if (!touchedNow.get().contains(field)) {
                        return "";
                    }
                    return FieldMessages.firstAbout(field, violations.get());
                },
                violations,
                touchedNow,
                serviceField,
                generalMessage);
    }

    public void touch(String field) {
        if (touched.add(field)) {
            touchedNow.set(Set.copyOf(touched));
        }
    }

    /** Creates the plan if asked, then the selection; on a refusal the message goes next to the field it names. */
    public void add() {
        if (!canAdd.get()) {
            List.of(
                            "BackupPlanName",
                            "Rules.RuleName",
                            "Rules.ScheduleExpression",
                            "Rules.TargetBackupVaultName",
                            "Rules.Lifecycle.DeleteAfterDays",
                            "Rules.Lifecycle.MoveToColdStorageAfterDays",
                            "SelectionName",
                            ROLE,
                            "BackupPlanId")
                    .forEach(this::touch);
            return;
        }
        AwsBackupPlans service = (connection.adapters().get(AwsBackupModule.ADAPTER)).plans();
        boolean create = newPlan.get();
        BackupPlanRequest planRequest = new BackupPlanRequest(
                planName.get(),
                ruleName.get(),
                schedule.get().strip(),
                vault.get(),
                new RecoveryPointLifecycle(cold().value(), retention().value()));
        BackupPlanSummary chosen = existingPlan.get();
        BackupSelectionRequest selection =
                new BackupSelectionRequest(selectionName.get(), roleArn.get(), List.of(resourceArn));
        busy.set(true);
        generalMessage.set("");
        serviceField.set("");
        async.run(
                () -> {
                    BackupPlanSummary plan = create ? service.createPlan(planRequest, planToken) : chosen;
                    service.createSelection(plan.id(), selection, selectionToken);
                    return plan;
                },
                plan -> {
                    busy.set(false);
                    // The message first: whoever is told "done" finds it already there.
                    generalMessage.set(resource.name() + " is now backed up by plan " + plan.name() + ".");
                    done.set(true);
                },
                failure -> {
                    busy.set(false);
                    if (failure instanceof ServiceFailure refusal
                            && !refusal.field().isEmpty()) {
                        serviceField.set(refusal.field());
                    }
                    generalMessage.set(FailureMessages.describe(failure));
                });
    }

    public Resource resource() {
        return resource;
    }

    public String resourceArn() {
        return resourceArn;
    }

    public ObservableList<BackupPlanSummary> plans() {
        return plans;
    }

    public ObservableList<String> vaults() {
        return vaults;
    }

    public BooleanProperty newPlanProperty() {
        return newPlan;
    }

    public ObjectProperty<BackupPlanSummary> existingPlanProperty() {
        return existingPlan;
    }

    public StringProperty planNameProperty() {
        return planName;
    }

    public StringProperty ruleNameProperty() {
        return ruleName;
    }

    public ObjectProperty<SchedulePreset> presetProperty() {
        return preset;
    }

    public StringProperty scheduleProperty() {
        return schedule;
    }

    public StringProperty vaultProperty() {
        return vault;
    }

    public StringProperty retentionDaysProperty() {
        return retentionDays;
    }

    public StringProperty coldAfterDaysProperty() {
        return coldAfterDays;
    }

    public StringProperty selectionNameProperty() {
        return selectionName;
    }

    public StringProperty roleArnProperty() {
        return roleArn;
    }

    public ObjectBinding<List<Violation>> violationsProperty() {
        return violations;
    }

    public BooleanBinding canAddProperty() {
        return canAdd;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty doneProperty() {
        return done.getReadOnlyProperty();
    }

    /** A failure not tied to a field, or the success line. */
    public ReadOnlyStringProperty generalMessageProperty() {
        return generalMessage.getReadOnlyProperty();
    }
}
