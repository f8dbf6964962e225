package io.backupconsole.aws.awsbackup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.backupconsole.domain.BackupOrigin;
import io.backupconsole.domain.BackupSummary;
import io.backupconsole.domain.Resource;
import io.backupconsole.domain.ServiceFailure;
import io.backupconsole.domain.awsbackup.BackupJobRequest;
import io.backupconsole.domain.awsbackup.BackupJobStatus;
import io.backupconsole.domain.awsbackup.BackupVault;
import io.backupconsole.domain.awsbackup.RecoveryPointLifecycle;
import io.backupconsole.domain.rules.AwsBackupRules;
import io.backupconsole.domain.rules.Tag;
import io.backupconsole.testsupport.SandboxFixture;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The AWS Backup adapter against the sandbox: mapping, eligibility, jobs and error translation. */
class AwsBackupAdapterTest {
    @RegisterExtension
    static final SandboxFixture sandbox = new SandboxFixture();

    static final String ROLE = AwsBackupRules.defaultServiceRole("123456789012");
    static final String EBS = "arn:aws:ec2:us-east-1:123456789012:volume/vol-0e4f5a6b7c8d9e0f1";
    static final String EFS = "arn:aws:elasticfilesystem:us-east-1:123456789012:file-system/fs-0c1d2e3f4a5b6c7d8";

    AwsBackupAdapter adapter;

    @BeforeEach
    void setUp() {
        sandbox.configure(c -> c.withTimeScale(1.0));
        adapter = new AwsBackupAdapter(sandbox.clients().backup());
    }

    static BackupJobRequest request(String arn, String vault, RecoveryPointLifecycle lifecycle, String token) {
        return new BackupJobRequest(
                vault, arn, ROLE, 60L, 180L, lifecycle, List.of(new Tag("team", "ops")), Map.of(), token);
    }

