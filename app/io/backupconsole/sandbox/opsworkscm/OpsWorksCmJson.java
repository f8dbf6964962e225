package io.backupconsole.sandbox.opsworkscm;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.backupconsole.sandbox.support.Json;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** Renders servers and backups as the model's {@code Server} and {@code Backup} structures. */
final class OpsWorksCmJson {
    private OpsWorksCmJson() {}

    static ObjectNode server(OpsWorksCmServer server, String status) {
        ObjectNode node = Json.object();
        node.put("ServerName", server.name());
        node.put("ServerArn", server.arn());
        node.put("Status", status);
        putIfPresent(node, "StatusReason", server.statusReason());
        node.put("Engine", server.engine());
        node.put("EngineModel", server.engineModel());
        node.put("EngineVersion", server.engineVersion());
        node.put("InstanceType", server.instanceType());
        node.set("CreatedAt", Json.epochSeconds(server.createdAt()));
        node.put("Endpoint", server.endpoint());
        node.put("BackupRetentionCount", server.backupRetentionCount());
        node.put("DisableAutomatedBackup", server.disableAutomatedBackup());
        node.put("PreferredBackupWindow", server.preferredBackupWindow());
        node.put("PreferredMaintenanceWindow", server.preferredMaintenanceWindow());
        node.put("MaintenanceStatus", server.maintenanceStatus());
        node.put("AssociatePublicIpAddress", true);
        node.put("CloudFormationStackArn", server.cloudFormationStackArn());
        node.put("InstanceProfileArn", server.instanceProfileArn());
        node.put("ServiceRoleArn", server.serviceRoleArn());
        putIfPresent(node, "KeyPair", server.keyPair());
        node.set("SecurityGroupIds", strings(server.securityGroupIds()));
        node.set("SubnetIds", strings(server.subnetIds()));
        node.set("EngineAttributes", Json.array());
        return node;
    }

    static ObjectNode backup(OpsWorksCmBackup backup, OpsWorksCmRegion region, Instant now) {
        OpsWorksCmServer server = backup.server();
        ObjectNode node = Json.object();
        node.put("BackupId", backup.id());
        node.put("BackupArn", backup.arn());
        node.put("BackupType", backup.type().name());
        node.put("Status", backup.status(now));
        backup.statusDescription(now).ifPresent(text -> node.put("StatusDescription", text));
        node.set("CreatedAt", Json.epochSeconds(backup.createdAt()));
        node.put("Description", Objects.requireNonNullElse(backup.description(), ""));
        node.put("UserArn", Objects.requireNonNullElse(backup.userArn(), ""));
        node.put("ServerName", server.name());
        node.put("Engine", server.engine());
        node.put("EngineModel", server.engineModel());
        node.put("EngineVersion", server.engineVersion());
        node.put("InstanceType", server.instanceType());
        node.put("InstanceProfileArn", server.instanceProfileArn());
        node.put("ServiceRoleArn", server.serviceRoleArn());
        putIfPresent(node, "KeyPair", server.keyPair());
        node.set("SecurityGroupIds", strings(server.securityGroupIds()));
        node.set("SubnetIds", strings(server.subnetIds()));
        node.put("PreferredBackupWindow", server.preferredBackupWindow());
        node.put("PreferredMaintenanceWindow", server.preferredMaintenanceWindow());
        node.put("ToolsVersion", server.toolsVersion());
        node.put("S3LogUrl", region.s3LogUrl(backup));
        return node;
    }

    private static void putIfPresent(ObjectNode node, String member, String value) {
        if (value != null) {
            node.put(member, value);
        }
    }

    private static ArrayNode strings(List<String> values) {
        ArrayNode array = Json.array();
        values.forEach(array::add);
        return array;
    }
}
