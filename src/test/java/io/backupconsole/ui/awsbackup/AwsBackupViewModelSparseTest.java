package io.backupconsole.ui.awsbackup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.backupconsole.domain.BackupSummary;
import io.backupconsole.domain.Resource;
import io.backupconsole.domain.awsbackup.BackupJobStatus;
import io.backupconsole.domain.awsbackup.BackupVault;
import io.backupconsole.testsupport.SparseAnswers;
import io.backupconsole.ui.common.Formats;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link AwsBackupViewModelTest} against an endpoint that answers only what the AWS Backup model requires, which is
 * nothing in these answers: protected resources keep their ARN, vaults their name, jobs their id, recovery points
 * their ARN; the region's opt-in settings are empty. The tests whose facts such an answer lacks are replaced by what
 * it allows.
 */
@SparseAnswers
class AwsBackupViewModelSparseTest extends AwsBackupViewModelTest {

    @Override
    @Test
    void anOptedOutResourceTypeSaysWhy() {
        List<Resource> resources = viewModel.resources().allRows();
        assertEquals(11, resources.size());
        for (Resource resource : resources) {
            assertTrue(resource.eligibility().allowed(), resource.id() + ": no opt-in known, AWS Backup decides");
            assertEquals(resource.id(), resource.name(), "no resource name: the ARN names it");
        }
        Resource volume = resources.stream()
                .filter(r -> r.id().contains(":volume/"))
                .findFirst()
                .orElseThrow();
        assertEquals("EBS volume", volume.type(), "the ARN tells the type the answer left out");
        assertEquals("", viewModel.resources().listingNoticeProperty().get(), "every call answered");
    }

    @Override
    @Test
    void aResourcesRecoveryPointsAreListedNewestFirstAndNotDeletableHere() {
        Resource first = viewModel.resources().rows().get(0);
        viewModel.resources().selectedProperty().set(first);
        List<BackupSummary> points = viewModel.resources().details().backups();
        assertFalse(points.isEmpty(), "listed by resource");
        for (BackupSummary point : points) {
            assertNull(point.createdAt(), "no creation date: shown as —");
            assertNull(point.sizeBytes(), "no size: shown as —");
            assertEquals(Formats.UNKNOWN_STATE, Formats.state(point.status()));
        }
        viewModel.resources().details().selectedBackupProperty().set(points.get(0));
        assertTrue(viewModel
                .resources()
                .details()
                .deleteEligibilityProperty()
                .get()
                .reason()
                .contains("AWS Backup"));
    }

    @Override
    @Test
    void selectingAVaultListsItsRecoveryPointsNewestFirst() {
        viewModel.selectTab(AwsBackupViewModel.Tab.VAULTS);
        BackupVault defaultVault = viewModel.vaults().vaults().stream()
                .filter(v -> v.name().equals("Default"))
                .findFirst()
                .orElseThrow();
        assertNull(defaultVault.recoveryPointCount(), "not reported: shown as —");
        assertFalse(defaultVault.locked(), "a lock the answer does not mention is AWS Backup's to enforce");
        viewModel.vaults().selectedProperty().set(defaultVault);
        List<BackupSummary> points = viewModel.vaults().recoveryPoints();
        assertFalse(points.isEmpty(), "listed by vault");
        assertTrue(
                points.stream().allMatch(p -> p.createdAt() == null && p.name().equals(p.id())));
    }

    @Override
    @Test
    void jobsFilterByStateAndText() {
        viewModel.selectTab(AwsBackupViewModel.Tab.JOBS);
        JobsViewModel jobs = viewModel.jobs();
        int all = jobs.jobs().size();
        assertTrue(all > 10, "30 days of seeded history, by id: " + all);
        assertTrue(jobs.jobs().stream().allMatch(j -> j.state().isEmpty() && j.resourceArn() == null));
        jobs.stateFilterProperty().set("FAILED");
        assertTrue(jobs.jobs().isEmpty(), "no job says it failed");
        jobs.stateFilterProperty().set(JobsViewModel.ALL);
        String oneId = jobs.jobs().get(0).jobId();
        jobs.textFilterProperty().set(oneId.toUpperCase());
        assertEquals(
                List.of(oneId), jobs.jobs().stream().map(BackupJobStatus::jobId).toList());
    }
}
