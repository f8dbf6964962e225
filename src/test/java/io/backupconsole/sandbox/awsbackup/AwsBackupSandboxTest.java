package io.backupconsole.sandbox.awsbackup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.backupconsole.testsupport.SandboxFixture;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.backup.BackupClient;
import software.amazon.awssdk.services.backup.model.BackupJob;
import software.amazon.awssdk.services.backup.model.BackupJobState;
import software.amazon.awssdk.services.backup.model.BackupVaultListMember;
import software.amazon.awssdk.services.backup.model.DescribeBackupJobResponse;
import software.amazon.awssdk.services.backup.model.InvalidParameterValueException;
import software.amazon.awssdk.services.backup.model.InvalidRequestException;
import software.amazon.awssdk.services.backup.model.LimitExceededException;
import software.amazon.awssdk.services.backup.model.MissingParameterValueException;
import software.amazon.awssdk.services.backup.model.ProtectedResource;
import software.amazon.awssdk.services.backup.model.RecoveryPointByBackupVault;
import software.amazon.awssdk.services.backup.model.RecoveryPointByResource;
import software.amazon.awssdk.services.backup.model.ResourceNotFoundException;
import software.amazon.awssdk.services.backup.model.StartBackupJobRequest;
import software.amazon.awssdk.services.backup.model.StartBackupJobResponse;
import software.amazon.awssdk.services.backup.model.VaultType;

/** AWS Backup's simulator through the real SDK client over HTTP: catalogue, validation, jobs and recovery points. */
class AwsBackupSandboxTest {
    @RegisterExtension
    static final SandboxFixture sandbox = new SandboxFixture();

    static final String ROLE = "arn:aws:iam::123456789012:role/service-role/AWSBackupDefaultServiceRole";
    static final String EFS = "arn:aws:elasticfilesystem:us-east-1:123456789012:file-system/fs-0c1d2e3f4a5b6c7d8";
    static final String EBS = "arn:aws:ec2:us-east-1:123456789012:volume/vol-0e4f5a6b7c8d9e0f1";
    static final String RDS = "arn:aws:rds:us-east-1:123456789012:db:orders-db";
    static final String FSX = "arn:aws:fsx:us-east-1:123456789012:file-system/fs-0a1b2c3d4e5f60001";
    static final String WINDOWS = "arn:aws:ec2:us-east-1:123456789012:instance/i-0a1b2c3d4e5f67890";
    static final String LINUX = "arn:aws:ec2:us-east-1:123456789012:instance/i-0f9e8d7c6b5a43210";
    static final String NEPTUNE = "arn:aws:rds:us-east-1:123456789012:cluster:graph-neptune";

    BackupClient backup;

    @BeforeEach
    void realTime() {
        // Jobs take 20 s .. 3 min of simulated time; at 600x a test could miss RUNNING. Tests advance the clock.
        sandbox.configure(c -> c.withTimeScale(1.0));
        backup = sandbox.clients().backup();
    }

    static StartBackupJobRequest.Builder start(String resourceArn) {
        return StartBackupJobRequest.builder()
                .backupVaultName("Default")
                .resourceArn(resourceArn)
                .iamRoleArn(ROLE);
    }

    StartBackupJobResponse start(Consumer<StartBackupJobRequest.Builder> change) {
        StartBackupJobRequest.Builder builder = start(EBS);
        change.accept(builder);
        return backup.startBackupJob(builder.build());
    }

    List<BackupJob> jobsOf(String resourceArn) {
        return backup.listBackupJobsPaginator(r -> r.byResourceArn(resourceArn)).backupJobs().stream()
                .toList();
    }

    void advance(Duration duration) {
        sandbox.server().clock().advance(duration);
    }

