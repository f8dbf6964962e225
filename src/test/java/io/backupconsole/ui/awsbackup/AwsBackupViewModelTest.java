package io.backupconsole.ui.awsbackup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.backupconsole.domain.BackupSummary;
import io.backupconsole.domain.Resource;
import io.backupconsole.domain.awsbackup.BackupJobStatus;
import io.backupconsole.domain.awsbackup.BackupVault;
import io.backupconsole.sandbox.SandboxConfig;
import io.backupconsole.testsupport.SandboxFixture;
import io.backupconsole.testsupport.ViewTestContext;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The AWS Backup view model's three tabs against the sandbox, on a synchronous executor. */
class AwsBackupViewModelTest {
    @RegisterExtension
    static final SandboxFixture sandbox = new SandboxFixture();

    ViewTestContext test;
    AwsBackupViewModel viewModel;

    @BeforeEach
    void setUp() {
        sandbox.configure(c -> c.withTimeScale(1.0));
        test = new ViewTestContext(sandbox);
        test.connect("us-east-1");
        viewModel = new AwsBackupViewModel(test.context);
        viewModel.setShowing(true);
    }

    @AfterEach
    void tearDown() {
        test.close();
    }

    @Test
    void onlyTheTabInFrontLoadsAndRefreshes() {
        assertEquals(11, viewModel.resources().rows().size());
        assertTrue(viewModel.vaults().vaults().isEmpty(), "vaults load when their tab is opened");
        assertEquals(1, test.ticker.activeCount());
        viewModel.selectTab(AwsBackupViewModel.Tab.VAULTS);
        assertEquals(4, viewModel.vaults().vaults().size());
        assertEquals(1, test.ticker.activeCount(), "one tab refreshes at a time");
        viewModel.setShowing(false);
        assertEquals(0, test.ticker.activeCount());
    }

    @Test
    void anOptedOutResourceTypeSaysWhy() {
        Resource neptune = viewModel.resources().allRows().stream()
                .filter(r -> r.type().toLowerCase().contains("neptune"))
                .findFirst()
                .orElseThrow();
        assertFalse(neptune.eligibility().allowed());
        assertTrue(
                neptune.eligibility().reason().contains("not enabled"),
                neptune.eligibility().reason());
    }

    @Test
    void aResourcesRecoveryPointsAreListedNewestFirstAndNotDeletableHere() {
        Resource first = viewModel.resources().rows().get(0);
        viewModel.resources().selectedProperty().set(first);
        List<BackupSummary> points = viewModel.resources().details().backups();
        assertFalse(points.isEmpty());
        List<Instant> times = points.stream().map(BackupSummary::createdAt).toList();
        assertEquals(times.stream().sorted(Comparator.reverseOrder()).toList(), times);
        viewModel.resources().details().selectedBackupProperty().set(points.get(0));
        assertTrue(viewModel
                .resources()
                .details()
                .deleteEligibilityProperty()
                .get()
                .reason()
                .contains("AWS Backup"));
    }

    @Test
    void selectingAVaultListsItsRecoveryPointsNewestFirst() {
        viewModel.selectTab(AwsBackupViewModel.Tab.VAULTS);
        BackupVault defaultVault = viewModel.vaults().vaults().stream()
                .filter(v -> v.name().equals("Default"))
                .findFirst()
                .orElseThrow();
        viewModel.vaults().selectedProperty().set(defaultVault);
        List<BackupSummary> points = viewModel.vaults().recoveryPoints();
        assertEquals(defaultVault.recoveryPointCount(), points.size());
        List<Instant> times = points.stream().map(BackupSummary::createdAt).toList();
        assertEquals(times.stream().sorted(Comparator.reverseOrder()).toList(), times);
    }

    @Test
    void jobsFilterByStateAndText() {
        viewModel.selectTab(AwsBackupViewModel.Tab.JOBS);
        JobsViewModel jobs = viewModel.jobs();
        int all = jobs.jobs().size();
        assertTrue(all > 10, "30 days of seeded history: " + all);
        jobs.stateFilterProperty().set("FAILED");
        assertTrue(!jobs.jobs().isEmpty()
                && jobs.jobs().stream().allMatch(j -> j.state().equals("FAILED")));
        jobs.stateFilterProperty().set(JobsViewModel.ALL);
        jobs.textFilterProperty().set("dynamodb");
        assertTrue(jobs.jobs().stream().map(BackupJobStatus::resourceType).allMatch("DynamoDB"::equals));
    }

    @Test
    void aFailingJobListingShowsAnErrorOnlyInTheJobsTab() {
        sandbox.configure(c -> new SandboxConfig(1.0, 0, 0, 0, 1.0, 0, List.of("backup:ListBackupJobs"), c.seed())
                .withSparseResponses(c.sparseResponses()));
        viewModel.selectTab(AwsBackupViewModel.Tab.JOBS);
        assertFalse(viewModel.jobs().errorProperty().get().isEmpty());
        viewModel.selectTab(AwsBackupViewModel.Tab.VAULTS);
        assertEquals("", viewModel.vaults().errorProperty().get());
        assertEquals(4, viewModel.vaults().vaults().size());
    }

    @Test
    void helperCallsThatFailLeaveTheResourcesListedWithANoticeAndEligibilityToTheService() {
        sandbox.configure(c -> c.withUnsupportedOperations(List.of("backup:GetSupportedResourceTypes")));
        viewModel.resources().refresh();
        assertEquals(11, viewModel.resources().rows().size(), "every protected resource is still listed");
        assertEquals("", viewModel.resources().errorProperty().get());
        String notice = viewModel.resources().listingNoticeProperty().get();
        assertTrue(notice.startsWith("Supported resource types are not checked"), notice);
        assertTrue(notice.contains("UnknownOperationException"), notice);

        sandbox.configure(
                c -> new SandboxConfig(1.0, 0, 0, 0, 1.0, 0, List.of("backup:DescribeRegionSettings"), c.seed())
                        .withSparseResponses(c.sparseResponses()));
        viewModel.resources().refresh();
        assertEquals(11, viewModel.resources().rows().size());
        notice = viewModel.resources().listingNoticeProperty().get();
        assertTrue(notice.startsWith("The region's service opt-in is not checked"), notice);
        assertTrue(
                viewModel.resources().allRows().stream()
                        .allMatch(r -> r.eligibility().allowed()
                                || !r.eligibility().reason().contains("not enabled")),
                "an opt-in that could not be read refuses nothing");
    }

    @Test
    void switchingRegionReloadsTheTabInFront() {
        viewModel.selectTab(AwsBackupViewModel.Tab.VAULTS);
        test.connect("eu-west-1");
        assertEquals(2, viewModel.vaults().vaults().size());
    }
}
