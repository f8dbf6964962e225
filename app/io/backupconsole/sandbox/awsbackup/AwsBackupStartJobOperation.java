package io.backupconsole.sandbox.awsbackup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.backupconsole.domain.Eligibility;
import io.backupconsole.domain.awsbackup.BackupJobRequest;
import io.backupconsole.domain.awsbackup.RecoveryPointLifecycle;
import io.backupconsole.domain.rules.AwsBackupRules;
import io.backupconsole.domain.rules.Tag;
import io.backupconsole.domain.rules.Violation;
import io.backupconsole.sandbox.SimulationContext;
import io.backupconsole.sandbox.protocol.SandboxRequest;
import io.backupconsole.sandbox.support.Fields;
import io.backupconsole.sandbox.support.Json;
import io.backupconsole.sandbox.support.SimulatedRun;
import io.backupconsole.sandbox.support.ValidationErrors;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * StartBackupJob: checks the input with {@link AwsBackupRules}, resolves vault and resource, honours the idempotency
 * token and the one-job-per-resource quota, then starts a simulated job. Called under the simulator's lock.
 */
final class AwsBackupStartJobOperation {
    /** doc StartWindowMinutes: "This value is optional, and the default is 8 hours." */
    static final long DEFAULT_START_WINDOW_MINUTES = 8 * 60;

    static final Duration SHORTEST_RUN = Duration.ofSeconds(20);
    static final Duration LONGEST_RUN = Duration.ofMinutes(3);

    private final SimulationContext context;

    AwsBackupStartJobOperation(SimulationContext context) {
        this.context = context;
    }

    JsonNode start(AwsBackupRegion state, SandboxRequest request) {
        Fields fields = new Fields(request.body(), AwsBackupErrors.INSTANCE);
        BackupJobRequest input = read(fields);
        Optional<String> airGappedArn = fields.string("LogicallyAirGappedBackupVaultArn");
        Optional<String> index = fields.string("Index");
        refuse(AwsBackupRules.check(input, null, null, null, null));

        AwsBackupVault vault = state.vaults.get(input.backupVaultName());
        if (vault == null) {
            throw AwsBackupQuery.vaultNotFound(input.backupVaultName());
        }
        if (vault.vaultType().equals(AwsBackupVault.AIR_GAPPED)) {
            throw AwsBackupErrors.invalidRequest(
                    "Backup vault " + vault.name() + " is logically air-gapped: name a "
                            + "backup vault in BackupVaultName and pass the air-gapped vault as LogicallyAirGappedBackupVaultArn.",
                    "BackupVaultName");
        }
        AwsBackupResource resource = state.resources.get(input.resourceArn());
        if (resource == null) {
            throw AwsBackupErrors.notFound(
                    "Resource " + input.resourceArn() + " was not found in this region.", "ResourceArn");
        }
        Eligibility eligibility = AwsBackupRules.eligibility(
                resource.type(),
                state.supportedTypes.contains(resource.type()),
                state.isOptedIn(resource.type()),
                false);
        if (!eligibility.allowed()) {
            throw AwsBackupErrors.invalidRequest(eligibility.reason() + ".", "ResourceArn");
        }
        AwsBackupVault target =
                airGappedArn.map(arn -> airGappedVault(state, arn)).orElse(vault);
        refuse(AwsBackupRules.check(
                input, resource.type(), resource.platform(), target.minRetentionDays(), target.maxRetentionDays()));
        if (index.isPresent() && !List.of("ENABLED", "DISABLED").contains(index.get())) {
            throw AwsBackupErrors.invalid("Index", "\"" + index.get() + "\" is not ENABLED or DISABLED.");
        }
        if (index.isPresent() && !List.of("EBS", "S3").contains(resource.type())) {
            throw AwsBackupErrors.invalid("Index", "backup indexes exist only for EBS and S3 resources.");
        }

        ObjectNode signature = request.body().deepCopy();
        signature.remove("IdempotencyToken");
        Instant now = context.now();
        if (input.idempotencyToken() != null) {
            AwsBackupJob earlier = state.jobsByIdempotencyToken.get(input.idempotencyToken());
            if (earlier != null && earlier.requestSignature().equals(signature)) {
                return output(earlier);
            }
            if (earlier != null) {
                // Stricter than "success with no action": a reused token with other parameters is almost always a
                // client bug, and answering with the old job would hide that the new request was not carried out.
                throw AwsBackupErrors.invalidRequest(
                        "IdempotencyToken " + input.idempotencyToken() + " was already used "
                                + "for a different StartBackupJob request.",
                        "IdempotencyToken");
            }
        }
        Optional<AwsBackupJob> running = state.activeJobFor(resource.arn(), now);
        if (running.isPresent()) {
            // LimitExceededException rather than InvalidRequestException: the documented reason is a quota
            // (concurrent backup jobs per resource: 1, not adjustable), and the model describes this error as
            // "A limit in the request has been exceeded".
            throw AwsBackupErrors.limitExceeded(
                    "Only " + AwsBackupRules.CONCURRENT_JOBS_PER_RESOURCE + " backup job may run "
                            + "per resource; job " + running.get().id() + " is still running for " + resource.arn()
                            + ".",
                    "ResourceArn");
        }
        AwsBackupJob job = create(state, input, target, resource, signature, now);
        state.addJob(job);
        if (input.idempotencyToken() != null) {
            state.jobsByIdempotencyToken.put(input.idempotencyToken(), job);
        }
        return output(job);
    }