    @Test
    void listsVaultsWithTypeAndLockFiltersAndPages() {
        List<BackupVaultListMember> vaults =
                backup.listBackupVaultsPaginator(r -> r.maxResults(1)).backupVaultList().stream()
                        .toList();
        assertEquals(
                List.of("Default", "prod-cmk-vault", "compliance-locked", "airgapped-archive"),
                vaults.stream().map(BackupVaultListMember::backupVaultName).toList());
        BackupVaultListMember locked = vaults.get(2);
        assertTrue(locked.locked());
        assertEquals(7L, locked.minRetentionDays());
        assertEquals(365L, locked.maxRetentionDays());
        assertTrue(vaults.get(0).numberOfRecoveryPoints() > 10);
        assertEquals(
                List.of("airgapped-archive"),
                backup
                        .listBackupVaults(r -> r.byVaultType(VaultType.LOGICALLY_AIR_GAPPED_BACKUP_VAULT))
                        .backupVaultList()
                        .stream()
                        .map(BackupVaultListMember::backupVaultName)
                        .toList());
        assertTrue(
                backup.listBackupVaults(r -> r.byShared(true)).backupVaultList().isEmpty());
        assertThrows(InvalidParameterValueException.class, () -> backup.listBackupVaults(r -> r.nextToken("bogus")));
        assertThrows(InvalidParameterValueException.class, () -> backup.listBackupVaults(r -> r.maxResults(0)));
        assertThrows(InvalidParameterValueException.class, () -> backup.listBackupVaults(r -> r.maxResults(1001)));
    }

    @Test
    void regionsHaveDifferentSeeds() {
        BackupClient eu = sandbox.clients("eu-west-1").backup();
        assertEquals(
                List.of("Default", "eu-cmk-vault"),
                eu.listBackupVaults(r -> {}).backupVaultList().stream()
                        .map(BackupVaultListMember::backupVaultName)
                        .toList());
        assertEquals(
                false,
                eu.describeRegionSettings(r -> {}).resourceTypeOptInPreference().get("RDS"));
        assertEquals(4, eu.listProtectedResources(r -> {}).results().size());
        BackupClient empty = sandbox.clients("ap-southeast-2").backup();
        assertTrue(empty.listBackupVaults(r -> {}).backupVaultList().isEmpty());
        assertTrue(empty.listProtectedResources(r -> {}).results().isEmpty());
        assertThrows(
                ResourceNotFoundException.class,
                () -> empty.startBackupJob(start(EFS).build()));
    }

    @Test
    void listsProtectedResourcesOnAllPages() {
        List<ProtectedResource> all = backup.listProtectedResourcesPaginator(r -> r.maxResults(2)).results().stream()
                .toList();
        assertEquals(11, all.size(), "every seeded resource but the one whose only job failed");
        ProtectedResource efs = all.stream()
                .filter(r -> r.resourceArn().equals(EFS))
                .findFirst()
                .orElseThrow();
        assertEquals("EFS", efs.resourceType());
        assertEquals("shared-home", efs.resourceName());
        assertTrue(efs.lastBackupTime().isAfter(Instant.now().minus(Duration.ofDays(2))));
        assertTrue(sandbox.count("backup:ListProtectedResources") >= 6);
        assertThrows(InvalidParameterValueException.class, () -> backup.listProtectedResources(r -> r.nextToken("x")));
    }

    @Test
    void listsProtectedResourcesByVault() {
        List<ProtectedResource> locked = backup.listProtectedResourcesByBackupVault(
                        r -> r.backupVaultName("compliance-locked"))
                .results();
        assertEquals(
                List.of(RDS),
                locked.stream().map(ProtectedResource::resourceArn).toList());
        assertThrows(
                ResourceNotFoundException.class,
                () -> backup.listProtectedResourcesByBackupVault(r -> r.backupVaultName("no-such-vault")));
        assertThrows(
                InvalidParameterValueException.class,
                () -> backup.listProtectedResourcesByBackupVault(r -> r.backupVaultName("x")));
    }

    @Test
    void describesSupportedTypesAndOptIn() {
        assertTrue(backup.getSupportedResourceTypes(r -> {})
                .resourceTypes()
                .containsAll(List.of("EFS", "EBS", "FSx", "Neptune")));
        Map<String, Boolean> optIn = backup.describeRegionSettings(r -> {}).resourceTypeOptInPreference();
        assertEquals(false, optIn.get("Neptune"));
        assertEquals(true, optIn.get("EFS"));
    }