    Resource resource(List<Resource> resources, String name) {
        return resources.stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void listsResourcesWithEligibilityAndReasons() {
        List<Resource> resources = adapter.listResources();
        assertEquals(11, resources.size());
        Resource ebs = resource(resources, "build-cache");
        assertEquals("EBS volume", ebs.type());
        assertEquals(EBS, ebs.id());
        assertTrue(ebs.eligibility().allowed());
        assertTrue(ebs.attributes().stream()
                .anyMatch(
                        a -> a.label().equals("Last backup vault") && a.value().equals("Default")));
        Resource neptune = resource(resources, "graph-neptune");
        assertFalse(neptune.eligibility().allowed());
        assertEquals(
                "AWS Backup is not enabled for Neptune in this region (Settings › Service opt-in)",
                neptune.eligibility().reason());
        Resource rds = resource(resources, "orders-db");
        assertFalse(rds.eligibility().allowed(), "the seeded RDS job is running");
        assertTrue(rds.eligibility().reason().contains("already running"));
        assertEquals("FSx file system", resource(resources, "corp-shares").type());
    }

    @Test
    void listsBackupsNewestFirst() {
        List<BackupSummary> backups = adapter.listBackups(EFS);
        assertEquals(7, backups.size());
        for (int i = 1; i < backups.size(); i++) {
            assertTrue(backups.get(i).createdAt().isBefore(backups.get(i - 1).createdAt()));
        }
        assertTrue(backups.stream()
                .allMatch(
                        b -> b.origin() == BackupOrigin.AWS_BACKUP && b.status().equals("COMPLETED")));
    }

    @Test
    void listsVaults() {
        List<BackupVault> vaults = adapter.listVaults();
        assertEquals(4, vaults.size());
        BackupVault locked = vaults.stream()
                .filter(BackupVault::locked)
                .filter(BackupVault::acceptsBackupsByName)
                .findFirst()
                .orElseThrow();
        assertEquals("compliance-locked", locked.name());
        assertEquals(7L, locked.minRetentionDays());
        assertEquals(365L, locked.maxRetentionDays());
        assertTrue(vaults.stream().anyMatch(v -> !v.acceptsBackupsByName()));
    }

    @Test
    void startsWatchesAndListsAJob() {
        String id = adapter.startBackupJob(request(EBS, "Default", new RecoveryPointLifecycle(null, 35L), "click-1"));
        assertEquals(
                id, adapter.startBackupJob(request(EBS, "Default", new RecoveryPointLifecycle(null, 35L), "click-1")));
        BackupJobStatus created = adapter.describeJob(id);
        assertFalse(created.finished());
        assertEquals(0.0, created.percentDone());
        assertFalse(
                resource(adapter.listResources(), "build-cache").eligibility().allowed());
        sandbox.server().clock().advance(Duration.ofMinutes(10));
        BackupJobStatus done = adapter.describeJob(id);
        assertEquals("COMPLETED", done.state());
        assertEquals(100.0, done.percentDone());
        assertNotNull(done.completedAt());
        assertEquals(
                done.recoveryPointArn(), adapter.listBackups(EBS).getFirst().id());
        List<BackupJobStatus> completed = adapter.listJobs(Instant.now().minus(Duration.ofHours(1)), "COMPLETED");
        assertEquals(List.of(id), completed.stream().map(BackupJobStatus::jobId).toList());
    }

    @Test
    void stopsAJob() {
        String id = adapter.startBackupJob(request(EFS, "Default", RecoveryPointLifecycle.KEEP_FOREVER, null));
        adapter.stopJob(id);
        assertEquals("ABORTING", adapter.describeJob(id).state());
    }

    @Test
    void translatesErrors() {
        ServiceFailure lifecycle = assertThrows(
                ServiceFailure.class,
                () -> adapter.startBackupJob(request(EFS, "Default", new RecoveryPointLifecycle(30L, 100L), null)));
        assertEquals(ServiceFailure.Kind.INVALID_INPUT, lifecycle.kind());
        assertEquals("Lifecycle.DeleteAfterDays", lifecycle.field());
        assertEquals("InvalidParameterValueException", lifecycle.errorCode());
        assertEquals(
                ServiceFailure.Kind.NOT_FOUND,
                assertThrows(ServiceFailure.class, () -> adapter.describeJob("nope"))
                        .kind());
        assertEquals(
                ServiceFailure.Kind.NOT_FOUND,
                assertThrows(
                                ServiceFailure.class,
                                () -> adapter.startBackupJob(
                                        request(EBS, "missing-vault", RecoveryPointLifecycle.KEEP_FOREVER, null)))
                        .kind());
        adapter.startBackupJob(request(EBS, "Default", RecoveryPointLifecycle.KEEP_FOREVER, "t-1"));
        assertEquals(
                ServiceFailure.Kind.LIMIT_EXCEEDED,
                assertThrows(
                                ServiceFailure.class,
                                () -> adapter.startBackupJob(
                                        request(EBS, "Default", RecoveryPointLifecycle.KEEP_FOREVER, "t-2")))
                        .kind());
        ServiceFailure conflict = assertThrows(
                ServiceFailure.class,
                () -> adapter.startBackupJob(request(EBS, "Default", new RecoveryPointLifecycle(null, 10L), "t-1")));
        assertEquals(ServiceFailure.Kind.CONFLICT, conflict.kind());
        String fsxJob = adapter.startBackupJob(request(
                "arn:aws:fsx:us-east-1:123456789012:file-system/fs-0a1b2c3d4e5f60001",
                "Default",
                RecoveryPointLifecycle.KEEP_FOREVER,
                null));
        assertEquals(
                ServiceFailure.Kind.INVALID_INPUT,
                assertThrows(ServiceFailure.class, () -> adapter.stopJob(fsxJob))
                        .kind());
    }

    @Test
    void percentDoneIsParsedLeniently() {
        assertEquals(42.5, AwsBackupMapper.percent("42.5"));
        assertEquals(null, AwsBackupMapper.percent("n/a"));
        assertEquals(null, AwsBackupMapper.percent(null));
        assertEquals(100.0, AwsBackupMapper.percent("140"));
    }
}
