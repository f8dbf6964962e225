package io.backupconsole.cli;

import io.backupconsole.aws.AuxiliaryCall;
import io.backupconsole.aws.ServiceAdapters;
import io.backupconsole.aws.awsbackup.AwsBackupAdapter;
import io.backupconsole.aws.lightsail.LightsailAdapter;
import io.backupconsole.domain.AwsService;
import io.backupconsole.domain.BackupRequest;
import io.backupconsole.domain.Resource;
import io.backupconsole.domain.ResourceListing;
import io.backupconsole.domain.awsbackup.BackupVault;
import io.backupconsole.domain.awsbackup.ResourceArns;
import io.backupconsole.domain.rules.AwsBackupRules;
import io.backupconsole.domain.rules.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The checks of {@code backup} that need the service, as the dialogs make them right before sending: the resource
 * exists and can be backed up now, a Lightsail snapshot name is free, an AWS Backup vault exists and its lock
 * allows the retention. Read calls only. Blocking. Only the listing that finds the resource must answer: a check
 * whose helper call fails is left to the service (which refuses a taken name or a missing vault itself) and
 * reported as a warning.
 */
final class BackupPreflight {
    /**
     * @param request  the request, now with the resource's human name (null when refused)
     * @param refusal  why it cannot be sent now (exit 1), or empty
     * @param problems input the rules refuse once the service's facts are known (exit 2)
     * @param warnings checks that could not be made, and what the service will do differently from what was asked
     *                 without refusing it: one line each (the backup is still sent)
     */
    record Outcome(BackupRequest request, Optional<String> refusal, List<Violation> problems, List<String> warnings) {
        static Outcome refused(String reason, List<String> warnings) {
            return new Outcome(null, Optional.of(reason), List.of(), List.copyOf(warnings));
        }
    }

    private BackupPreflight() {}

    static Outcome check(ServiceAdapters adapters, BackupRequest request) {
        AwsService service = request.service();
        ResourceListing listing = adapters.get(service).listing();
        List<String> warnings = new ArrayList<>(listing.notices());
        Optional<Resource> found = listing.resources().stream()
                .filter(r -> r.id().equals(request.resourceId()))
                .findFirst();
        if (found.isEmpty()) {
            return Outcome.refused(
                    service.displayName() + " has no " + what(service) + " \"" + request.resourceId() + "\" in "
                            + adapters.connection().region() + " ("
                            + adapters.connection().label() + ").",
                    warnings);
        }
        Resource resource = found.get();
        if (!resource.eligibility().allowed()) {
            return Outcome.refused(
                    resource.name() + " cannot be backed up now: "
                            + resource.eligibility().reason(),
                    warnings);
        }
        List<Violation> problems = new ArrayList<>();
        if (service == AwsService.LIGHTSAIL
                && AuxiliaryCall.orElse(
                        () -> ((LightsailAdapter) adapters.get(service)).snapshotNameExists(request.name()),
                        false,
                        "The snapshot name is not checked (GetRelationalDatabaseSnapshot failed); Lightsail refuses"
                                + " a taken name itself",
                        warnings)) {
            return Outcome.refused(
                    "A snapshot named \"" + request.name() + "\" already exists in this region;"
                            + " snapshot names are unique per region (choose another with --name).",
                    warnings);
        }
        if (service == AwsService.BACKUP) {
            Optional<String> vaultRefusal = checkVault(adapters, request, resource, problems, warnings);
            if (vaultRefusal.isPresent()) {
                return Outcome.refused(vaultRefusal.get(), warnings);
            }
        }
        BackupRequest named = new BackupRequest(
                service,
                request.resourceId(),
                resource.name(),
                request.name(),
                request.description(),
                request.tags(),
                request.awsBackup(),
                request.idempotencyToken());
        return new Outcome(
                problems.isEmpty() ? named : null, Optional.empty(), List.copyOf(problems), List.copyOf(warnings));
    }

    /** The vault must exist and take backups by name; its lock and the resource's real type decide the lifecycle. */
    private static Optional<String> checkVault(
            ServiceAdapters adapters,
            BackupRequest request,
            Resource resource,
            List<Violation> problems,
            List<String> warnings) {
        String vaultName = request.awsBackup().backupVaultName();
        Optional<List<BackupVault>> listed = AuxiliaryCall.orElse(
                () -> Optional.of(((AwsBackupAdapter) adapters.get(AwsService.BACKUP)).listVaults()),
                Optional.empty(),
                "The vault is not checked (ListBackupVaults failed); AWS Backup refuses a missing vault itself",
                warnings);
        if (listed.isPresent()) {
            List<BackupVault> vaults = listed.get();
            Optional<BackupVault> vault =
                    vaults.stream().filter(v -> v.name().equals(vaultName)).findFirst();
            if (vault.isEmpty() || !vault.get().acceptsBackupsByName()) {
                List<String> usable = vaults.stream()
                        .filter(BackupVault::acceptsBackupsByName)
                        .map(BackupVault::name)
                        .toList();
                return Optional.of("No vault named \"" + vaultName + "\" takes backups in this region; vaults: "
                        + (usable.isEmpty() ? "none" : String.join(", ", usable)) + ".");
            }
            problems.addAll(AwsBackupRules.checkVaultLock(
                    request.awsBackup().lifecycle(),
                    vault.get().minRetentionDays(),
                    vault.get().maxRetentionDays()));
        }
        // The ARN alone does not tell every type (RDS clusters); the protected resource's own type does.
        String type = resource.attribute("Resource type")
                .or(() -> ResourceArns.resourceType(resource.id()))
                .orElse(null);
        if (ResourceArns.resourceType(request.resourceId()).isEmpty() && type != null) {
            problems.addAll(AwsBackupRules.checkLifecycle(request.awsBackup().lifecycle(), type));
        }
        // Days before cold storage for a type without it are ignored by the service: a warning, not a refusal.
        Optional.ofNullable(request.awsBackup().lifecycle())
                .flatMap(lifecycle -> AwsBackupRules.coldStorageIgnored(lifecycle.moveToColdStorageAfterDays(), type))
                .ifPresent(warnings::add);
        return Optional.empty();
    }

    private static String what(AwsService service) {
        return switch (service) {
            case OPSWORKS_CM -> "server";
            case FSX -> "file system or volume";
            case BACKUP -> "protected resource";
            case LIGHTSAIL -> "database";
        };
    }
}