    @Test
    void backupCompletesAndItsRecoveryPointAppears() {
        StartBackupJobResponse started = backup.startBackupJob(start(EFS)
                .lifecycle(l -> l.moveToColdStorageAfterDays(10L).deleteAfterDays(100L))
                .recoveryPointTags(Map.of("project", "console"))
                .build());
        assertNotNull(started.recoveryPointArn(), "EFS returns its recovery point ARN on start");
        DescribeBackupJobResponse first = backup.describeBackupJob(r -> r.backupJobId(started.backupJobId()));
        assertEquals(BackupJobState.CREATED, first.state());
        assertEquals("0.0", first.percentDone());
        assertTrue(first.expectedCompletionDate().isAfter(first.creationDate()));
        assertTrue(first.startBy().equals(first.creationDate().plus(Duration.ofHours(8))));

        advance(Duration.ofSeconds(18));
        DescribeBackupJobResponse running = backup.describeBackupJob(r -> r.backupJobId(started.backupJobId()));
        assertEquals(BackupJobState.RUNNING, running.state());
        double percent = Double.parseDouble(running.percentDone());
        assertTrue(percent > 0 && percent < 100, running.percentDone());
        assertTrue(running.bytesTransferred() > 0);

        advance(Duration.ofMinutes(10));
        DescribeBackupJobResponse done = backup.describeBackupJob(r -> r.backupJobId(started.backupJobId()));
        assertEquals(BackupJobState.COMPLETED, done.state());
        assertEquals("100.0", done.percentDone());
        assertEquals(done.backupSizeInBytes(), done.bytesTransferred());
        assertNotNull(done.completionDate());
        assertEquals("SUCCESS", done.messageCategory());

        List<RecoveryPointByBackupVault> points = backup.listRecoveryPointsByBackupVault(
                        r -> r.backupVaultName("Default")
                                .byResourceArn(EFS)
                                .byCreatedAfter(done.creationDate().minusSeconds(1)))
                .recoveryPoints();
        assertEquals(1, points.size());
        RecoveryPointByBackupVault point = points.getFirst();
        assertEquals(started.recoveryPointArn(), point.recoveryPointArn());
        assertEquals("COMPLETED", point.statusAsString());
        assertEquals(100L, point.lifecycle().deleteAfterDays());
        assertEquals(
                done.creationDate().plus(Duration.ofDays(10)),
                point.calculatedLifecycle().moveToColdStorageAt());
    }

    @Test
    void coldStorageForATypeWithoutItIsAcceptedAndIgnoredAsAwsBackupDoes() {
        // doc Lifecycle: "Backup ignores this expression for other resource types" (FSx has no cold storage).
        StartBackupJobResponse started = backup.startBackupJob(start(FSX)
                .lifecycle(l -> l.moveToColdStorageAfterDays(30L).deleteAfterDays(35L))
                .build());
        advance(Duration.ofMinutes(10));
        DescribeBackupJobResponse done = backup.describeBackupJob(r -> r.backupJobId(started.backupJobId()));
        assertEquals(BackupJobState.COMPLETED, done.state());

        RecoveryPointByBackupVault point = backup.listRecoveryPointsByBackupVault(r -> r.backupVaultName("Default")
                        .byResourceArn(FSX)
                        .byCreatedAfter(done.creationDate().minusSeconds(1)))
                .recoveryPoints()
                .getFirst();
        assertEquals(35L, point.lifecycle().deleteAfterDays());
        assertNull(point.lifecycle().moveToColdStorageAfterDays(), "ignored, not kept");
        assertNull(point.calculatedLifecycle().moveToColdStorageAt(), "it never moves to cold storage");
        assertEquals(
                done.creationDate().plus(Duration.ofDays(35)),
                point.calculatedLifecycle().deleteAt());
    }

