package io.backupconsole.ui.overview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.backupconsole.aws.ClientFactory;
import io.backupconsole.aws.Connection;
import io.backupconsole.aws.ServiceAdapters;
import io.backupconsole.aws.fsx.FsxModule;
import io.backupconsole.aws.overview.OverviewLoader;
import io.backupconsole.aws.overview.OverviewRow;
import io.backupconsole.domain.AwsService;
import io.backupconsole.domain.Resource;
import io.backupconsole.testsupport.SandboxFixture;
import io.backupconsole.ui.common.Async;
import io.backupconsole.ui.shell.ConnectionChoice;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import javafx.collections.ListChangeListener;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The overview over three profiles × two regions of the real sandbox, one pair unreachable, run synchronously. */
class OverviewViewModelTest {
    @RegisterExtension
    static final SandboxFixture sandbox = new SandboxFixture();

    /** The class's client factory, over temporary AWS files naming the three profiles. */
    private static ClientFactory clients;

    @BeforeAll
    static void profileFiles() throws Exception {
        clients = OverviewFixture.clients();
    }

    @AfterAll
    static void closeClients() {
        clients.close();
    }

    /** One load shared by the tests that only read it (each load reads six pairs), per kind of answer. */
    private static final Map<Boolean, OverviewViewModel> shared = new HashMap<>();

    OverviewViewModel sharedLoad() {
        return shared.computeIfAbsent(sandbox.sparse(), sparse -> loaded());
    }

    OverviewViewModel loaded() {
        OverviewViewModel model = new OverviewViewModel(
                Async.synchronous(),
                new OverviewLoader(OverviewFixture.connector(clients), Clock.systemUTC()),
                () -> sandbox.server().endpoint());
        List<ConnectionChoice> profiles = OverviewFixture.profiles(sandbox);
        model.offer(profiles, OverviewFixture.REGIONS, profiles.get(0), OverviewFixture.REGIONS.get(0));
        model.accounts().forEach(pick -> pick.pickedProperty().set(true));
        model.regions().forEach(pick -> pick.pickedProperty().set(true));
        model.load();
        return model;
    }

    @Test
    void onePairFailingLeavesTheOtherFivePairsRowsIntact() {
        OverviewViewModel model = sharedLoad();

        List<String> accountsWithRows = model.allRows().stream()
                .map(row -> row.account() + "/" + row.region())
                .distinct()
                .sorted()
                .toList();
        assertEquals(
                List.of(
                        "Profile alpha (command line)/eu-west-1",
                        "Profile alpha (command line)/us-east-1",
                        "Profile beta (command line)/eu-west-1",
                        "Profile beta (command line)/us-east-1",
                        "Profile gamma (command line)/us-east-1"),
                accountsWithRows);
        assertEquals(1, model.errors().size(), model.errors().toString());
        assertTrue(
                model.errors().get(0).startsWith("Profile gamma (command line) in eu-west-1: Could not reach ")
                        && model.errors().get(0).contains("connection refused"),
                model.errors().get(0));
        assertFalse(model.loadingProperty().get());
        assertTrue(
                model.statusProperty().get().contains("1 with errors"),
                model.statusProperty().get());
    }

    @Test
    void aHelperCallThatFailsIsReportedPerPairAndItsServicesRowsStay() {
        sandbox.configure(c -> c.withUnsupportedOperations(List.of("fsx:DescribeVolumes")));
        OverviewViewModel model = loaded();

        List<String> notices = model.errors().stream()
                .filter(line -> line.contains("Amazon FSx: "))
                .toList();
        assertEquals(5, notices.size(), "one per pair that was read: " + model.errors());
        assertTrue(
                notices.stream().allMatch(line -> line.toLowerCase(Locale.ROOT).contains("volume")),
                notices.toString());
        assertTrue(
                model.allRows().stream()
                        .anyMatch(row ->
                                row.service() == AwsService.FSX && row.id().startsWith("fs-")),
                "the file systems are listed all the same");
        assertTrue(
                model.allRows().stream().noneMatch(row -> row.id().startsWith("fsvol-")),
                "what the failed call would have added is left out");
    }

    @Test
    void everyPairShowsTheSameSandboxDataTaggedWithItsAccountAndRegion() {
        OverviewViewModel model = sharedLoad();

        long alphaUs = count(model, "alpha", "us-east-1");
        assertTrue(alphaUs > 0);
        assertEquals(alphaUs, count(model, "gamma", "us-east-1"));
        assertEquals(count(model, "alpha", "eu-west-1"), count(model, "beta", "eu-west-1"));
        assertTrue(model.allRows().stream().allMatch(row -> row.accountId().matches("\\d{12}")));
        assertTrue(model.allRows().stream()
                .anyMatch(row ->
                        row.service() == AwsService.LIGHTSAIL && row.region().equals("eu-west-1")));
    }

