package io.backupconsole.ui.awsbackup;

import io.backupconsole.aws.ServiceAdapters;
import io.backupconsole.aws.awsbackup.AwsBackupAdapter;
import io.backupconsole.aws.awsbackup.AwsBackupModule;
import io.backupconsole.domain.awsbackup.BackupJobStatus;
import io.backupconsole.ui.common.AutoRefresh;
import io.backupconsole.ui.common.FailureMessages;
import io.backupconsole.ui.common.ViewContext;
import io.backupconsole.ui.resources.ResourceListViewModel;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The Recent jobs tab: AWS Backup's jobs of the last 30 days (what AWS keeps), newest first, filtered by state
 * and by text. Reloads by itself while shown, backing off while the listing fails ({@link AutoRefresh}). FX thread
 * only; listing runs in the background; answers for an older connection are dropped.
 */
public final class JobsViewModel {
    /** State filter choices; {@link #ALL} shows every job. */
    public static final String ALL = "All states";

    public static final List<String> STATES =
            List.of(ALL, "RUNNING", "COMPLETED", "FAILED", "ABORTED", "EXPIRED", "PARTIAL");

    private static final Duration KEPT_BY_AWS = Duration.ofDays(30);

    private final ViewContext context;
    private final AutoRefresh autoRefresh;
    private final ObservableList<BackupJobStatus> all = FXCollections.observableArrayList();
    private final FilteredList<BackupJobStatus> filtered = new FilteredList<>(all);
    private final StringProperty stateFilter = new SimpleStringProperty(ALL);
    private final StringProperty textFilter = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

    public JobsViewModel(ViewContext context) {
        this.context = context;
        this.autoRefresh = new AutoRefresh(
                context.ticker(),
                ResourceListViewModel.AUTO_REFRESH,
                context.clock(),
                context.connection(),
                this::load);
        stateFilter.addListener((obs, old, state) -> applyFilter());
        textFilter.addListener((obs, old, text) -> applyFilter());
    }

    // Properties

    public FilteredList<BackupJobStatus> jobs() {
        return filtered;
    }

    public StringProperty stateFilterProperty() {
        return stateFilter;
    }

    public StringProperty textFilterProperty() {
        return textFilter;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    // Commands

    public void setShowing(boolean showing) {
        autoRefresh.setShowing(showing);
    }

    public void refresh() {
        autoRefresh.reload();
    }

    private void load() {
        ServiceAdapters adapters = context.connection().adapters();
        if (adapters == null) {
            return;
        }
        AwsBackupAdapter adapter = adapters.get(AwsBackupModule.ADAPTER);
        context.async()
                .run(
                        () -> adapter.listJobs(context.clock().instant().minus(KEPT_BY_AWS), null),
                        jobs -> {
                            if (adapters == context.connection().adapters()) {
                                autoRefresh.succeeded();
                                all.setAll(jobs);
                                error.set("");
                            }
                        },
                        failure -> {
                            if (adapters == context.connection().adapters()) {
                                autoRefresh.failed();
                                error.set(FailureMessages.describe(failure) + autoRefresh.nextTryWords());
                            }
                        });
    }

    private void applyFilter() {
        String state = stateFilter.get();
        String text = textFilter.get() == null ? "" : textFilter.get().strip().toLowerCase(Locale.ROOT);
        filtered.setPredicate(job -> (ALL.equals(state) || state.equals(job.state()))
                && (text.isEmpty() || searchable(job).contains(text)));
    }

    private static String searchable(BackupJobStatus job) {
        return String.join(
                        "\n",
                        job.jobId(),
                        Objects.toString(job.resourceArn(), ""),
                        Objects.toString(job.resourceType(), ""),
                        Objects.toString(job.backupVaultName(), ""),
                        job.state(),
                        job.message())
                .toLowerCase(Locale.ROOT);
    }
}