    @Test
    void failureRateOneEndsInFailedWithMessage() {
        sandbox.configure(c -> c.withBackupFailureRate(1.0));
        String id = start(b -> b.resourceArn(EBS)).backupJobId();
        advance(Duration.ofMinutes(10));
        DescribeBackupJobResponse job = backup.describeBackupJob(r -> r.backupJobId(id));
        assertEquals(BackupJobState.FAILED, job.state());
        assertTrue(job.statusMessage().contains("error"), job.statusMessage());
        assertFalse(job.messageCategory().equals("SUCCESS"));
        assertTrue(backup.listRecoveryPointsByBackupVault(r -> r.backupVaultName("Default")
                        .byResourceArn(EBS)
                        .byCreatedAfter(job.creationDate().minusSeconds(1)))
                .recoveryPoints()
                .isEmpty());
    }

    @Test
    void roleWithoutAwsBackupInItsNameFailsWithAccessDenied() {
        String id = start(b -> b.iamRoleArn("arn:aws:iam::123456789012:role/S3Access"))
                .backupJobId();
        advance(Duration.ofMinutes(10));
        DescribeBackupJobResponse job = backup.describeBackupJob(r -> r.backupJobId(id));
        assertEquals(BackupJobState.FAILED, job.state());
        assertEquals("AccessDenied", job.messageCategory());
    }

    @Test
    void sameTokenSameRequestReturnsTheSameJobWithoutANewOne() {
        int before = jobsOf(EBS).size();
        String first = start(b -> b.idempotencyToken("token-1")).backupJobId();
        String again = start(b -> b.idempotencyToken("token-1")).backupJobId();
        assertEquals(first, again);
        assertEquals(before + 1, jobsOf(EBS).size());
        InvalidRequestException reused = assertThrows(
                InvalidRequestException.class,
                () -> start(b -> b.idempotencyToken("token-1").startWindowMinutes(120L)));
        assertEquals("IdempotencyToken", reused.context());
    }

    @Test
    void oneRunningJobPerResource() {
        start(b -> b.resourceArn(EBS));
        assertThrows(LimitExceededException.class, () -> start(b -> b.resourceArn(EBS)));
        assertThrows(
                LimitExceededException.class, () -> start(b -> b.resourceArn(RDS)), "the seeded RDS job is running");
        advance(Duration.ofMinutes(10));
        assertNotNull(start(b -> b.resourceArn(EBS)).backupJobId());
    }

    @Test
    void missingRequiredMembersAreMissingParameterValue() {
        assertThrows(
                MissingParameterValueException.class,
                () -> backup.startBackupJob(StartBackupJobRequest.builder()
                        .backupVaultName("Default")
                        .resourceArn(EBS)
                        .build()));
        assertThrows(
                MissingParameterValueException.class,
                () -> backup.startBackupJob(StartBackupJobRequest.builder()
                        .resourceArn(EBS)
                        .iamRoleArn(ROLE)
                        .build()));
        assertThrows(
                MissingParameterValueException.class,
                () -> backup.startBackupJob(StartBackupJobRequest.builder()
                        .backupVaultName("Default")
                        .iamRoleArn(ROLE)
                        .build()));
    }

    @Test
    void badValuesAreInvalidParameterValue() {
        List<Consumer<StartBackupJobRequest.Builder>> bad = List.of(
                b -> b.backupVaultName("a"),
                b -> b.backupVaultName("has space"),
                b -> b.resourceArn("vol-0e4f5a6b7c8d9e0f1"),
                b -> b.iamRoleArn("arn:aws:iam::12345:role/AWSBackupRole"),
                b -> b.iamRoleArn("arn:aws:iam::123456789012:user/AWSBackupRole"),
                b -> b.startWindowMinutes(5L),
                b -> b.startWindowMinutes(52_560_001L),
                b -> b.completeWindowMinutes(52_560_001L),
                b -> b.startWindowMinutes(120L).completeWindowMinutes(120L),
                b -> b.lifecycle(l -> l.moveToColdStorageAfterDays(30L).deleteAfterDays(119L)),
                b -> b.lifecycle(l -> l.deleteAfterDays(36_501L)),
                b -> b.recoveryPointTags(Map.of("aws:owner", "me")),
                b -> b.backupOptions(Map.of("WindowsVSS", "enabled")),
                b -> b.resourceArn(LINUX).backupOptions(Map.of("WindowsVSS", "enabled")),
                b -> b.resourceArn(WINDOWS).backupOptions(Map.of("WindowsVSS", "on")),
                b -> b.resourceArn(WINDOWS).backupOptions(Map.of("Other", "enabled")),
                b -> b.backupVaultName("compliance-locked").lifecycle(l -> l.deleteAfterDays(3L)),
                b -> b.backupVaultName("compliance-locked").lifecycle(l -> l.deleteAfterDays(400L)),
                b -> b.backupVaultName("compliance-locked"));
        for (Consumer<StartBackupJobRequest.Builder> change : bad) {
            assertThrows(InvalidParameterValueException.class, () -> start(change));
        }
        InvalidParameterValueException window =
                assertThrows(InvalidParameterValueException.class, () -> start(b -> b.startWindowMinutes(5L)));
        assertEquals("StartWindowMinutes", window.context());
        assertTrue(window.getMessage().contains("StartWindowMinutes"));
        assertEquals(
                0,
                jobsOf(EBS).stream()
                        .filter(j -> j.stateAsString().equals("CREATED"))
                        .count());
    }

