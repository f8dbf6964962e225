package io.backupconsole.sandbox.opsworkscm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.backupconsole.domain.rules.OpsWorksCmRules;
import io.backupconsole.domain.rules.Tag;
import io.backupconsole.domain.rules.Violation;
import io.backupconsole.sandbox.SimulationContext;
import io.backupconsole.sandbox.protocol.SandboxRequest;
import io.backupconsole.sandbox.protocol.ServiceError;
import io.backupconsole.sandbox.support.Fields;
import io.backupconsole.sandbox.support.Json;
import io.backupconsole.sandbox.support.Pages;
import io.backupconsole.sandbox.support.SimulatedRun;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** CreateBackup, DescribeBackups and DeleteBackup. Called under the simulator's lock. */
final class OpsWorksCmBackupOperations {
    /** At time scale 1 a backup takes between 20 seconds and 3 minutes. */
    private static final Duration SHORTEST_BACKUP = Duration.ofSeconds(20);

    private static final Duration LONGEST_BACKUP = Duration.ofMinutes(3);
    /** How long a deleted backup stays visible as DELETING. */
    static final Duration DELETION_TIME = Duration.ofSeconds(20);
    /** The caller every sandbox request is attributed to (the sandbox does not resolve credentials to users). */
    static final String USER_ARN = "arn:aws:iam::" + SimulationContext.ACCOUNT_ID + ":user/backup-console";
    /** What a failed run reports in StatusDescription; one is picked per backup. */
    static final List<String> FAILURE_REASONS = List.of(
            "Failed to upload the backup archive to Amazon S3: Access Denied (Service: Amazon S3; Status Code: 403; "
                    + "Error Code: AccessDenied)",
            "Backup failed: not enough free disk space on the server to stage the backup archive.",
            "Backup timed out: the engine did not finish the database dump within 60 minutes.");

    private final SimulationContext context;

    OpsWorksCmBackupOperations(SimulationContext context) {
        this.context = context;
    }

    JsonNode createBackup(OpsWorksCmRegion region, SandboxRequest request) {
        Fields fields = OpsWorksCmInput.fields(request.body());
        String serverName = fields.requiredString("ServerName");
        Optional<String> description = fields.string("Description");
        List<Tag> tags = OpsWorksCmInput.tags(fields);
        OpsWorksCmInput.require(OpsWorksCmRules.checkCreateBackup(serverName, description.orElse(null), tags));

        Instant now = context.now();
        region.sweep(now);
        OpsWorksCmServer server =
                region.server(serverName).orElseThrow(() -> OpsWorksCmServerOperations.serverNotFound(serverName));
        String status = region.status(server, now);
        if (!OpsWorksCmRules.statusAllowsBackup(status)) {
            throw ServiceError.badRequest(
                    "InvalidStateException",
                    "Server '" + serverName + "' is " + status
                            + "; backups can be created only when it is RUNNING, HEALTHY or UNHEALTHY.");
        }
        if (OpsWorksCmRules.manualBackupLimitReached(region.manualBackupCount(serverName, now))) {
            throw ServiceError.badRequest(
                    "LimitExceededException",
                    "Server '" + serverName + "' already has " + OpsWorksCmRules.MAX_MANUAL_BACKUPS
                            + " manual backups, the maximum. Delete one first.");
        }

        SimulatedRun run = context.newRun(now, SHORTEST_BACKUP, LONGEST_BACKUP);
        String failureReason = FAILURE_REASONS.get((int) context.nextLong(FAILURE_REASONS.size()));
        String id = region.newBackupId(serverName, run.startedAt());
        OpsWorksCmBackup backup = new OpsWorksCmBackup(
                id,
                region.backupArn(id),
                OpsWorksCmBackup.Type.MANUAL,
                description.orElse(""),
                USER_ARN,
                server,
                run,
                failureReason,
                null);
        region.addBackup(backup);

        ObjectNode output = Json.object();
        output.set("Backup", OpsWorksCmJson.backup(backup, region, now));
        return output;
    }

    /** Backups newest first, filtered by BackupId and/or ServerName, paged by MaxResults. */
    JsonNode describeBackups(OpsWorksCmRegion region, SandboxRequest request) {
        Fields fields = OpsWorksCmInput.fields(request.body());
        Optional<String> backupId = fields.string("BackupId");
        Optional<String> serverName = fields.string("ServerName");
        List<Violation> problems = new ArrayList<>();
        backupId.ifPresent(id -> problems.addAll(OpsWorksCmRules.checkBackupId(id)));
        serverName.ifPresent(name -> problems.addAll(OpsWorksCmRules.checkServerName(name)));
        OpsWorksCmInput.require(problems);
        int pageSize = OpsWorksCmInput.pageSize(fields);
        Optional<String> token = OpsWorksCmInput.nextToken(fields);

        Instant now = context.now();
        region.sweep(now);
        serverName.ifPresent(
                name -> region.server(name).orElseThrow(() -> OpsWorksCmServerOperations.serverNotFound(name)));
        backupId.ifPresent(id -> region.backup(id).orElseThrow(() -> backupNotFound(id)));
        List<OpsWorksCmBackup> matching = region.backupsNewestFirst().stream()
                .filter(b -> backupId.map(b.id()::equals).orElse(true))
                .filter(b -> serverName.map(b.serverName()::equals).orElse(true))
                .toList();
        Pages.Page<OpsWorksCmBackup> page = Pages.page(matching, token, pageSize, OpsWorksCmInput.ERRORS);

        ArrayNode backups = Json.array();
        page.items().forEach(backup -> backups.add(OpsWorksCmJson.backup(backup, region, now)));
        ObjectNode output = Json.object();
        output.set("Backups", backups);
        OpsWorksCmInput.putNextToken(output, page);
        return output;
    }

    /** Starts deleting a finished backup; it shows as DELETING for {@link #DELETION_TIME}, then disappears. */
    JsonNode deleteBackup(OpsWorksCmRegion region, SandboxRequest request) {
        Fields fields = OpsWorksCmInput.fields(request.body());
        String backupId = fields.requiredString("BackupId");
        OpsWorksCmInput.require(OpsWorksCmRules.checkBackupId(backupId));

        Instant now = context.now();
        region.sweep(now);
        OpsWorksCmBackup backup = region.backup(backupId).orElseThrow(() -> backupNotFound(backupId));
        switch (backup.status(now)) {
            case "DELETING" ->
                throw ServiceError.badRequest(
                        "InvalidStateException", "Backup '" + backupId + "' is already being deleted.");
            case "IN_PROGRESS" ->
                throw ServiceError.badRequest(
                        "InvalidStateException",
                        "Backup '" + backupId + "' is still IN_PROGRESS; it can be deleted once it has finished.");
            default -> region.addBackup(backup.deleting(now, DELETION_TIME));
        }
        return Json.object();
    }

    private static ServiceError backupNotFound(String backupId) {
        return ServiceError.badRequest("ResourceNotFoundException", "There is no backup with id '" + backupId + "'.");
    }
}
