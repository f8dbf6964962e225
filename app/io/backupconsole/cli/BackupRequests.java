package io.backupconsole.cli;

import io.backupconsole.domain.AwsService;
import io.backupconsole.domain.BackupRequest;
import io.backupconsole.domain.awsbackup.BackupJobRequest;
import io.backupconsole.domain.awsbackup.RecoveryPointLifecycle;
import io.backupconsole.domain.awsbackup.ResourceArns;
import io.backupconsole.domain.rules.AwsBackupRules;
import io.backupconsole.domain.rules.FsxRules;
import io.backupconsole.domain.rules.LightsailRules;
import io.backupconsole.domain.rules.NumberInput;
import io.backupconsole.domain.rules.OpsWorksCmRules;
import io.backupconsole.domain.rules.Violation;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The {@link BackupRequest} that {@code backup} sends, built as each service's dialog builds it and checked by the
 * same domain rules, before anything is sent. Options another service's dialog has are refused, not ignored, so a
 * script never believes a setting took effect. Pure; the checks that need the service are {@link BackupPreflight}'s.
 */
public final class BackupRequests {
    /** The Lightsail dialog's default snapshot name: the database and the minute, in UTC. */
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmm").withZone(ZoneOffset.UTC);

    /** The request (null when there are problems) and every problem, in the order of the options. */
    public record Built(BackupRequest request, List<Violation> problems) {}

    private BackupRequests() {}

    public static Built build(BackupArgs args, Instant now) {
        List<Violation> problems = new ArrayList<>(misplaced(args));
        String token = BackupRequest.newToken();
        BackupRequest request = switch (args.service()) {
            case OPSWORKS_CM -> {
                problems.addAll(OpsWorksCmRules.checkCreateBackup(args.resourceId(), args.description(), args.tags()));
                yield new BackupRequest(
                        AwsService.OPSWORKS_CM,
                        args.resourceId(),
                        null,
                        "",
                        args.description(),
                        args.tags(),
                        null,
                        token);
            }
            case FSX -> {
                problems.addAll(FsxRules.checkCreateBackup(args.resourceId(), args.name(), args.tags(), token));
                yield new BackupRequest(
                        AwsService.FSX, args.resourceId(), null, args.name(), "", args.tags(), null, token);
            }
            case LIGHTSAIL -> {
                String name = args.name() == null ? args.resourceId() + "-" + STAMP.format(now) : args.name();
                problems.addAll(LightsailRules.checkSnapshotRequest(args.resourceId(), name, args.tags()));
                yield new BackupRequest(
                        AwsService.LIGHTSAIL, args.resourceId(), null, name, "", args.tags(), null, token);
            }
            case BACKUP -> awsBackup(args, token, problems);
        };
        return new Built(problems.isEmpty() ? request : null, List.copyOf(problems));
    }

    /**
     * As the AWS Backup dialog: the vault is required (there is no safe default: "Default" need not exist, and a
     * backup in the wrong vault gets the wrong retention and access), the role defaults to the default service
     * role of the resource's account, and the lifecycle is checked against the resource type the ARN names.
     */
    private static BackupRequest awsBackup(BackupArgs args, String token, List<Violation> problems) {
        if (args.vault() == null || args.vault().isBlank()) {
            problems.add(new Violation(
                    "BackupVaultName",
                    "--vault is required for AWS Backup (list the vaults in the "
                            + "app or with `aws backup list-backup-vaults`)."));
        }
        String role = args.role();
        if (role == null) {
            Optional<String> account = ResourceArns.accountId(args.resourceId());
            if (account.isEmpty()
                    && !AwsBackupRules.checkResourceArn(args.resourceId()).isEmpty()) {
                role = "";
            } else if (account.isEmpty()) {
                problems.add(new Violation(
                        "IamRoleArn",
                        "The resource ARN names no account, so the default role "
                                + "cannot be derived from it: give --role."));
                role = "";
            } else {
                role = AwsBackupRules.defaultServiceRole(account.get());
            }
        }
        Long start = number(args.startWindow(), "StartWindowMinutes", "Start window", "minutes", problems);
        Long complete = number(args.completeWindow(), "CompleteWindowMinutes", "Complete window", "minutes", problems);
        Long cold = number(
                args.coldAfter(), "Lifecycle.MoveToColdStorageAfterDays", "Days before cold storage", "days", problems);
        Long delete = number(args.deleteAfter(), "Lifecycle.DeleteAfterDays", "Retention", "days", problems);
        BackupJobRequest job = new BackupJobRequest(
                args.vault() == null ? "" : args.vault().strip(),
                args.resourceId(),
                role.strip(),
                start,
                complete,
                new RecoveryPointLifecycle(cold, delete),
                args.tags(),
                null,
                token);
        String type = ResourceArns.resourceType(args.resourceId()).orElse(null);
        List<Violation> ruled = AwsBackupRules.check(job, type, null, null, null);
        // A missing role or vault has been reported with its reason above; the rule's "required" would repeat it.
        boolean noRole = role.isEmpty();
        ruled.stream()
                .filter(v -> !(noRole && v.field().equals("IamRoleArn")))
                .filter(v -> !(job.backupVaultName().isEmpty() && v.field().equals("BackupVaultName")))
                .forEach(problems::add);
        return new BackupRequest(AwsService.BACKUP, args.resourceId(), null, "", "", args.tags(), job, token);
    }

    /** Options that belong to another service's dialog. */
    private static List<Violation> misplaced(BackupArgs args) {
        List<Violation> problems = new ArrayList<>();
        AwsService service = args.service();
        String name = service.displayName();
        if (args.name() != null && service != AwsService.FSX && service != AwsService.LIGHTSAIL) {
            problems.add(new Violation("--name", name + " backups have no name (only FSx and Lightsail)."));
        }
        if (args.description() != null && service != AwsService.OPSWORKS_CM) {
            problems.add(new Violation("--description", name + " backups have no description (only OpsWorks CM)."));
        }
        if (service != AwsService.BACKUP) {
            String[][] backupOnly = {
                {"--vault", args.vault()},
                {"--role", args.role()},
                {"--start-window", args.startWindow()},
                {"--complete-window", args.completeWindow()},
                {"--cold-after", args.coldAfter()},
                {"--delete-after", args.deleteAfter()}
            };
            for (String[] option : backupOnly) {
                if (option[1] != null) {
                    problems.add(new Violation(option[0], "is an AWS Backup option; " + name + " has none."));
                }
            }
        }
        return problems;
    }

    private static Long number(String text, String field, String label, String unit, List<Violation> problems) {
        NumberInput input = NumberInput.parse(text, field, label, unit);
        input.problem().ifPresent(problems::add);
        return input.value();
    }
}
