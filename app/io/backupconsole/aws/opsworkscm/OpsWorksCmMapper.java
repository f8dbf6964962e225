package io.backupconsole.aws.opsworkscm;

import io.backupconsole.domain.Attribute;
import io.backupconsole.domain.AwsService;
import io.backupconsole.domain.BackupOrigin;
import io.backupconsole.domain.BackupSummary;
import io.backupconsole.domain.Resource;
import io.backupconsole.domain.rules.OpsWorksCmRules;
import io.backupconsole.domain.rules.Tag;
import io.backupconsole.domain.rules.TagRules;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.opsworkscm.model.Backup;
import software.amazon.awssdk.services.opsworkscm.model.Server;

/**
 * The one place that maps OpsWorks CM SDK types to domain types and back. Reads enums through their
 * {@code ...AsString()} getters so values an older SDK does not know still show as the service spells them.
 */
final class OpsWorksCmMapper {
    /** Longest backup description shown as a backup's name; longer ones are cut with an ellipsis. */
    static final int NAME_LENGTH = 80;

    private OpsWorksCmMapper() {}

    /**
     * A server as a resource; {@code manualBackupCount} (its MANUAL backups) decides the backup limit, and null
     * (they could not be counted) leaves the limit to the service.
     */
    static Resource toResource(Server server, Integer manualBackupCount) {
        String status = server.statusAsString();
        return new Resource(
                AwsService.OPSWORKS_CM,
                server.serverName(),
                server.serverName(),
                typeOf(server.engine()),
                status,
                server.createdAt(),
                null,
                OpsWorksCmRules.eligibility(status, manualBackupCount == null ? 0 : manualBackupCount),
                attributes(server, manualBackupCount));
    }

    /** "Chef Automate server" or "Puppet Enterprise server"; another engine name is shown as it is. */
    static String typeOf(String engine) {
        if (engine == null) {
            return "OpsWorks CM server";
        }
        return switch (engine) {
            case "ChefAutomate" -> "Chef Automate server";
            case "Puppet" -> "Puppet Enterprise server";
            default -> engine + " server";
        };
    }

    private static List<Attribute> attributes(Server server, Integer manualBackupCount) {
        List<Attribute> attributes = new ArrayList<>();
        add(attributes, "Status reason", server.statusReason());
        add(
                attributes,
                "Engine",
                server.engineModel() == null ? server.engine() : server.engine() + " (" + server.engineModel() + ")");
        add(attributes, "Engine version", server.engineVersion());
        add(attributes, "Instance type", server.instanceType());
        add(attributes, "Endpoint", server.endpoint());
        add(attributes, "Custom domain", server.customDomain());
        if (Boolean.TRUE.equals(server.disableAutomatedBackup())) {
            attributes.add(new Attribute("Automated backups", "Disabled"));
        } else if (server.backupRetentionCount() != null) {
            attributes.add(new Attribute("Automated backups", "On, keeps " + server.backupRetentionCount()));
        }
        add(attributes, "Preferred backup window", utc(server.preferredBackupWindow()));
        add(attributes, "Preferred maintenance window", utc(server.preferredMaintenanceWindow()));
        add(attributes, "Maintenance status", server.maintenanceStatusAsString());
        attributes.add(new Attribute(
                "Manual backups",
                (manualBackupCount == null ? "—" : manualBackupCount) + " of " + OpsWorksCmRules.MAX_MANUAL_BACKUPS));
        add(attributes, "ARN", server.serverArn());
        return attributes;
    }

    static BackupSummary toBackupSummary(Backup backup) {
        return new BackupSummary(
                AwsService.OPSWORKS_CM,
                backup.backupId(),
                backup.serverName(),
                nameOf(backup),
                originOf(backup.backupTypeAsString()),
                backup.statusAsString(),
                backup.createdAt(),
                null,
                null,
                backup.statusDescription());
    }

    /** The same backup, known to be of {@code serverName} (it was listed by server). */
    static BackupSummary ofServer(BackupSummary backup, String serverName) {
        return new BackupSummary(
                backup.service(),
                backup.id(),
                serverName,
                backup.name(),
                backup.origin(),
                backup.status(),
                backup.createdAt(),
                backup.sizeBytes(),
                backup.percentDone(),
                backup.message());
    }

    /** MANUAL and AUTOMATED as the service says; an unknown type counts as manual (OpsWorks CM deletes both). */
    static BackupOrigin originOf(String backupType) {
        return "AUTOMATED".equals(backupType) ? BackupOrigin.AUTOMATED : BackupOrigin.MANUAL;
    }

    /** True for a backup that counts against the 50-manual-backup limit (a deleted one no longer does). */
    static boolean countsAsManual(Backup backup) {
        return "MANUAL".equals(backup.backupTypeAsString()) && !"DELETING".equals(backup.statusAsString());
    }

    /** The tags as the service stores them (trimmed), in SDK form. */
    static List<software.amazon.awssdk.services.opsworkscm.model.Tag> toSdkTags(List<Tag> tags) {
        return tags.stream()
                .map(TagRules.OPSWORKS_CM::normalise)
                .map(tag -> software.amazon.awssdk.services.opsworkscm.model.Tag.builder()
                        .key(tag.key())
                        .value(tag.value())
                        .build())
                .toList();
    }

    /** A manual backup's description (first line, shortened) names it; otherwise its id does. */
    private static String nameOf(Backup backup) {
        String description = backup.description();
        if (description == null || description.isBlank()) {
            return backup.backupId();
        }
        String firstLine = description.strip().lines().findFirst().orElse("");
        return firstLine.length() <= NAME_LENGTH ? firstLine : firstLine.substring(0, NAME_LENGTH - 1) + "…";
    }

    private static String utc(String window) {
        return window == null ? null : window + " UTC";
    }

    private static void add(List<Attribute> attributes, String label, String value) {
        if (value != null && !value.isBlank()) {
            attributes.add(new Attribute(label, value));
        }
    }
}
