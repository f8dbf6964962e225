package io.backupconsole.cli;

import io.backupconsole.aws.ServiceAdapters;
import io.backupconsole.aws.awsbackup.AwsBackupAdapter;
import io.backupconsole.aws.lightsail.LightsailAdapter;
import io.backupconsole.domain.AwsService;
import io.backupconsole.domain.BackupRequest;
import io.backupconsole.domain.Resource;
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
 * allows the retention. Read calls only. Blocking.
 */
final class BackupPreflight {
    /**
     * @param request  the request, now with the resource's human name (null when refused)
     * @param refusal  why it cannot be sent now (exit 1), or empty
     * @param problems input the rules refuse once the service's facts are known (exit 2)
     * @param warnings what the service will do differently from what was asked, without refusing it (stderr)
     */
    record Outcome(BackupRequest request, Optional<String> refusal, List<Violation> problems, List<String> warnings) {
        static Outcome refused(String reason) {
            return new Outcome(null, Optional.of(reason), List.of(), List.of());
        }
    }

    private BackupPreflight() {}

    static Outcome check(ServiceAdapters adapters, BackupRequest request) {
        AwsService service = request.service();
        Optional<Resource> found = adapters.get(service).findResource(request.resourceId());
        if (found.isEmpty()) {
            return Outcome.refused(service.displayName() + " has no " + what(service) + " \"" + request.resourceId()
                    + "\" in " + adapters.connection().region() + " ("
                    + adapters.connection().label() + ").");
        }
        Resource resource = found.get();
        if (!resource.eligibility().allowed()) {
            return Outcome.refused(resource.name() + " cannot be backed up now: "
                    + resource.eligibility().reason());
        }
        List<Violation> problems = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        if (service == AwsService.LIGHTSAIL
                && ((LightsailAdapter) adapters.get(service)).snapshotNameExists(request.name())) {
            return Outcome.refused("A snapshot named \"" + request.name() + "\" already exists in this region;"
                    + " snapshot names are unique per region (choose another with --name).");
        }
        if (service == AwsService.BACKUP) {
            Optional<String> vaultRefusal = checkVault(adapters, request, resource, problems, warnings);
            if (vaultRefusal.isPresent()) {
                return Outcome.refused(vaultRefusal.get());
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

    /**
     * The vault must exist and take backups by name; its lock and the resource's real type decide the lifecycle
     * (days before cold storage for a type without it are ignored by the service: a warning).
     */
    private static Optional<String> checkVault(
            ServiceAdapters adapters,
            BackupRequest request,
            Resource resource,
            List<Violation> problems,
            List<String> warnings) {
        String vaultName = request.awsBackup().backupVaultName();
        List<BackupVault> vaults = ((AwsBackupAdapter) adapters.get(AwsService.BACKUP)).listVaults();
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
        // The ARN alone does not tell every type (RDS clusters); the protected resource's own type does.
        String type = resource.attribute("Resource type")
                .or(() -> ResourceArns.resourceType(resource.id()))
                .orElse(null);
        if (ResourceArns.resourceType(request.resourceId()).isEmpty() && type != null) {
            problems.addAll(AwsBackupRules.checkLifecycle(request.awsBackup().lifecycle(), type));
        }
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
