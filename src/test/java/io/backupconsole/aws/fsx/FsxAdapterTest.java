package io.backupconsole.aws.fsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.backupconsole.domain.AwsService;
import io.backupconsole.domain.BackupOrigin;
import io.backupconsole.domain.BackupSummary;
import io.backupconsole.domain.Eligibility;
import io.backupconsole.domain.Resource;
import io.backupconsole.domain.ServiceFailure;
import io.backupconsole.domain.ServiceFailure.Kind;
import io.backupconsole.domain.rules.Tag;
import io.backupconsole.sandbox.SandboxConfig;
import io.backupconsole.testsupport.SandboxFixture;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.function.Executable;

/** The FSx adapter against the sandbox: mapping, eligibility, ordering and error translation. */
class FsxAdapterTest {
    @RegisterExtension
    static final SandboxFixture sandbox = new SandboxFixture();

    private static final String WINDOWS = "fs-0a1b2c3d4e5f60001";
    private static final String LUSTRE = "fs-0a1b2c3d4e5f60002";
    private static final String SCRATCH = "fs-0a1b2c3d4e5f60003";
    private static final String ONTAP = "fs-0a1b2c3d4e5f60005";
    private static final String ONTAP_RW = "fsvol-0a1b2c3d4e5f60051";
    private static final String OPENZFS = "fs-0a1b2c3d4e5f60006";

    /** Backups stay running until the test advances the clock (see FsxSandboxTest). */
    @BeforeEach
    void onlyTheTestMovesTime() {
        sandbox.configure(c -> c.withTimeScale(1.0));
    }

    private static FsxAdapter adapter() {
        return new FsxAdapter(sandbox.clients().fsx());
    }

    @Test
    void listsFileSystemsEachFollowedByItsVolumes() {
        List<Resource> resources = adapter().listResources();
        assertEquals(12, resources.size());
        assertEquals(
                List.of(
                        WINDOWS,
                        LUSTRE,
                        SCRATCH,
                        "fs-0a1b2c3d4e5f60004",
                        ONTAP,
                        ONTAP_RW,
                        "fsvol-0a1b2c3d4e5f60052",
                        "fsvol-0a1b2c3d4e5f60053",
                        OPENZFS,
                        "fsvol-0a1b2c3d4e5f60061",
                        "fsvol-0a1b2c3d4e5f60062",
                        "fs-0a1b2c3d4e5f60007"),
                resources.stream().map(Resource::id).toList());
        assertTrue(resources.stream().allMatch(r -> r.service() == AwsService.FSX));
        assertEquals(AwsService.FSX, adapter().service());
        List<Resource> west = new FsxAdapter(sandbox.clients("eu-west-1").fsx()).listResources();
        assertEquals(
                List.of("fs-0b1c2d3e4f5a60001", "fs-0b1c2d3e4f5a60002", "fsvol-0b1c2d3e4f5a60021"),
                west.stream().map(Resource::id).toList());
    }

