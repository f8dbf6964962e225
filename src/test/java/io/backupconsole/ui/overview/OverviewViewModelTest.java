package io.backupconsole.ui.overview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.backupconsole.aws.fsx.FsxAdapter;
import io.backupconsole.aws.overview.OverviewLoader;
import io.backupconsole.aws.overview.OverviewRow;
import io.backupconsole.domain.AwsService;
import io.backupconsole.domain.Resource;
import io.backupconsole.testsupport.SandboxFixture;
import io.backupconsole.ui.common.Async;
import io.backupconsole.ui.shell.ConnectionChoice;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The overview over three profiles × two regions of the real sandbox, one pair unreachable, run synchronously. */
class OverviewViewModelTest {
    @RegisterExtension
    static final SandboxFixture sandbox = new SandboxFixture();

    @BeforeAll
    static void profileFiles() throws Exception {
        OverviewFixture.useProfileFiles();
    }

    @AfterAll
    static void restore() {
        OverviewFixture.clear();
    }

    /** One load shared by the tests that only read it (each load reads six pairs), per kind of answer. */
    private static final java.util.Map<Boolean, OverviewViewModel> shared = new java.util.HashMap<>();

    OverviewViewModel sharedLoad() {
        return shared.computeIfAbsent(sandbox.sparse(), sparse -> loaded());
    }

    OverviewViewModel loaded() {
        OverviewViewModel model = new OverviewViewModel(
                Async.synchronous(),
                new OverviewLoader(OverviewFixture.connector(), Clock.systemUTC()),
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
        String backupId = ((FsxAdapter) sandbox.adapters().get(AwsService.FSX))
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
}
