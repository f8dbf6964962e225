package io.backupconsole.ui.overview;

import io.backupconsole.aws.AwsRegions.AwsRegion;
import io.backupconsole.aws.overview.OverviewLoader;
import io.backupconsole.aws.overview.OverviewRow;
import io.backupconsole.aws.overview.OverviewTarget;
import io.backupconsole.aws.overview.PairResult;
import io.backupconsole.domain.AwsService;
import io.backupconsole.ui.common.Async;
import io.backupconsole.ui.common.FailureMessages;
import io.backupconsole.ui.shell.ConnectionChoice;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;

/**
 * The all-accounts overview: the user ticks profiles and regions, and one table lists every resource that can be
 * backed up and every backup running now across all the ticked pairs, each row tagged with its account and region.
 * Each pair that fails gets its own error line; the others' rows stay.
 *
 * <p>Threading: the loading runs in the background through {@link Async}, the pairs in parallel on the loader's
 * pool, and each pair's rows arrive as soon as it is read. State, and the lists above all, change on the UI thread
 * only ({@link Async#checkUiThread()} says so where they change): the pairs' answers reach it through
 * {@link Async#onUi}. An answer of a load that is over for this view model (a newer Load, or {@link #stop()}) is
 * dropped there, on the UI thread, by its generation.
 */
public final class OverviewViewModel {
    private final Async async;
    private final OverviewLoader loader;
    private final Supplier<URI> sandboxEndpoint;

    private final ObservableList<Pick<ConnectionChoice>> accounts =
            FXCollections.observableArrayList(pick -> new Observable[] {pick.pickedProperty()});
    private final ObservableList<Pick<AwsRegion>> regions =
            FXCollections.observableArrayList(pick -> new Observable[] {pick.pickedProperty()});
    private final ObservableList<OverviewRow> allRows = FXCollections.observableArrayList();
    private final FilteredList<OverviewRow> filtered = new FilteredList<>(allRows);
    private final SortedList<OverviewRow> rows = new SortedList<>(filtered);
    private final ObservableList<String> errors = FXCollections.observableArrayList();
    private final StringProperty filterText = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("Tick profiles and regions, then Load.");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final BooleanBinding canLoad;
    /** Written on the UI thread only; volatile because the loader's pool reads it to skip pairs not started. */
    private volatile int generation;

    /**
     * @param sandboxEndpoint where the built-in sandbox listens; blocking (may start it), called in the background
     */
    public OverviewViewModel(Async async, OverviewLoader loader, Supplier<URI> sandboxEndpoint) {
        this.async = async;
        this.loader = loader;
        this.sandboxEndpoint = sandboxEndpoint;
        filterText.addListener((obs, old, text) -> filtered.setPredicate(row -> matches(row, text)));
        canLoad = Bindings.createBooleanBinding(
                () -> !loading.get()
                        && accounts.stream().anyMatch(Pick::picked)
                        && regions.stream().anyMatch(Pick::picked),
                loading,
                accounts,
                regions);
    }

    /**
     * Offers the connection bar's current profiles and regions; what was ticked before stays ticked, and with nothing
     * ticked yet the current connection and region are.
     */
    public void offer(
            List<ConnectionChoice> choices,
            List<AwsRegion> regionChoices,
            ConnectionChoice current,
            AwsRegion currentRegion) {
        Set<ConnectionChoice> pickedAccounts = picked(accounts);
        Set<AwsRegion> pickedRegions = picked(regions);
        accounts.setAll(choices.stream()
                .map(choice -> new Pick<>(
                        choice,
                        choice.label(),
                        pickedAccounts.isEmpty() ? choice.equals(current) : pickedAccounts.contains(choice)))
                .toList());
        regions.setAll(regionChoices.stream()
                .map(region -> new Pick<>(
                        region,
                        region.label(),
                        pickedRegions.isEmpty() ? region.equals(currentRegion) : pickedRegions.contains(region)))
                .toList());
    }

    private static <T> Set<T> picked(List<Pick<T>> picks) {
        return picks.stream().filter(Pick::picked).map(Pick::value).collect(Collectors.toSet());
    }