    @Test
    void mapsTypesNamesAndEligibility() {
        Map<String, Resource> byId =
                adapter().listResources().stream().collect(Collectors.toMap(Resource::id, Function.identity()));
        Resource lustre = byId.get(LUSTRE);
        assertEquals("ml-training", lustre.name());
        assertEquals("FSx for Lustre (PERSISTENT_2)", lustre.type());
        assertEquals("AVAILABLE", lustre.state());
        assertEquals(Eligibility.ALLOWED, lustre.eligibility());
        assertTrue(lustre.attributes().stream()
                .anyMatch(a -> a.label().equals("Storage capacity") && a.value().equals("2400 GiB")));
        assertEquals(Eligibility.ALLOWED, byId.get(WINDOWS).eligibility());
        assertEquals(
                "FSx for Windows File Server (MULTI_AZ_1)", byId.get(WINDOWS).type());
        assertEquals(
                "Scratch Lustre file systems cannot be backed up",
                byId.get(SCRATCH).eligibility().reason());
        assertEquals(
                "Lustre file systems linked to an S3 data repository cannot be backed up",
                byId.get("fs-0a1b2c3d4e5f60004").eligibility().reason());
        assertEquals(
                "ONTAP backups are per volume: back up one of its volumes",
                byId.get(ONTAP).eligibility().reason());
        Resource volume = byId.get(ONTAP_RW);
        assertEquals("ONTAP volume (RW)", volume.type());
        assertEquals(ONTAP, volume.parentId());
        assertEquals("app_data", volume.name());
        assertEquals(Eligibility.ALLOWED, volume.eligibility());
        assertTrue(byId.get("fsvol-0a1b2c3d4e5f60052").eligibility().reason().startsWith("Data-protection volume"));
        assertEquals("ONTAP volume (DP)", byId.get("fsvol-0a1b2c3d4e5f60052").type());
        assertTrue(byId.get("fsvol-0a1b2c3d4e5f60053").eligibility().reason().startsWith("SVM root volume"));
        assertEquals(Eligibility.ALLOWED, byId.get(OPENZFS).eligibility());
        assertEquals(
                "OpenZFS backups cover the whole file system: back up " + OPENZFS,
                byId.get("fsvol-0a1b2c3d4e5f60062").eligibility().reason());
        assertEquals(
                "File system is CREATING",
                byId.get("fs-0a1b2c3d4e5f60007").eligibility().reason());
        assertNull(byId.get(WINDOWS).parentId());
    }

    @Test
    void listsBackupsNewestFirstWithOrigins() {
        List<BackupSummary> windows = adapter().listBackups(WINDOWS);
        assertEquals(
                List.of("backup-0a1b2c3d4e5f61001", "backup-0a1b2c3d4e5f61002"),
                windows.stream().map(BackupSummary::id).toList());
        assertEquals(BackupOrigin.AUTOMATED, windows.get(0).origin());
        assertEquals(BackupOrigin.MANUAL, windows.get(1).origin());
        assertEquals("before-migration", windows.get(1).name());
        assertEquals(WINDOWS, windows.get(1).resourceId());
        assertEquals(100, windows.get(1).percentDone());
        List<BackupSummary> lustre = adapter().listBackups(LUSTRE);
        assertEquals(BackupOrigin.AWS_BACKUP, lustre.get(0).origin());
        assertEquals("FAILED", lustre.get(1).status());
        assertFalse(lustre.get(1).message().isBlank());
        BackupSummary volumeBackup = adapter().listBackups(ONTAP_RW).get(0);
        assertEquals(ONTAP_RW, volumeBackup.resourceId());
        assertEquals(1, adapter().listBackups(ONTAP).size(), "a file system's list includes its volumes' backups");
    }

    @Test
    void createsABackupAndFollowsIt() {
        BackupSummary created =
                adapter().createBackup(WINDOWS, "before patch", List.of(new Tag("Ticket", "OPS-1")), "action-1");
        assertEquals("before patch", created.name());
        assertEquals("CREATING", created.status());
        assertEquals(BackupOrigin.MANUAL, created.origin());
        assertEquals(WINDOWS, created.resourceId());
        BackupSummary retried =
                adapter().createBackup(WINDOWS, "before patch", List.of(new Tag("Ticket", "OPS-1")), "action-1");
        assertEquals(created.id(), retried.id());
        assertEquals(created.id(), adapter().listBackups(WINDOWS).get(0).id());
        assertEquals(3, adapter().listBackups(WINDOWS).size());

        sandbox.server().clock().advance(Duration.ofMinutes(10));
        BackupSummary done = adapter().describeBackups(List.of(created.id())).get(0);
        assertEquals("AVAILABLE", done.status());
        assertTrue(done.sizeBytes() > 0);
        BackupSummary volume = adapter().createBackup(ONTAP_RW, "", List.of(), "action-2");
        assertEquals(ONTAP_RW, volume.resourceId());
        assertEquals("app_data", volume.name(), "no tags given: the volume's tags are copied (CopyTagsToBackups)");
    }

