package io.backupconsole.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.backupconsole.ServiceCatalog;
import io.backupconsole.aws.ClientFactory;
import io.backupconsole.aws.Connection;
import io.backupconsole.aws.ServiceAdapter;
import io.backupconsole.aws.ServiceAdapters;
import io.backupconsole.concurrent.BackgroundExecutor;
import io.backupconsole.domain.AwsService;
import io.backupconsole.domain.BackupSummary;
import io.backupconsole.domain.Eligibility;
import io.backupconsole.domain.Resource;
import io.backupconsole.storage.ResourceCache;
import io.backupconsole.testsupport.StandardServices;
import io.backupconsole.testsupport.TestClients;
import io.backupconsole.tracking.BackupSubmitter;
import io.backupconsole.tracking.ConnectionPool;
import io.backupconsole.tracking.JobJournal;
import io.backupconsole.tracking.JobTracker;
import io.backupconsole.tracking.PollCadence;
import io.backupconsole.tracking.TrackedJob;
import io.backupconsole.tracking.TrackerLoop;
import io.backupconsole.ui.common.Async;
import io.backupconsole.ui.common.BackUpAction;
import io.backupconsole.ui.common.ConnectionContext;
import io.backupconsole.ui.common.ScheduledTicker;
import io.backupconsole.ui.common.ViewContext;
import io.backupconsole.ui.fsx.FsxTable;
import io.backupconsole.ui.resources.ResourceListViewModel;
import io.backupconsole.ui.resources.ResourceTableView;
import io.backupconsole.ui.resources.ResourceTableViewModel;
import io.backupconsole.ui.shell.ShellView;
import io.backupconsole.ui.shell.StatusBarViewModel;
import io.backupconsole.ui.shell.ThemeApplier;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javax.imageio.ImageIO;

/**
 * Child JVM of the suite: the app's real FSx view (FXML, table, binder, view model) over 10,000 synthetic
 * resources from a stub adapter, while the app's real {@link JobTracker} + {@link TrackerLoop} track the jobs of a
 * journal against the suite's sandbox, reporting to a {@link StatusBarViewModel} on the FX thread the way the app
 * does, in the app's default theme. Measures the gaps between JavaFX pulses (an {@link AnimationTimer} keeps a
 * pulse requested every frame), then the cost of one filter keystroke split into its parts, then the same with a row
 * selected. Args: endpoint URL, data folder holding jobs.json, seconds to watch (0: filter only), output JSON file.
 * {@code -Dbench.screenshot=file.png} saves the view once loaded; {@code -Dbench.modena=true} keeps JavaFX's theme.
 */
public final class FxScenario {
    static final int ROWS = 10_000;
    private static final String[] FILTERS = {
        "fs-1", "fs-12", "fs-123", "", "name-9", "name-99", "", "lustre", "fs-4", "", "zzz", ""
    };