    @Test
    void goodEdgeValuesAreAccepted() {
        assertNotNull(start(b -> b.startWindowMinutes(60L)
                        .completeWindowMinutes(61L)
                        .lifecycle(l -> l.moveToColdStorageAfterDays(30L).deleteAfterDays(120L)))
                .backupJobId());
        assertNotNull(start(b -> b.resourceArn(WINDOWS).backupOptions(Map.of("WindowsVSS", "enabled")))
                .backupJobId());
        assertNotNull(start(b ->
                        b.resourceArn(EFS).backupVaultName("compliance-locked").lifecycle(l -> l.deleteAfterDays(7L)))
                .backupJobId());
    }

    @Test
    void unknownVaultOrResourceIsNotFoundAndOptedOutTypeIsInvalidRequest() {
        assertThrows(ResourceNotFoundException.class, () -> start(b -> b.backupVaultName("no-such-vault")));
        assertThrows(
                ResourceNotFoundException.class,
                () -> start(b -> b.resourceArn("arn:aws:ec2:us-east-1:123456789012:volume/vol-00000000000000000")));
        InvalidRequestException optedOut =
                assertThrows(InvalidRequestException.class, () -> start(b -> b.resourceArn(NEPTUNE)));
        assertTrue(optedOut.getMessage().contains("not enabled for Neptune"), optedOut.getMessage());
        assertThrows(InvalidRequestException.class, () -> start(b -> b.backupVaultName("airgapped-archive")));
    }

    @Test
    void describeUnknownJobIsNotFound() {
        assertThrows(
                ResourceNotFoundException.class, () -> backup.describeBackupJob(r -> r.backupJobId("no-such-job")));
    }

