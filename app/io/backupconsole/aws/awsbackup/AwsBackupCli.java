package io.backupconsole.aws.awsbackup;

import io.backupconsole.aws.AuxiliaryCall;
import io.backupconsole.aws.CliInput;
import io.backupconsole.aws.CliOption;
import io.backupconsole.aws.ServiceCli;
import io.backupconsole.domain.AwsService;
import io.backupconsole.domain.BackupRequest;
import io.backupconsole.domain.Resource;
import io.backupconsole.domain.awsbackup.BackupJobRequest;
import io.backupconsole.domain.awsbackup.BackupVault;
import io.backupconsole.domain.awsbackup.RecoveryPointLifecycle;
import io.backupconsole.domain.awsbackup.ResourceArns;
import io.backupconsole.domain.rules.AwsBackupRules;
import io.backupconsole.domain.rules.NumberInput;
import io.backupconsole.domain.rules.Violation;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * AWS Backup on the command line, as its dialog: the vault is required (there is no safe default: "Default" need
 * not exist, and a backup in the wrong vault gets the wrong retention and access), the role defaults to the default
 * service role of the resource's account, and the lifecycle is checked against the resource type the ARN names.
 * Before sending, the vault must exist and take backups, and its lock must allow the retention.
 */
final class AwsBackupCli implements ServiceCli<AwsBackupAdapter> {
    private static final CliOption VAULT = new CliOption("--vault", "NAME", "AWS Backup vault (required for backup)");
    private static final CliOption ROLE =
            new CliOption("--role", "ARN", "AWS Backup IAM role (default: the account's AWSBackupDefaultServiceRole)");
    private static final CliOption START_WINDOW =
            new CliOption("--start-window", "MIN", "AWS Backup start window, minutes (at least 60)");
    private static final CliOption COMPLETE_WINDOW =
            new CliOption("--complete-window", "MIN", "AWS Backup complete window, minutes");
    private static final CliOption COLD_AFTER =
            new CliOption("--cold-after", "DAYS", "AWS Backup: move the recovery point to cold storage after DAYS");
    private static final CliOption DELETE_AFTER =
            new CliOption("--delete-after", "DAYS", "AWS Backup: delete the recovery point after DAYS");

    @Override
    public String resourceForm() {
        return "resource ARN (backup)";
    }

    @Override
    public List<CliOption> options() {
        return List.of(VAULT, ROLE, START_WINDOW, COMPLETE_WINDOW, COLD_AFTER, DELETE_AFTER);
    }

    @Override
    public BackupRequest request(CliInput input, String token, Instant now, List<Violation> problems) {
        String vault = input.option(VAULT.flag());
        if (vault == null || vault.isBlank()) {
            problems.add(new Violation(
                    "BackupVaultName",
                    "--vault is required for AWS Backup (list the vaults in the "
                            + "app or with `aws backup list-backup-vaults`)."));
        }
        String role = role(input, problems);
        Long start =
                number(input.option(START_WINDOW.flag()), "StartWindowMinutes", "Start window", "minutes", problems);
        Long complete = number(
                input.option(COMPLETE_WINDOW.flag()), "CompleteWindowMinutes", "Complete window", "minutes", problems);
        Long cold = number(
                input.option(COLD_AFTER.flag()),
                "Lifecycle.MoveToColdStorageAfterDays",
                "Days before cold storage",
                "days",
                problems);
        Long delete =
                number(input.option(DELETE_AFTER.flag()), "Lifecycle.DeleteAfterDays", "Retention", "days", problems);
        BackupJobRequest job = new BackupJobRequest(
                vault == null ? "" : vault.strip(),
                input.resourceId(),
                role.strip(),
                start,
                complete,
                new RecoveryPointLifecycle(cold, delete),
                input.tags(),
                null,
                token);
        String type = ResourceArns.resourceType(input.resourceId()).orElse(null);
        List<Violation> ruled = AwsBackupRules.check(job, type, null, null, null);
        // A missing role or vault has been reported with its reason above; the rule's "required" would repeat it.
        boolean noRole = role.isEmpty();
        ruled.stream()
                .filter(v -> !(noRole && v.field().equals("IamRoleArn")))
                .filter(v -> !(job.backupVaultName().isEmpty() && v.field().equals("BackupVaultName")))
                .forEach(problems::add);
        return new BackupRequest(AwsService.BACKUP, input.resourceId(), null, "", "", input.tags(), job, token);
    }

    /** The role given, else the default service role of the account the ARN names; empty when there is none. */
    private static String role(CliInput input, List<Violation> problems) {
        String role = input.option(ROLE.flag());
        if (role != null) {
            return role;
        }
        Optional<String> account = ResourceArns.accountId(input.resourceId());
        if (account.isPresent()) {
            return AwsBackupRules.defaultServiceRole(account.get());
        }
        if (AwsBackupRules.checkResourceArn(input.resourceId()).isEmpty()) {
            problems.add(new Violation(
                    "IamRoleArn",
                    "The resource ARN names no account, so the default role cannot be derived from it: give --role."));
        }
        return "";
    }

    /** The vault must exist and take backups by name; its lock and the resource's real type decide the lifecycle. */
    @Override
    public Optional<String> preflight(
            AwsBackupAdapter adapter,
            BackupRequest request,
            Resource resource,
            List<Violation> problems,
            List<String> warnings) {
        String vaultName = request.awsBackup().backupVaultName();
        Optional<List<BackupVault>> listed = AuxiliaryCall.orElse(
                () -> Optional.of(adapter.listVaults()),
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

    private static Long number(String text, String field, String label, String unit, List<Violation> problems) {
        NumberInput input = NumberInput.parse(text, field, label, unit);
        input.problem().ifPresent(problems::add);
        return input.value();
    }
}
