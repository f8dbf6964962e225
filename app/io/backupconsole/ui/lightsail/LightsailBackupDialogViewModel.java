package io.backupconsole.ui.lightsail;

import io.backupconsole.aws.AuxiliaryCall;
import io.backupconsole.aws.ServiceAdapters;
import io.backupconsole.aws.lightsail.LightsailAdapter;
import io.backupconsole.aws.lightsail.LightsailModule;
import io.backupconsole.domain.AwsService;
import io.backupconsole.domain.BackupRequest;
import io.backupconsole.domain.Resource;
import io.backupconsole.domain.rules.LightsailRules;
import io.backupconsole.domain.rules.Violation;
import io.backupconsole.ui.common.Ticker;
import io.backupconsole.ui.create.BackupDialogContext;
import io.backupconsole.ui.create.BackupDialogViewModel;
import io.backupconsole.ui.create.TagEditorViewModel;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Lightsail CreateRelationalDatabaseSnapshot: the database (preset), a snapshot name (2–255 letters, digits and
 * hyphens, first and last alphanumeric, unique in the region) and tags. Uniqueness is asked of Lightsail in the
 * background, {@link #NAME_CHECK_DELAY} after the last keystroke, never on the FX thread; a name found taken becomes
 * a violation like any other, so Create and the message come from the same result. FX thread only.
 */
public final class LightsailBackupDialogViewModel extends BackupDialogViewModel {
    public static final String NAME = "relationalDatabaseSnapshotName";
    public static final String TAGS = "tags";
    static final Duration NAME_CHECK_DELAY = Duration.ofMillis(400);
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmm").withZone(ZoneOffset.UTC);

    private final StringProperty snapshotName = new SimpleStringProperty();
    private final TagEditorViewModel tags = new TagEditorViewModel(TAGS);
    private final ReadOnlyStringWrapper nameCheck = new ReadOnlyStringWrapper("");
    private Ticker.Ticket pendingCheck;
    /** The name Lightsail said is taken, or null. */
    private String takenName;
    /** The name whose check is scheduled or running, or null. */
    private String checking;

    public LightsailBackupDialogViewModel(Resource database, BackupDialogContext context) {
        super(database, context);
        snapshotName.set(database.id() + "-" + STAMP.format(context.clock().instant()));
        snapshotName.addListener((obs, old, now) -> {
            revalidate();
            scheduleNameCheck();
        });
        revalidateOnChange(tags);
        scheduleNameCheck();
    }

    public StringProperty snapshotNameProperty() {
        return snapshotName;
    }

    public TagEditorViewModel tags() {
        return tags;
    }

    /** "Checking whether the name is free…", "The name is free." or empty. */
    public ReadOnlyStringProperty nameCheckProperty() {
        return nameCheck.getReadOnlyProperty();
    }

    @Override
    protected List<Violation> validate() {
        List<Violation> problems = new ArrayList<>(LightsailRules.checkResourceName(snapshotName.get(), NAME));
        if (problems.isEmpty() && snapshotName.get().equals(takenName)) {
            problems.add(new Violation(
                    NAME,
                    "A snapshot named \"" + takenName + "\" already exists in this region;"
                            + " snapshot names are unique per region."));
        }
        List<Violation> tagProblems = LightsailRules.checkTags(tags.tags());
        tags.showViolations(tagProblems);
        problems.addAll(tagProblems);
        return problems;
    }

    @Override
    protected Optional<String> extraBlockers() {
        return checking == null ? Optional.empty() : Optional.of("Checking whether the name is free");
    }

    @Override
    protected Optional<String> preflight(ServiceAdapters adapters, BackupRequest request) {
        LightsailAdapter lightsail = adapters.get(LightsailModule.ADAPTER);
        // A helper check: when it cannot be made, Lightsail itself refuses a taken name.
        boolean taken = AuxiliaryCall.orElse(
                () -> lightsail.snapshotNameExists(request.name()),
                false,
                "The snapshot name was not checked before sending (GetRelationalDatabaseSnapshot failed)",
                new ArrayList<>());
        return taken
                ? Optional.of("A snapshot named \"" + request.name() + "\" already exists in this region.")
                : Optional.empty();
    }

    @Override
    protected BackupRequest request(String idempotencyToken) {
        return new BackupRequest(
                AwsService.LIGHTSAIL,
                resource.id(),
                resource.name(),
                snapshotName.get(),
                "",
                tags.tags(),
                null,
                idempotencyToken);
    }

    @Override
    protected boolean isField(String field) {
        return field.equals(NAME);
    }

    /** Debounced: each keystroke cancels the previous check; only a name that passes the rules is asked about. */
    private void scheduleNameCheck() {
        if (pendingCheck != null) {
            pendingCheck.cancel();
            pendingCheck = null;
        }
        String name = snapshotName.get();
        if (!LightsailRules.isValidResourceName(name) || name.equals(takenName)) {
            checking = null;
            nameCheck.set("");
            refreshCanCreate();
            return;
        }
        checking = name;
        nameCheck.set("Checking whether the name is free…");
        refreshCanCreate();
        Ticker.Ticket[] ticket = new Ticker.Ticket[1];
        ticket[0] = context.ticker().every(NAME_CHECK_DELAY, () -> {
            ticket[0].cancel();
            askLightsail(name);
        });
        pendingCheck = ticket[0];
    }

    private void askLightsail(String name) {
        ServiceAdapters adapters = context.connection().adapters();
        LightsailAdapter lightsail = adapters.get(LightsailModule.ADAPTER);
        context.async()
                .run(
                        () -> lightsail.snapshotNameExists(name),
                        exists -> {
                            if (!name.equals(checking)) {
                                return;
                            }
                            checking = null;
                            if (exists) {
                                takenName = name;
                                nameCheck.set("");
                            } else {
                                nameCheck.set("The name is free.");
                            }
                            revalidate();
                        },
                        failure -> {
                            if (name.equals(checking)) {
                                // Could not ask: let the user go on; the preflight asks again right before sending.
                                checking = null;
                                nameCheck.set("Could not check the name now; it is checked again on Create.");
                                refreshCanCreate();
                            }
                        });
    }
}
