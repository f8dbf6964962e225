package io.backupconsole.aws.opsworkscm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.backupconsole.domain.BackupOrigin;
import io.backupconsole.domain.BackupSummary;
import io.backupconsole.domain.Resource;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.opsworkscm.OpsWorksCmClient;
import software.amazon.awssdk.services.opsworkscm.model.Backup;
import software.amazon.awssdk.services.opsworkscm.model.BackupStatus;
import software.amazon.awssdk.services.opsworkscm.model.OpsWorksCmException;
import software.amazon.awssdk.services.opsworkscm.model.Server;
import software.amazon.awssdk.services.opsworkscm.model.ServerStatus;

/**
 * Guards the unsupported pairing of the last OpsWorks CM client (2.32.29) with the project's newer SDK core: every
 * class and member the adapter relies on must still load and behave. Run on every SDK version bump; the
 * sandbox-backed {@code OpsWorksCmAdapterTest} then checks the wire behaviour.
 */
class OpsWorksCmSdkContractTest {
    private static final String MODEL = "software.amazon.awssdk.services.opsworkscm.model.";

    @Test
    void theClientAndItsPaginatorsAndExceptionsStillExist() throws ReflectiveOperationException {
        assertEquals("opsworks-cm", OpsWorksCmClient.SERVICE_NAME);
        assertTrue(OpsWorksCmClient.class.getMethod(
                        "describeServersPaginator", Class.forName(MODEL + "DescribeServersRequest"))
                != null);
        assertEquals(
                "software.amazon.awssdk.services.opsworkscm.paginators.DescribeBackupsIterable",
                OpsWorksCmClient.class
                        .getMethod("describeBackupsPaginator", Class.forName(MODEL + "DescribeBackupsRequest"))
                        .getReturnType()
                        .getName());
        for (String exception : List.of(
                "ValidationException",
                "InvalidStateException",
                "LimitExceededException",
                "ResourceNotFoundException",
                "InvalidNextTokenException")) {
            assertTrue(OpsWorksCmException.class.isAssignableFrom(Class.forName(MODEL + exception)), exception);
        }
    }

    @Test
    void theMapperReadsBuiltSdkObjects() {
        Server server = Server.builder()
                .serverName("chef-x")
                .engine("ChefAutomate")
                .engineModel("Single")
                .engineVersion("2")
                .status(ServerStatus.RUNNING)
                .createdAt(Instant.EPOCH)
                .backupRetentionCount(3)
                .preferredBackupWindow("Mon:08:00")
                .build();
        Resource resource = OpsWorksCmMapper.toResource(server, 1);
        assertEquals("Chef Automate server", resource.type());
        assertTrue(resource.eligibility().allowed());
        assertEquals("RUNNING", resource.state());

        Backup backup = Backup.builder()
                .backupId("chef-x-20250101000000000")
                .serverName("chef-x")
                .backupType("AUTOMATED")
                .status(BackupStatus.OK)
                .createdAt(Instant.EPOCH)
                .build();
        BackupSummary summary = OpsWorksCmMapper.toBackupSummary(backup);
        assertEquals(BackupOrigin.AUTOMATED, summary.origin());
        assertEquals("OK", summary.status());
        assertEquals("chef-x-20250101000000000", summary.name());
    }

    @Test
    void valuesNewerThanTheSdkShowAsTheServiceSpellsThem() {
        Server server = Server.builder()
                .serverName("chef-x")
                .engine("ChefAutomate")
                .status("HIBERNATING")
                .build();
        Resource resource = OpsWorksCmMapper.toResource(server, 0);
        assertEquals("HIBERNATING", resource.state());
        assertEquals("Server is HIBERNATING", resource.eligibility().reason());
        Backup backup = Backup.builder()
                .backupId("b")
                .backupType("SCHEDULED")
                .status("ARCHIVED")
                .build();
        assertEquals("ARCHIVED", OpsWorksCmMapper.toBackupSummary(backup).status());
        assertEquals(
                BackupOrigin.MANUAL, OpsWorksCmMapper.toBackupSummary(backup).origin());
    }
}