    /** Reads every ticked (profile, region) pair again; rows of an earlier load still arriving are dropped. */
    public void load() {
        if (!canLoad.get()) {
            return;
        }
        List<ConnectionChoice> pickedAccounts =
                accounts.stream().filter(Pick::picked).map(Pick::value).toList();
        List<String> pickedRegions = regions.stream()
                .filter(Pick::picked)
                .map(pick -> pick.value().id())
                .toList();
        async.checkUiThread();
        int run = ++generation;
        int total = pickedAccounts.size() * pickedRegions.size();
        allRows.clear();
        errors.clear();
        loading.set(true);
        status.set("Loading " + total + " profile and region pairs…");
        int[] done = {0};
        async.run(
                () -> loader.load(
                        targets(pickedAccounts, pickedRegions),
                        result -> async.onUi(() -> {
                            if (run == generation) {
                                show(result);
                                done[0]++;
                                status.set("Loading… " + done[0] + " of " + total + " pairs read.");
                            }
                        }),
                        () -> run != generation),
                results -> {
                    if (run == generation) {
                        loading.set(false);
                        long failed =
                                results.stream().filter(result -> !result.ok()).count();
                        status.set(allRows.size() + " rows from " + total + " pairs"
                                + (failed == 0 ? "." : "; " + failed + " with errors (see below)."));
                    }
                },
                failure -> {
                    if (run == generation) {
                        loading.set(false);
                        status.set("Could not load the overview: " + FailureMessages.describe(failure));
                    }
                });
    }

    /**
     * Ends the load in progress, if any (the window was closed): pairs not started yet are not read, and answers
     * still arriving are dropped. The rows read so far stay. UI thread.
     */
    public void stop() {
        async.checkUiThread();
        generation++;
        if (loading.get()) {
            loading.set(false);
            status.set("Stopped: " + allRows.size() + " rows from the pairs read before the window closed.");
        }
    }

    /** Background: the sandbox endpoint is only asked for when the sandbox is ticked, as it may start it. */
    private List<OverviewTarget> targets(List<ConnectionChoice> pickedAccounts, List<String> pickedRegions) {
        URI sandbox = pickedAccounts.stream().anyMatch(c -> c instanceof ConnectionChoice.BuiltInSandbox)
                ? sandboxEndpoint.get()
                : URI.create("http://localhost:1");
        List<OverviewTarget> targets = new ArrayList<>();
        for (ConnectionChoice account : pickedAccounts) {
            for (String region : pickedRegions) {
                targets.add(new OverviewTarget(account.label(), account.connectionIn(region, sandbox)));
            }
        }
        return targets;
    }

    private void show(PairResult result) {
        async.checkUiThread();
        allRows.addAll(result.rows());
        String where = result.target().account() + " in " + result.target().region() + ": ";
        if (result.failure() != null) {
            errors.add(where + FailureMessages.describe(result.failure()));
        }
        for (Map.Entry<AwsService, Throwable> failed : result.failures().entrySet()) {
            errors.add(where + failed.getKey().displayName() + ": " + FailureMessages.describe(failed.getValue()));
        }
        result.notices().forEach(notice -> errors.add(where + notice));
    }

    private static boolean matches(OverviewRow row, String text) {
        if (text == null || text.isBlank()) {
            return true;
        }
        String needle = text.strip().toLowerCase(Locale.ROOT);
        return Stream.of(
                        row.account(),
                        row.accountId(),
                        row.region(),
                        row.name(),
                        row.id(),
                        row.state(),
                        row.detail(),
                        row.kind().words(),
                        row.service().displayName())
                .anyMatch(value -> value.toLowerCase(Locale.ROOT).contains(needle));
    }

    public ObservableList<Pick<ConnectionChoice>> accounts() {
        return accounts;
    }

    public ObservableList<Pick<AwsRegion>> regions() {
        return regions;
    }

    /** The rows that pass the filter; the view binds its sort to this list's comparator. */
    public SortedList<OverviewRow> rows() {
        return rows;
    }

    /** Every row read, before the filter. */
    public List<OverviewRow> allRows() {
        return List.copyOf(allRows);
    }

    /**
     * One line per (profile, region) pair, or service in it, that failed, and per listing that lacks what a failed
     * helper call would have added (its rows are shown).
     */
    public ObservableList<String> errors() {
        return errors;
    }

    public StringProperty filterTextProperty() {
        return filterText;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public BooleanBinding canLoadProperty() {
        return canLoad;
    }
}
