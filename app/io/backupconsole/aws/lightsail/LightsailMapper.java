package io.backupconsole.aws.lightsail;

import io.backupconsole.domain.Attribute;
import io.backupconsole.domain.AwsService;
import io.backupconsole.domain.BackupOrigin;
import io.backupconsole.domain.BackupSummary;
import io.backupconsole.domain.Resource;
import io.backupconsole.domain.rules.LightsailRules;
import io.backupconsole.domain.rules.Tag;
import java.text.DecimalFormat;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import software.amazon.awssdk.services.lightsail.model.Operation;
import software.amazon.awssdk.services.lightsail.model.RelationalDatabase;
import software.amazon.awssdk.services.lightsail.model.RelationalDatabaseHardware;
import software.amazon.awssdk.services.lightsail.model.RelationalDatabaseSnapshot;

/** The one place that maps Lightsail SDK types to domain types (and domain tags to SDK tags). Stateless. */
final class LightsailMapper {
    private static final long BYTES_PER_GIB = 1024L * 1024 * 1024;

    private LightsailMapper() {}

    static Resource toResource(RelationalDatabase db) {
        List<Attribute> attributes = new ArrayList<>();
        add(attributes, "Engine", (engineName(db.engine()) + " " + nullToEmpty(db.engineVersion())).strip());
        add(attributes, "Blueprint", db.relationalDatabaseBlueprintId());
        add(attributes, "Bundle", db.relationalDatabaseBundleId());
        add(
                attributes,
                "Availability zone",
                db.location() == null ? null : db.location().availabilityZone());
        add(attributes, "Secondary availability zone", db.secondaryAvailabilityZone());
        add(attributes, "Hardware", hardware(db.hardware()));
        add(
                attributes,
                "Backup retention",
                db.backupRetentionEnabled() == null ? null : db.backupRetentionEnabled() ? "Enabled" : "Disabled");
        add(
                attributes,
                "Preferred backup window",
                db.preferredBackupWindow() == null ? null : db.preferredBackupWindow() + " UTC");
        add(
                attributes,
                "Preferred maintenance window",
                db.preferredMaintenanceWindow() == null ? null : db.preferredMaintenanceWindow() + " UTC");
        add(attributes, "Master database", db.masterDatabaseName());
        add(attributes, "Master username", db.masterUsername());
        add(
                attributes,
                "Publicly accessible",
                db.publiclyAccessible() == null ? null : db.publiclyAccessible() ? "Yes" : "No");
        add(
                attributes,
                "Latest restorable time",
                db.latestRestorableTime() == null
                        ? null
                        : db.latestRestorableTime().toString());
        add(attributes, "ARN", db.arn());
        add(attributes, "Support code", db.supportCode());
        return new Resource(
                AwsService.LIGHTSAIL,
                db.name(),
                db.name(),
                typeOf(db.engine(), db.engineVersion()),
                db.state(),
                db.createdAt(),
                null,
                LightsailRules.eligibility(db.state()),
                attributes);
    }

    /** Lightsail's automatic snapshots come from a different API (GetAutoSnapshots), so every one here is manual. */
    static BackupSummary toBackup(RelationalDatabaseSnapshot snapshot) {
        Long size = snapshot.sizeInGb() == null ? null : snapshot.sizeInGb() * BYTES_PER_GIB;
        return new BackupSummary(
                AwsService.LIGHTSAIL,
                snapshot.name(),
                snapshot.fromRelationalDatabaseName(),
                snapshot.name(),
                BackupOrigin.MANUAL,
                snapshot.state(),
                snapshot.createdAt(),
                size,
                null,
                "");
    }

    /** The snapshot a CreateRelationalDatabaseSnapshot operation has just started, as GetRelationalDatabaseSnapshots will list it. */
    static BackupSummary toStartedSnapshot(String databaseName, String snapshotName, Instant createdAt) {
        return new BackupSummary(
                AwsService.LIGHTSAIL,
                snapshotName,
                databaseName,
                snapshotName,
                BackupOrigin.MANUAL,
                "pending",
                createdAt,
                null,
                null,
                "");
    }

    static LightsailOperationStatus toStatus(Operation op) {
        return new LightsailOperationStatus(
                op.id(),
                op.operationTypeAsString(),
                op.resourceName(),
                op.operationDetails(),
                op.statusAsString(),
                Boolean.TRUE.equals(op.isTerminal()),
                op.createdAt(),
                op.statusChangedAt(),
                op.errorCode(),
                op.errorDetails());
    }

    /** A delete the service answered without its operation: asked for, with nothing more known. */
    static LightsailOperationStatus unreported(String snapshotName) {
        return new LightsailOperationStatus(
                null, "DeleteRelationalDatabaseSnapshot", snapshotName, null, null, false, null, null, null, null);
    }

    static List<software.amazon.awssdk.services.lightsail.model.Tag> toSdkTags(List<Tag> tags) {
        return tags.stream()
                .map(t -> software.amazon.awssdk.services.lightsail.model.Tag.builder()
                        .key(t.key())
                        .value(t.value())
                        .build())
                .toList();
    }

    /** "MySQL 8.0 database", "PostgreSQL 16 database": the engine with its major version. */
    static String typeOf(String engine, String version) {
        if (engine == null || engine.isBlank()) {
            return "Lightsail database";
        }
        String v = nullToEmpty(version);
        String[] parts = v.split("\\.");
        String major = switch (nullToEmpty(engine).toLowerCase(Locale.ROOT)) {
            case "mysql" -> parts.length >= 2 ? parts[0] + "." + parts[1] : v;
            default -> parts[0];
        };
        return (engineName(engine) + " " + major).strip() + " database";
    }

    private static String engineName(String engine) {
        return switch (nullToEmpty(engine).toLowerCase(Locale.ROOT)) {
            case "mysql" -> "MySQL";
            case "postgres" -> "PostgreSQL";
            default -> nullToEmpty(engine);
        };
    }

    private static String hardware(RelationalDatabaseHardware hardware) {
        if (hardware == null) {
            return null;
        }
        DecimalFormat ram = new DecimalFormat("0.##");
        List<String> parts = new ArrayList<>();
        if (hardware.cpuCount() != null) {
            parts.add(hardware.cpuCount() + " vCPU");
        }
        if (hardware.ramSizeInGb() != null) {
            parts.add(ram.format(hardware.ramSizeInGb()) + " GB RAM");
        }
        if (hardware.diskSizeInGb() != null) {
            parts.add(hardware.diskSizeInGb() + " GB disk");
        }
        return parts.isEmpty() ? null : String.join(", ", parts);
    }

    private static void add(List<Attribute> attributes, String label, String value) {
        if (value != null && !value.isBlank()) {
            attributes.add(new Attribute(label, value));
        }
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