    @Test
    void aBackupRunningInTheSandboxShowsForEveryProfile() {
        // Real time, so the backup is still being made when the overview reads.
        sandbox.server().configure(sandbox.testConfig().withTimeScale(1.0));
        Resource fileSystem = sandbox.eligible(AwsService.FSX);
        String backupId = sandbox.adapters()
                .get(FsxModule.ADAPTER)
                .createBackup(fileSystem.id(), "overview-run", List.of(), "overview-test-token")
                .id();

        OverviewViewModel model = loaded();

        List<OverviewRow> running = model.allRows().stream()
                .filter(row -> row.kind() == OverviewRow.Kind.RUNNING_BACKUP
                        && row.id().equals(backupId))
                .toList();
        assertEquals(3, running.size(), running.toString());
        assertTrue(
                running.get(0).detail().contains(fileSystem.id()),
                running.get(0).detail());
    }

    @Test
    void theFilterNarrowsRowsToOneRegionAndCanLoadNeedsAPick() {
        OverviewViewModel model = loaded();
        int all = model.rows().size();

        model.filterTextProperty().set("eu-west-1");
        assertTrue(model.rows().size() < all);
        assertTrue(model.rows().stream().allMatch(row -> row.region().equals("eu-west-1")));

        model.regions().forEach(pick -> pick.pickedProperty().set(false));
        assertFalse(model.canLoadProperty().get());
    }

    private static long count(OverviewViewModel model, String profile, String region) {
        return model.allRows().stream()
                .filter(row -> row.account().contains(" " + profile + " ")
                        && row.region().equals(region))
                .count();
    }

    @Test
    void everyListChangeHappensOnTheUiThreadThoughThePairsAreReadInParallel() {
        OverviewViewModel model = new OverviewViewModel(
                Async.synchronous(),
                new OverviewLoader(OverviewFixture.connector(clients), Clock.systemUTC()),
                () -> sandbox.server().endpoint());
        List<ConnectionChoice> profiles = OverviewFixture.profiles(sandbox);
        model.offer(profiles, OverviewFixture.REGIONS, profiles.get(0), OverviewFixture.REGIONS.get(0));
        model.accounts().forEach(pick -> pick.pickedProperty().set(true));
        model.regions().forEach(pick -> pick.pickedProperty().set(true));
        Set<String> changedOn = ConcurrentHashMap.newKeySet();
        model.rows().addListener((ListChangeListener<OverviewRow>)
                change -> changedOn.add(Thread.currentThread().getName()));
        model.errors().addListener((ListChangeListener<String>)
                change -> changedOn.add(Thread.currentThread().getName()));

        model.load();

        assertEquals(Set.of(Thread.currentThread().getName()), changedOn, "the UI thread, never the loader's pool");
        assertEquals(1, model.errors().size(), model.errors().toString());
        assertEquals(
                5,
                model.allRows().stream()
                        .map(row -> row.account() + row.region())
                        .distinct()
                        .count());
    }

    @Test
    void stoppingDropsTheAnswersStillComingAndSkipsThePairsNotStarted() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger connecting = new AtomicInteger();
        Function<Connection, ServiceAdapters> real = OverviewFixture.connector(clients);
        Function<Connection, ServiceAdapters> held = connection -> {
            connecting.incrementAndGet();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return real.apply(connection);
        };
        ExecutorService background = Executors.newSingleThreadExecutor();
        Queue<Runnable> ui = new ConcurrentLinkedQueue<>();
        Thread uiThread = Thread.currentThread();
        OverviewViewModel model = new OverviewViewModel(
                new Async(background, ui::add, () -> Thread.currentThread() == uiThread),
                new OverviewLoader(held, Clock.systemUTC()),
                () -> sandbox.server().endpoint());
        List<ConnectionChoice> profiles = OverviewFixture.profiles(sandbox);
        model.offer(profiles, OverviewFixture.REGIONS, profiles.get(0), OverviewFixture.REGIONS.get(0));
        model.accounts().forEach(pick -> pick.pickedProperty().set(true));
        model.regions().forEach(pick -> pick.pickedProperty().set(true));

        model.load();
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> connecting.get() == OverviewLoader.PARALLELISM);
        model.stop();
        release.countDown();
        background.shutdown();
        assertTrue(background.awaitTermination(60, TimeUnit.SECONDS), "the load ends once its pairs are read");
        for (Runnable callback = ui.poll(); callback != null; callback = ui.poll()) {
            callback.run();
        }

        assertEquals(OverviewLoader.PARALLELISM, connecting.get(), "the two pairs not started are never read");
        assertEquals(List.of(), model.allRows(), "the answers that came after Stop are dropped");
        assertEquals(List.of(), model.errors());
        assertFalse(model.loadingProperty().get());
        assertTrue(
                model.statusProperty().get().startsWith("Stopped"),
                model.statusProperty().get());
        assertTrue(model.canLoadProperty().get(), "Load works again");
    }
}
