package io.backupconsole.ui.activity;

import io.backupconsole.aws.ServiceRegistry;
import io.backupconsole.domain.Eligibility;
import io.backupconsole.tracking.AdaptersProvider;
import io.backupconsole.tracking.BackupSubmitter;
import io.backupconsole.tracking.JobTracker;
import io.backupconsole.tracking.SubmitUncertain;
import io.backupconsole.tracking.TrackedJob;
import io.backupconsole.ui.activity.ActivityFilters.ServiceFilter;
import io.backupconsole.ui.activity.ActivityFilters.StateFilter;
import io.backupconsole.ui.common.Async;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;

/**
 * The activity window's state: every tracked job as a row (running first, then newest first), the three filters,
 * the selected job's Stop / Retry / Open resource with the reason when they do not apply, Clear finished, export and
 * the per-day chart. Fed by the tracker's news once per poll cycle ({@link #jobsChanged}), applied in one batch.
 *
 * <p>Threading: every method is called on the FX thread (the tracker listener hops there with one runLater per
 * cycle); network and file work goes through {@link Async}, whose callbacks come back on the FX thread.
 */
public final class ActivityViewModel {
    /** Running first (they need attention), then the newest first. */
    static final Comparator<ActivityRow> ORDER = Comparator.comparing(
                    (ActivityRow row) -> row.job().isFinished())
            .thenComparing(row -> row.job().startedAt(), Comparator.reverseOrder());

    private final JobTracker tracker;
    private final BackupSubmitter submitter;
    private final AdaptersProvider adapters;
    private final Async async;
    private final Clock clock;
    private final Consumer<TrackedJob> openResource;
    private final ServiceRegistry services;
    private final Map<String, ActivityRow> byId = new HashMap<>();
    private final ObservableList<ActivityRow> source =
            FXCollections.observableArrayList(row -> new Observable[] {row.valuesProperty()});
    private final SortedList<ActivityRow> rows;
    private final ObjectProperty<ServiceFilter> serviceFilter = new SimpleObjectProperty<>(ServiceFilter.ALL);
    private final ObjectProperty<StateFilter> stateFilter = new SimpleObjectProperty<>(StateFilter.ALL);
    private final StringProperty filterText = new SimpleStringProperty("");
    private final ObjectProperty<ActivityRow> selected = new SimpleObjectProperty<>();
    private final ObservableValue<Eligibility> stop;
    private final ObservableValue<Eligibility> retry;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<ActivityChartData> chart = new ReadOnlyObjectWrapper<>();
    private Consumer<TrackedJob> onJobEnded = job -> {};

    /**
     * @param services     the app's services: which can stop a backup, how a retry is named, the service filter
     * @param adapters     the tracker's clients per connection and region, for a retry's create call
     * @param openResource shows the job's service in the main window
     */
    public ActivityViewModel(
            ServiceRegistry services,
            JobTracker tracker,
            BackupSubmitter submitter,
            AdaptersProvider adapters,
            Async async,
            Clock clock,
            Consumer<TrackedJob> openResource) {
        this.services = services;
        this.tracker = tracker;
        this.submitter = submitter;
        this.adapters = adapters;
        this.async = async;
        this.clock = clock;
        this.openResource = openResource;
        FilteredList<ActivityRow> filtered = new FilteredList<>(source);
        filtered.predicateProperty()
                .bind(Bindings.createObjectBinding(
                        () -> ActivityFilters.of(serviceFilter.get(), stateFilter.get(), filterText.get(), clock),
                        serviceFilter,
                        stateFilter,
                        filterText));
        rows = new SortedList<>(filtered, ORDER);
        ObservableValue<TrackedJob> selectedJob =
                selected.flatMap(ActivityRow::valuesProperty).map(ActivityRow.Values::job);
        stop = selected.flatMap(ActivityRow::valuesProperty)
                .map(row -> ActivityActions.stop(services, row))
                .orElse(ActivityActions.NOTHING_SELECTED);
        retry = selectedJob.map(ActivityActions::retry).orElse(ActivityActions.NOTHING_SELECTED);
        replaceAll(tracker.jobs());
    }

    // Properties

    /** The table's rows: filtered and in {@link #ORDER}. */
    public ObservableList<ActivityRow> rows() {
        return rows;
    }

    /** The service filter's choices: every service, and all of them. */
    public List<ServiceFilter> serviceFilterChoices() {
        return ServiceFilter.choices(services.services());
    }

    public ObjectProperty<ServiceFilter> serviceFilterProperty() {
        return serviceFilter;
    }

    public ObjectProperty<StateFilter> stateFilterProperty() {
        return stateFilter;
    }

    public StringProperty filterTextProperty() {
        return filterText;
    }

    /** Input: the row selected in the table, or null. */
    public ObjectProperty<ActivityRow> selectedProperty() {
        return selected;
    }

    /** Whether Stop applies to the selected job, and why not. */
    public ObservableValue<Eligibility> stopProperty() {
        return stop;
    }

    /** Whether Retry applies to the selected job, and why not. */
    public ObservableValue<Eligibility> retryProperty() {
        return retry;
    }

    /** One line under the buttons: why the selected job's actions are off ("FSx cannot cancel…"), or empty. */
    public ObservableValue<String> actionHintProperty() {
        return Bindings.createStringBinding(() -> hint(stop.getValue(), retry.getValue()), stop, retry);
    }

    /** True while a stop, retry, clear or export is on its way. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** What the last command did or why it failed. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ActivityChartData> chartProperty() {
        return chart.getReadOnlyProperty();
    }

    /** Told of each job that ended (was running, now final): the desktop notification. */
    public void onJobEnded(Consumer<TrackedJob> listener) {
        this.onJobEnded = listener;
    }