    public static void main(String[] args) throws Exception {
        URI endpoint = URI.create(args[0]);
        Path dataFolder = Path.of(args[1]);
        int watchSeconds = Integer.parseInt(args[2]);
        Path output = Path.of(args[3]);
        Map<String, Object> result = new LinkedHashMap<>();

        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();

        BackgroundExecutor background = new BackgroundExecutor();
        Clock clock = Clock.systemDefaultZone();
        JobJournal journal = new JobJournal(dataFolder, clock);
        journal.open();
        // The scenario's process lives until the bench ends: its factory is never closed.
        ClientFactory clients = TestClients.factory();
        ConnectionPool pool = new ConnectionPool(clients.services(), () -> endpoint, clients::connect);
        JobTracker tracker = new JobTracker(
                journal, pool, new BackupSubmitter(journal, clock), clock, new PollCadence(new SplittableRandom()));
        StatusBarViewModel status = new StatusBarViewModel();
        tracker.addListener(changed -> {
            List<TrackedJob> all = tracker.jobs();
            var unreachable = tracker.unreachableJobIds();
            Platform.runLater(() -> status.jobsChanged(all, changed, unreachable));
        });
        long running = tracker.jobs().stream().filter(job -> !job.isFinished()).count();
        result.put("tracked_jobs_running_at_start", running);

        ConnectionContext connection = new ConnectionContext();
        ScheduledTicker ticker = new ScheduledTicker(Platform::runLater);
        ViewContext context = new ViewContext(
                connection,
                new Async(background.executor(), Platform::runLater),
                ticker,
                clock,
                null,
                new BackUpAction() {
                    @Override
                    public void open(Resource resource, Runnable whenStarted) {}

                    @Override
                    public void openBulk(List<Resource> resources, Runnable whenStarted) {}
                },
                ResourceCache.none());
        ResourceTableViewModel viewModel = new ResourceTableViewModel(FsxTable.spec(), context);
        ResourceListViewModel list = viewModel.list();
        CompletableFuture<Scene> shown = new CompletableFuture<>();
        Platform.runLater(() -> {
            // The look users get: the app's default theme (AtlantaFX Primer Light as the user-agent stylesheet, as
            // ThemeApplier sets it) and the shell's stylesheet around the view, not JavaFX's Modena (24 px rows
            // instead of the app's 38, and different CSS work per cell).
            if (!Boolean.getBoolean("bench.modena")) {
                Application.setUserAgentStylesheet(ThemeApplier.stylesheet(false));
            }
            ResourceTableView view = new ResourceTableView(viewModel, clock);
            Stage stage = new Stage();
            StackPane shell = new StackPane(view.root());
            shell.getStylesheets().add(ShellView.class.getResource("shell.css").toExternalForm());
            Scene scene = new Scene(shell, 1200, 760);
            stage.setScene(scene);
            stage.show();
            view.setShowing(true);
            connection.connected(stubAdapters(endpoint));
            shown.complete(scene);
        });
        Scene scene = shown.get(60, TimeUnit.SECONDS);
        long loadStart = System.nanoTime();
        while (onFx(() -> list.allRows().size()) < ROWS) {
            if (System.nanoTime() - loadStart > TimeUnit.SECONDS.toNanos(60)) {
                throw new IllegalStateException("the 10,000 rows never arrived");
            }
            Thread.sleep(50);
        }
        result.put("rows_loaded_ms", (System.nanoTime() - loadStart) / 1_000_000);
        Thread.sleep(500);
        result.put(
                "row_height_px",
                onFx(() -> scene.getRoot().lookupAll(".table-row-cell").stream()
                        .mapToDouble(row -> row.getLayoutBounds().getHeight())
                        .max()
                        .orElse(-1)));
        String screenshot = System.getProperty("bench.screenshot");
        if (screenshot != null) {
            onFx(() -> {
                writePng(scene.snapshot(null), Path.of(screenshot));
                return null;
            });
        }

        // Pulse gaps while tracking: the loop polls every due group; one cycle is forced at the start.
        List<Long> pulses = new ArrayList<>(watchSeconds * 70);
        AnimationTimer recorder = new AnimationTimer() {
            @Override
            public void handle(long now) {
                pulses.add(System.nanoTime());
            }
        };
        Platform.runLater(recorder::start);
        Thread.sleep(1000);
        TrackerLoop loop = new TrackerLoop(tracker, background.executor());
        tracker.pollNow();
        int watchedFrom = onFx(pulses::size);
        Thread.sleep(watchSeconds * 1000L);
        onFx(() -> {
            recorder.stop();
            return null;
        });
        long[] stamps = onFx(() -> pulses.subList(watchedFrom, pulses.size()).stream()
                .mapToLong(Long::longValue)
                .toArray());
        double[] gaps = new double[Math.max(0, stamps.length - 1)];
        for (int i = 1; i < stamps.length; i++) {
            gaps[i - 1] = (stamps[i] - stamps[i - 1]) / 1e6;
        }
        double[] sortedGaps = gaps.clone();
        Arrays.sort(sortedGaps);
        result.put("pulses", stamps.length);
        result.put("fx_max_stall_ms", round(sortedGaps.length == 0 ? -1 : sortedGaps[sortedGaps.length - 1]));
        result.put("fx_p99_gap_ms", round(percentile(sortedGaps, 0.99)));
        result.put("fx_median_gap_ms", round(percentile(sortedGaps, 0.5)));
        result.put("fx_gaps_over_50ms", Arrays.stream(gaps).filter(g -> g > 50).count());
        // When each long gap began (ms after the watch began, and wall clock to match a JFR recording's events).
        long wallAtFirst =
                System.currentTimeMillis() - (System.nanoTime() - (stamps.length == 0 ? 0 : stamps[0])) / 1_000_000;
        List<String> longGaps = new ArrayList<>();
        for (int i = 0; i < gaps.length; i++) {
            if (gaps[i] > 35) {
                long at = (stamps[i] - stamps[0]) / 1_000_000;
                longGaps.add(round(gaps[i]) + " ms at +" + at + " ms (" + Instant.ofEpochMilli(wallAtFirst + at) + ")");
            }
        }
        result.put("fx_gaps_over_35ms_at", longGaps);
        result.put(
                "tracked_jobs_running_at_end",
                tracker.jobs().stream().filter(job -> !job.isFinished()).count());
        loop.close();

        // One filter keystroke: set the text, then the table's layout pass (CSS + layout of the scene), timed on the
        // FX thread. Warm-up first (JIT), then the measured ones; the texts cycle so each changes the rows shown.
        // Split of each keystroke: the property set (predicate pass, FilteredList change, the table's listeners:
        // selection and focus models, skin), then the CSS pass, then the layout pass (VirtualFlow, cell updates).
        List<Double> times = new ArrayList<>();
        List<Double> setTimes = new ArrayList<>();
        List<Double> cssTimes = new ArrayList<>();
        List<Double> layoutTimes = new ArrayList<>();
        List<Double> predicateTimes = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            String text = FILTERS[i % FILTERS.length];
            double[] split = onFx(() -> {
                long t0 = System.nanoTime();
                list.filterTextProperty().set(text);
                long t1 = System.nanoTime();
                scene.getRoot().applyCss();
                long t2 = System.nanoTime();
                scene.getRoot().layout();
                long t3 = System.nanoTime();
                return new double[] {(t3 - t0) / 1e6, (t1 - t0) / 1e6, (t2 - t1) / 1e6, (t3 - t2) / 1e6};
            });
            // The predicate pass alone: the same test over every row, with no list or table behind it.
            double predicate = onFx(() -> predicatePassMs(list, text));
            if (i >= 30) {
                times.add(split[0]);
                setTimes.add(split[1]);
                cssTimes.add(split[2]);
                layoutTimes.add(split[3]);
                predicateTimes.add(predicate);
            }
            Thread.sleep(20); // let a pulse render it, as between real keystrokes
        }
        double[] sortedTimes = sorted(times);
        result.put("filter_10k_rows_ms", round(percentile(sortedTimes, 0.5)));
        result.put("filter_10k_rows_p90_ms", round(percentile(sortedTimes, 0.9)));
        result.put("filter_10k_rows_max_ms", round(sortedTimes[sortedTimes.length - 1]));
        result.put("filter_samples", sortedTimes.length);
        result.put(
                "filter_split_median_ms",
                Map.of(
                        "predicate_pass",
                        round(percentile(sorted(predicateTimes), 0.5)),
                        "set_filter_text",
                        round(percentile(sorted(setTimes), 0.5)),
                        "apply_css",
                        round(percentile(sorted(cssTimes), 0.5)),
                        "layout",
                        round(percentile(sorted(layoutTimes), 0.5))));