    private AwsBackupJob create(
            AwsBackupRegion state,
            BackupJobRequest input,
            AwsBackupVault vault,
            AwsBackupResource resource,
            ObjectNode signature,
            Instant now) {
        String id = context.uuid().toUpperCase(Locale.ROOT);
        SimulatedRun run = context.newRun(now, SHORTEST_RUN, LONGEST_RUN);
        AwsBackupJobOutcome outcome = AwsBackupRules.roleNameWarning(input.iamRoleArn())
                .map(warning -> AwsBackupJobOutcome.failed("Backup job failed: " + warning, "AccessDenied", 0.0))
                .orElseGet(() ->
                        run.fails() ? AwsBackupFailureReasons.forResource(resource) : AwsBackupJobOutcome.completed());
        long startWindow = Optional.ofNullable(input.startWindowMinutes()).orElse(DEFAULT_START_WINDOW_MINUTES);
        Map<String, String> tags = new LinkedHashMap<>();
        input.recoveryPointTags().forEach(tag -> tags.put(tag.key(), tag.value()));
        String rpArn = AwsBackupRecoveryPointArns.forType(
                state.region, resource.type(), id.toLowerCase(Locale.ROOT), context.hex(17), context.uuid());
        return new AwsBackupJob(
                id,
                vault,
                resource,
                input.iamRoleArn(),
                now.plus(Duration.ofMinutes(startWindow)),
                // Days before cold storage for a type without it are accepted and ignored, as AWS Backup does.
                AwsBackupRules.appliedLifecycle(input.lifecycle(), resource.type()),
                tags,
                input.backupOptions(),
                run,
                outcome,
                null,
                null,
                false,
                rpArn,
                signature,
                new AwsBackupJob.Control());
    }

    private static JsonNode output(AwsBackupJob job) {
        ObjectNode out = Json.object();
        out.put("BackupJobId", job.id());
        if (AwsBackupRecoveryPointArns.returnedOnStart(job.resource().type())) {
            out.put("RecoveryPointArn", job.recoveryPointArn());
        }
        out.set("CreationDate", Json.epochSeconds(job.creationDate()));
        out.put("IsParent", job.isParent());
        return out;
    }

    private static AwsBackupVault airGappedVault(AwsBackupRegion state, String arn) {
        return state.vaults.values().stream()
                .filter(v -> v.arn().equals(arn) && v.vaultType().equals(AwsBackupVault.AIR_GAPPED))
                .findFirst()
                .orElseThrow(() -> AwsBackupErrors.notFound(
                        "Logically air-gapped backup vault " + arn + " does not exist in this region.",
                        "LogicallyAirGappedBackupVaultArn"));
    }

    private static void refuse(List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw AwsBackupErrors.invalid(violations);
        }
    }

    /** Reads every member with its type checked first (SerializationException), then the required ones. */
    private static BackupJobRequest read(Fields fields) {
        for (String member :
                List.of("BackupVaultName", "ResourceArn", "IamRoleArn", "LogicallyAirGappedBackupVaultArn", "Index")) {
            fields.string(member);
        }
        Long startWindow = fields.number("StartWindowMinutes").orElse(null);
        Long completeWindow = fields.number("CompleteWindowMinutes").orElse(null);
        RecoveryPointLifecycle lifecycle = fields.nested("Lifecycle")
                .map(AwsBackupStartJobOperation::lifecycle)
                .orElse(RecoveryPointLifecycle.KEEP_FOREVER);
        List<Tag> tags = new ArrayList<>();
        stringMap(fields, "RecoveryPointTags").forEach((k, v) -> tags.add(new Tag(k, v)));
        Map<String, String> options = stringMap(fields, "BackupOptions");
        String token = fields.string("IdempotencyToken").orElse(null);
        return new BackupJobRequest(
                fields.requiredString("BackupVaultName"),
                fields.requiredString("ResourceArn"),
                fields.requiredString("IamRoleArn"),
                startWindow,
                completeWindow,
                lifecycle,
                tags,
                options,
                token);
    }

    private static RecoveryPointLifecycle lifecycle(Fields lifecycle) {
        lifecycle.bool("OptInToArchiveForSupportedResources");
        if (lifecycle.string("DeleteAfterEvent").isPresent()) {
            throw AwsBackupErrors.invalid("Lifecycle.DeleteAfterEvent", "is not valid as an input.");
        }
        return new RecoveryPointLifecycle(
                lifecycle.number("MoveToColdStorageAfterDays").orElse(null),
                lifecycle.number("DeleteAfterDays").orElse(null));
    }

    private static Map<String, String> stringMap(Fields fields, String member) {
        Map<String, String> map = new LinkedHashMap<>();
        fields.object(member)
                .ifPresent(node -> node.properties().forEach(entry -> {
                    if (!entry.getValue().isTextual()) {
                        throw ValidationErrors.wrongType(member + "." + entry.getKey(), "a string");
                    }
                    map.put(entry.getKey(), entry.getValue().asText());
                }));
        return map;
    }
}
