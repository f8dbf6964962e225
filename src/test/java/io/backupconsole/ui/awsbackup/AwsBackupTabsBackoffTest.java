package io.backupconsole.ui.awsbackup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.backupconsole.sandbox.SandboxConfig;
import io.backupconsole.testsupport.MovableClock;
import io.backupconsole.testsupport.SandboxFixture;
import io.backupconsole.testsupport.ViewTestContext;
import io.backupconsole.ui.resources.ResourceListViewModel;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * AWS Backup's Vaults and Recent jobs tabs back off like the resource tables while their listing fails: automatic
 * tries 30 s, 1, 2, 4, then every 5 minutes after the one before (ticks come every 30 s), the user's Refresh at
 * once, and back to every tick by themselves once the listing works. Time is a movable clock, ticks are by hand.
 */
class AwsBackupTabsBackoffTest {
    @RegisterExtension
    static final SandboxFixture sandbox = new SandboxFixture();

    private static final List<Duration> PAUSES = List.of(
            Duration.ofSeconds(30),
            Duration.ofMinutes(1),
            Duration.ofMinutes(2),
            Duration.ofMinutes(4),
            Duration.ofMinutes(5),
            Duration.ofMinutes(5));

    private final MovableClock clock = new MovableClock(Instant.now());
    private ViewTestContext test;
    private AwsBackupViewModel viewModel;

    @BeforeEach
    void setUp() {
        test = new ViewTestContext(sandbox, clock);
        test.connect("us-east-1");
        viewModel = new AwsBackupViewModel(test.context);
    }

    @AfterEach
    void tearDown() {
        test.close();
    }

    @Test
    void theVaultsTabBacksOffWhileListingFailsAndRecoversByItself() {
        backsOffAndRecovers(
                AwsBackupViewModel.Tab.VAULTS,
                "backup:ListBackupVaults",
                () -> viewModel.vaults().errorProperty().get(),
                () -> !viewModel.vaults().vaults().isEmpty(),
                () -> viewModel.vaults().refresh());
    }

    @Test
    void theJobsTabBacksOffWhileListingFailsAndRecoversByItself() {
        backsOffAndRecovers(
                AwsBackupViewModel.Tab.JOBS,
                "backup:ListBackupJobs",
                () -> viewModel.jobs().errorProperty().get(),
                () -> !viewModel.jobs().jobs().isEmpty(),
                () -> viewModel.jobs().refresh());
    }

    private void backsOffAndRecovers(
            AwsBackupViewModel.Tab tab,
            String listing,
            Supplier<String> error,
            BooleanSupplier listed,
            Runnable userRefresh) {
        sandbox.configure(c -> new SandboxConfig(c.timeScale(), 0, 0, 0, 1.0, 0, List.of(listing), c.seed()));
        viewModel.setShowing(true);
        Instant start = clock.instant();

        viewModel.selectTab(tab);

        assertTrue(error.get().contains("Next automatic try at "), error.get());
        long calls = sandbox.count(listing);
        assertTrue(calls > 0);
        Instant lastTry = start;
        for (Duration pause : PAUSES) {
            Instant due = lastTry.plus(pause);
            for (Instant tick = lastTry.plus(ResourceListViewModel.AUTO_REFRESH);
                    tick.isBefore(due);
                    tick = tick.plus(ResourceListViewModel.AUTO_REFRESH)) {
                clock.set(tick);
                test.ticker.tick();
                assertEquals(calls, sandbox.count(listing), "no automatic try at " + tick + ", before " + due);
            }
            clock.set(due);
            test.ticker.tick();
            assertTrue(sandbox.count(listing) > calls, "the automatic try at " + due);
            calls = sandbox.count(listing);
            lastTry = due;
        }

        userRefresh.run();
        assertTrue(sandbox.count(listing) > calls, "the user's Refresh never waits");

        sandbox.configure(c -> SandboxFixture.TEST_CONFIG);
        clock.set(lastTry.plus(PAUSES.getLast()));
        test.ticker.tick();

        assertEquals("", error.get());
        assertTrue(listed.getAsBoolean(), "the list is back without the user doing anything");
        calls = sandbox.count(listing);
        clock.advance(ResourceListViewModel.AUTO_REFRESH);
        test.ticker.tick();
        assertEquals(calls + 1, sandbox.count(listing), "back to one call at every tick");
    }
}