    @Test
    void listBackupJobsFiltersAndPages() {
        List<BackupJob> all = backup.listBackupJobsPaginator(r -> r.maxResults(3)).backupJobs().stream()
                .toList();
        Instant monthAgo = Instant.now().minus(Duration.ofDays(30)).minus(Duration.ofMinutes(1));
        assertTrue(all.stream().allMatch(j -> j.creationDate().isAfter(monthAgo)), "only the last 30 days");
        assertTrue(all.size() > 30);
        for (int i = 1; i < all.size(); i++) {
            assertFalse(all.get(i).creationDate().isAfter(all.get(i - 1).creationDate()), "newest first");
        }
        assertEquals(
                List.of("RUNNING"),
                backup.listBackupJobs(r -> r.byState(BackupJobState.RUNNING)).backupJobs().stream()
                        .map(BackupJob::stateAsString)
                        .toList());
        List<BackupJob> completed =
                backup.listBackupJobsPaginator(r -> r.byState(BackupJobState.COMPLETED)).backupJobs().stream()
                        .toList();
        assertTrue(completed.stream().allMatch(j -> j.state() == BackupJobState.COMPLETED));
        assertTrue(
                completed.stream().anyMatch(j -> j.messageCategory().equals("AccessDenied")), "completed with issues");
        for (BackupJobState state : List.of(
                BackupJobState.FAILED, BackupJobState.ABORTED, BackupJobState.EXPIRED, BackupJobState.PARTIAL)) {
            assertFalse(
                    backup.listBackupJobs(r -> r.byState(state)).backupJobs().isEmpty(), state.toString());
        }
        Instant twoDaysAgo = Instant.now().minus(Duration.ofDays(2));
        List<BackupJob> recent =
                backup.listBackupJobs(r -> r.byCreatedAfter(twoDaysAgo)).backupJobs();
        assertTrue(!recent.isEmpty()
                && recent.stream().allMatch(j -> j.creationDate().isAfter(twoDaysAgo)));
        assertTrue(recent.size() < all.size());
        List<BackupJob> efs = backup.listBackupJobs(r -> r.byResourceArn(EFS)).backupJobs();
        assertEquals(5, efs.size());
        assertTrue(efs.stream().allMatch(j -> j.resourceArn().equals(EFS)));
        assertEquals(
                2,
                backup.listBackupJobs(r -> r.byResourceType("EC2")
                                .byCreatedBefore(Instant.now().minus(Duration.ofDays(10))))
                        .backupJobs()
                        .size());
        assertEquals(
                3,
                backup.listBackupJobs(r -> r.byBackupVaultName("compliance-locked")
                                .byCompleteBefore(Instant.now().minus(Duration.ofDays(10))))
                        .backupJobs()
                        .size());
        BackupJob parent = backup.listBackupJobs(r -> r.byState(BackupJobState.PARTIAL))
                .backupJobs()
                .getFirst();
        assertEquals(
                2,
                backup.listBackupJobs(r -> r.byParentJobId(parent.backupJobId()))
                        .backupJobs()
                        .size());
        assertEquals(
                2,
                backup.listBackupJobs(r -> r.byMessageCategory("AccessDenied"))
                        .backupJobs()
                        .size());
        assertTrue(backup.listBackupJobs(r -> r.byAccountId("111111111111"))
                .backupJobs()
                .isEmpty());
        assertThrows(InvalidParameterValueException.class, () -> backup.listBackupJobs(r -> r.byAccountId("12")));
        assertThrows(InvalidParameterValueException.class, () -> backup.listBackupJobs(r -> r.byBackupVaultName("a")));
        assertThrows(InvalidParameterValueException.class, () -> backup.listBackupJobs(r -> r.nextToken("nope")));
        assertThrows(InvalidParameterValueException.class, () -> backup.listBackupJobs(r -> r.maxResults(0)));
    }

    @Test
    void stopsAJobThroughAbortingToAborted() {
        String id = start(b -> b.resourceArn(EBS)).backupJobId();
        backup.stopBackupJob(r -> r.backupJobId(id));
        assertEquals(
                BackupJobState.ABORTING,
                backup.describeBackupJob(r -> r.backupJobId(id)).state());
        assertThrows(InvalidRequestException.class, () -> backup.stopBackupJob(r -> r.backupJobId(id)));
        advance(Duration.ofMinutes(1));
        DescribeBackupJobResponse aborted = backup.describeBackupJob(r -> r.backupJobId(id));
        assertEquals(BackupJobState.ABORTED, aborted.state());
        assertThrows(InvalidRequestException.class, () -> backup.stopBackupJob(r -> r.backupJobId(id)));
        advance(Duration.ofMinutes(10));
        assertTrue(backup.listRecoveryPointsByBackupVault(r -> r.backupVaultName("Default")
                        .byResourceArn(EBS)
                        .byCreatedAfter(aborted.creationDate().minusSeconds(1)))
                .recoveryPoints()
                .isEmpty());
    }