        // The same keystrokes with a row selected (re-selected before each, outside the timing): what the table's
        // selection model adds when the rows under a selection change. Not a target, for comparison.
        @SuppressWarnings("unchecked")
        TableView<Resource> table = (TableView<Resource>) scene.getRoot().lookup("#table");
        List<Double> selectedTimes = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            String text = FILTERS[i % FILTERS.length];
            double ms = onFx(() -> {
                if (!table.getItems().isEmpty()) {
                    table.getSelectionModel()
                            .clearAndSelect(Math.min(3, table.getItems().size() - 1));
                }
                scene.getRoot().applyCss();
                scene.getRoot().layout();
                long t0 = System.nanoTime();
                list.filterTextProperty().set(text);
                scene.getRoot().applyCss();
                scene.getRoot().layout();
                return (System.nanoTime() - t0) / 1e6;
            });
            if (i >= 12) {
                selectedTimes.add(ms);
            }
            Thread.sleep(20);
        }
        result.put("filter_10k_rows_with_selection_ms", round(percentile(sorted(selectedTimes), 0.5)));

        new ObjectMapper().writerWithDefaultPrettyPrinter().writeValue(output.toFile(), result);
        ticker.close();
        pool.close();
        background.close();
        Platform.exit();
        System.exit(0);
    }

    private static ServiceAdapters stubAdapters(URI endpoint) {
        Map<AwsService, URI> endpoints = new LinkedHashMap<>();
        for (AwsService service : StandardServices.registry().services()) {
            endpoints.put(service, endpoint);
        }
        Instant created = Instant.parse("2026-01-01T00:00:00Z");
        List<Resource> many = IntStream.range(0, ROWS)
                .mapToObj(i -> new Resource(
                        AwsService.FSX,
                        String.format("fs-%017x", 0x1000L + i),
                        "name-" + i,
                        i % 3 == 0 ? "LUSTRE" : "WINDOWS",
                        "AVAILABLE",
                        created.plusSeconds(i * 60L),
                        null,
                        Eligibility.ALLOWED,
                        List.of()))
                .toList();
        Map<AwsService, ServiceAdapter> adapters = new LinkedHashMap<>();
        for (AwsService service : StandardServices.registry().services()) {
            List<Resource> resources = service == AwsService.FSX ? many : List.of();
            adapters.put(service, new ServiceAdapter() {
                @Override
                public AwsService service() {
                    return service;
                }

                @Override
                public List<Resource> listResources() {
                    return resources;
                }

                @Override
                public List<BackupSummary> listBackups(String resourceId) {
                    return List.of();
                }
            });
        }
        return new ServiceAdapters(
                ServiceCatalog.standard().services(),
                new Connection.Endpoint(endpoints, "us-east-1"),
                adapters,
                () -> {});
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        CompletableFuture<T> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                done.complete(work.call());
            } catch (Throwable t) {
                done.completeExceptionally(t);
            }
        });
        return done.get(60, TimeUnit.SECONDS);
    }

    /** A snapshot as PNG, without javafx.swing (not on the class path). */
    private static void writePng(WritableImage image, Path file) throws IOException {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out.setRGB(x, y, image.getPixelReader().getArgb(x, y));
            }
        }
        ImageIO.write(out, "png", file.toFile());
    }

    private static double[] sorted(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    }

    /** Times the filter's test over every loaded row in the table's order, as FilteredList does it. */
    private static double predicatePassMs(ResourceListViewModel list, String text) {
        Predicate<Resource> test = list.filterPredicate(text);
        long t0 = System.nanoTime();
        int passed = 0;
        for (Resource resource : list.allRows()) {
            if (test == null || test.test(resource)) {
                passed++;
            }
        }
        long t1 = System.nanoTime();
        if (passed < 0) {
            throw new AssertionError();
        }
        return (t1 - t0) / 1e6;
    }

    static double percentile(double[] sorted, double p) {
        if (sorted.length == 0) {
            return -1;
        }
        int index = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