    @Test
    void pollerBatchesFailOnOneUnknownId() {
        assertEquals(
                2,
                adapter()
                        .describeBackups(List.of("backup-0a1b2c3d4e5f61001", "backup-0a1b2c3d4e5f61005"))
                        .size());
        ServiceFailure failure = assertThrows(
                ServiceFailure.class,
                () -> adapter().describeBackups(List.of("backup-0a1b2c3d4e5f61001", "backup-0fffffffffffffff0")));
        assertEquals(Kind.NOT_FOUND, failure.kind());
        assertEquals("BackupNotFound", failure.errorCode());
        assertEquals(List.of(), adapter().describeBackups(List.of()));
    }

    @Test
    void deletesBackups() {
        assertEquals("DELETED", adapter().deleteBackup("backup-0a1b2c3d4e5f61002"));
        assertEquals(1, adapter().listBackups(WINDOWS).size());
        ServiceFailure managed =
                assertThrows(ServiceFailure.class, () -> adapter().deleteBackup("backup-0a1b2c3d4e5f61003"));
        assertEquals(Kind.INVALID_INPUT, managed.kind());
        assertEquals(
                Kind.NOT_FOUND,
                assertThrows(ServiceFailure.class, () -> adapter().deleteBackup("backup-0a1b2c3d4e5f61002"))
                        .kind());
        assertEquals(
                "BackupId",
                assertThrows(ServiceFailure.class, () -> adapter().deleteBackup("b-1"))
                        .field());
    }

    @Test
    void translatesErrors() {
        assertEquals(
                Kind.INVALID_STATE,
                failure(() -> adapter().createBackup(SCRATCH, "n", List.of(), "t-1"))
                        .kind());
        assertEquals(
                Kind.NOT_FOUND,
                failure(() -> adapter().createBackup("fs-0fffffffffffffff0", "n", List.of(), "t-2"))
                        .kind());
        ServiceFailure input = failure(() -> adapter().createBackup(WINDOWS, "bad;name", List.of(), "t-3"));
        assertEquals(Kind.INVALID_INPUT, input.kind());
        assertEquals("Name", input.field());
        assertEquals(
                "ClientRequestToken",
                failure(() -> adapter().createBackup(WINDOWS, "n", List.of(), "a b"))
                        .field());

        adapter().createBackup(OPENZFS, "first", List.of(), "t-4");
        ServiceFailure busy = failure(() -> adapter().createBackup(OPENZFS, "second", List.of(), "t-5"));
        assertEquals(Kind.INVALID_STATE, busy.kind());
        assertEquals("BackupInProgress", busy.errorCode());
        ServiceFailure conflict = failure(() -> adapter().createBackup(LUSTRE, "first", List.of(), "t-4"));
        assertEquals(Kind.CONFLICT, conflict.kind());
        assertEquals("FileSystemId", conflict.field());
        assertEquals(
                Kind.INVALID_INPUT,
                failure(() -> adapter().createBackup(ONTAP, "n", List.of(), "t-6"))
                        .kind());

        sandbox.configure(
                c -> new SandboxConfig(c.timeScale(), 0, 0, 0, 1.0, 0, List.of("fsx:DescribeFileSystems"), c.seed()));
        assertEquals(Kind.SERVICE, failure(() -> adapter().listResources()).kind());
        sandbox.configure(
                c -> new SandboxConfig(c.timeScale(), 0, 0, 0, 0, 1.0, List.of("fsx:CreateBackup"), c.seed()));
        assertEquals(
                Kind.NETWORK,
                failure(() -> adapter().createBackup(WINDOWS, "n", List.of(), "t-7"))
                        .kind());
    }

    private static ServiceFailure failure(Executable call) {
        return assertThrows(ServiceFailure.class, call);
    }
}