    @Test
    void stopIsRefusedForFsxAndRdsAndUnknownJobs() {
        String fsxJob = start(b -> b.resourceArn(FSX)).backupJobId();
        InvalidRequestException refused =
                assertThrows(InvalidRequestException.class, () -> backup.stopBackupJob(r -> r.backupJobId(fsxJob)));
        assertTrue(refused.getMessage().contains("FSx"), refused.getMessage());
        String rdsJob = backup.listBackupJobs(r -> r.byState(BackupJobState.RUNNING))
                .backupJobs()
                .getFirst()
                .backupJobId();
        assertThrows(InvalidRequestException.class, () -> backup.stopBackupJob(r -> r.backupJobId(rdsJob)));
        assertThrows(ResourceNotFoundException.class, () -> backup.stopBackupJob(r -> r.backupJobId("no-such-job")));
        String completed = backup.listBackupJobs(
                        r -> r.byState(BackupJobState.COMPLETED).byResourceArn(EFS))
                .backupJobs()
                .getFirst()
                .backupJobId();
        assertThrows(InvalidRequestException.class, () -> backup.stopBackupJob(r -> r.backupJobId(completed)));
    }

    @Test
    void listsRecoveryPointsByResourceArnInThePath() {
        List<RecoveryPointByResource> points =
                backup
                        .listRecoveryPointsByResourcePaginator(
                                r -> r.resourceArn(EFS).maxResults(2))
                        .recoveryPoints()
                        .stream()
                        .toList();
        assertEquals(7, points.size(), "5 in the last month and 2 older");
        for (int i = 1; i < points.size(); i++) {
            assertTrue(points.get(i).creationDate().isBefore(points.get(i - 1).creationDate()), "newest first");
        }
        assertEquals(
                3,
                backup.listRecoveryPointsByResource(r -> r.resourceArn("arn:aws:s3:::acme-invoices-prod"))
                        .recoveryPoints()
                        .size(),
                "two weekly and one completed with issues");
        assertThrows(
                ResourceNotFoundException.class,
                () -> backup.listRecoveryPointsByResource(
                        r -> r.resourceArn("arn:aws:ec2:us-east-1:123456789012:volume/vol-1")));
        assertThrows(
                InvalidParameterValueException.class,
                () -> backup.listRecoveryPointsByResource(r -> r.resourceArn("not-an-arn")));
    }

    @Test
    void listsRecoveryPointsByVaultWithFilters() {
        List<RecoveryPointByBackupVault> all = backup
                .listRecoveryPointsByBackupVaultPaginator(
                        r -> r.backupVaultName("Default").maxResults(4))
                .recoveryPoints()
                .stream()
                .toList();
        assertTrue(all.size() > 20);
        List<RecoveryPointByBackupVault> ec2 = backup.listRecoveryPointsByBackupVault(
                        r -> r.backupVaultName("Default").byResourceType("EC2"))
                .recoveryPoints();
        assertEquals(6, ec2.size());
        assertTrue(ec2.stream().allMatch(p -> p.recoveryPointArn().startsWith("arn:aws:ec2:us-east-1::image/ami-")));
        Instant weekAgo = Instant.now().minus(Duration.ofDays(7));
        assertTrue(backup
                .listRecoveryPointsByBackupVault(
                        r -> r.backupVaultName("Default").byCreatedBefore(weekAgo))
                .recoveryPoints()
                .stream()
                .allMatch(p -> p.creationDate().isBefore(weekAgo)));
        RecoveryPointByBackupVault parent = all.stream()
                .filter(RecoveryPointByBackupVault::isParent)
                .findFirst()
                .orElseThrow();
        assertEquals("PARTIAL", parent.statusAsString());
        assertEquals(
                1,
                backup.listRecoveryPointsByBackupVault(
                                r -> r.backupVaultName("Default").byParentRecoveryPointArn(parent.recoveryPointArn()))
                        .recoveryPoints()
                        .size());
        assertThrows(
                ResourceNotFoundException.class,
                () -> backup.listRecoveryPointsByBackupVault(r -> r.backupVaultName("nope-vault")));
        assertThrows(
                InvalidParameterValueException.class,
                () -> backup.listRecoveryPointsByBackupVault(
                        r -> r.backupVaultName("Default").byResourceType("bad type!")));
    }

    @Test
    void differentJobsGetDifferentIds() {
        String a = start(b -> b.resourceArn(EBS)).backupJobId();
        String c = start(b -> b.resourceArn(EFS)).backupJobId();
        assertNotEquals(a, c);
    }
}