    // Commands

    /** The tracker's news of one cycle: the changed rows are replaced by id (new jobs added), all at once. */
    public void jobsChanged(List<TrackedJob> changed) {
        for (TrackedJob job : changed) {
            ActivityRow row = byId.get(job.id());
            if (row == null) {
                row = new ActivityRow(job, tracker.problemOf(job), tracker.unreachableReason(job), clock.instant());
                byId.put(job.id(), row);
                source.add(row);
            } else {
                boolean wasRunning = !row.job().isFinished();
                row.update(job, tracker.problemOf(job), tracker.unreachableReason(job), clock.instant());
                if (wasRunning && job.isFinished()) {
                    onJobEnded.accept(job);
                }
            }
        }
        updateChart();
    }

    /**
     * The view's clock tick: ETAs count down and polling problems (throttled…, unreachable) show without a job
     * change.
     */
    public void tick() {
        Set<String> unreachableBefore = unreachableIds();
        source.stream()
                .filter(row -> !row.job().isFinished())
                .forEach(row -> row.update(
                        row.job(),
                        tracker.problemOf(row.job()),
                        tracker.unreachableReason(row.job()),
                        clock.instant()));
        if (!unreachableIds().equals(unreachableBefore)) {
            updateChart();
        }
    }

    public void stop() {
        ActivityRow row = selected.get();
        if (row == null || !stop.getValue().allowed()) {
            return;
        }
        TrackedJob job = row.job();
        run(
                () -> {
                    tracker.stop(job);
                    return null;
                },
                done -> message.set("Asked AWS Backup to stop the backup of " + job.resourceName() + "."),
                "Could not stop the backup of " + job.resourceName());
    }

    /** A new job with the same parameters; it joins the table through the tracker's news like any new job. */
    public void retry() {
        ActivityRow row = selected.get();
        if (row == null || !retry.getValue().allowed()) {
            return;
        }
        TrackedJob old = row.job();
        List<TrackedJob> tracked = tracker.jobs();
        run(
                () -> {
                    try {
                        TrackedJob fresh = submitter.submit(
                                adapters.adaptersFor(old.connection(), old.region())
                                        .starter(old.service()),
                                old.connection(),
                                old.region(),
                                ActivityActions.retryRequest(services, old, tracked));
                        tracker.started(fresh);
                        return fresh;
                    } catch (SubmitUncertain uncertain) {
                        tracker.started(uncertain.job());
                        throw uncertain;
                    }
                },
                fresh -> message.set(
                        "Started a new backup of " + fresh.resourceName() + " (" + fresh.serviceJobId() + ")."),
                "Could not start the backup of " + old.resourceName() + " again");
    }

    public void openResource() {
        ActivityRow row = selected.get();
        if (row != null) {
            openResource.accept(row.job());
        }
    }

    /** Forgets every finished job (the journal write runs in the background), then shows what is left. */
    public void clearFinished() {
        run(
                () -> {
                    tracker.clearFinished();
                    return tracker.jobs();
                },
                left -> {
                    replaceAll(left);
                    message.set("Finished backups cleared.");
                },
                "Could not clear the finished backups");
    }

    /** Writes the rows the table shows (filters applied) as CSV. */
    public void exportCsv(Path target) {
        export(target, jobs -> ActivityExport.csv(target, jobs));
    }

    /** Writes the rows the table shows (filters applied) as JSON. */
    public void exportJson(Path target) {
        export(target, jobs -> ActivityExport.json(target, jobs));
    }

    private interface Writer {
        void write(List<TrackedJob> jobs) throws IOException;
    }

    private void export(Path target, Writer writer) {
        List<TrackedJob> jobs = rows.stream().map(ActivityRow::job).toList();
        run(
                () -> {
                    try {
                        writer.write(jobs);
                        return jobs.size();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e.getMessage(), e);
                    }
                },
                count ->
                        message.set("Exported " + count + (count == 1 ? " backup to " : " backups to ") + target + "."),
                "Could not export to " + target);
    }

    private <T> void run(Supplier<T> work, Consumer<T> done, String failed) {
        busy.set(true);
        message.set("");
        async.run(
                work,
                result -> {
                    busy.set(false);
                    done.accept(result);
                },
                failure -> {
                    busy.set(false);
                    message.set(
                            failed + ": " + (failure.getMessage() == null ? failure.toString() : failure.getMessage()));
                });
    }

    private void replaceAll(List<TrackedJob> jobs) {
        Map<String, TrackedJob> keep = new HashMap<>();
        jobs.forEach(job -> keep.put(job.id(), job));
        source.removeIf(row -> !keep.containsKey(row.id()));
        byId.keySet().retainAll(keep.keySet());
        jobsChanged(jobs);
    }

    private void updateChart() {
        chart.set(ActivityChartData.of(
                byId.values().stream().map(ActivityRow::job).toList(),
                unreachableIds(),
                LocalDate.now(clock),
                clock.getZone()));
    }

    private Set<String> unreachableIds() {
        return byId.values().stream()
                .filter(row -> row.values().unreachable())
                .map(ActivityRow::id)
                .collect(Collectors.toSet());
    }

    private static String hint(Eligibility stop, Eligibility retry) {
        if (stop == ActivityActions.NOTHING_SELECTED) {
            return "Select a backup to stop, retry or open it.";
        }
        return !stop.allowed() && !stop.reason().startsWith("This backup has already ended")
                ? stop.reason()
                : !retry.allowed() && !retry.reason().startsWith("This backup is still running") ? retry.reason() : "";
    }
}
