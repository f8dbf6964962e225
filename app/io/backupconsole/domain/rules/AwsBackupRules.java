package io.backupconsole.domain.rules;

import io.backupconsole.domain.Eligibility;
import io.backupconsole.domain.awsbackup.BackupJobRequest;
import io.backupconsole.domain.awsbackup.RecoveryPointLifecycle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * AWS Backup's input rules for an on-demand backup (StartBackupJob) and whether a protected resource can be backed
 * up, shared by the create dialog and the sandbox so that both refuse the same input with the same words.
 * Sources: the AWS Backup model (botocore 1.43.11, "model"), the StartBackupJob/Lifecycle API reference ("doc"),
 * the quotas page aws-backup-limits.html ("quotas") and the feature table backup-feature-availability.html
 * ("features"). Where docs and model disagree the stricter rule wins. Pure and thread-safe.
 */
public final class AwsBackupRules {
    /** doc StartWindowMinutes: "it must be at least 60 minutes to avoid errors". */
    public static final long MIN_START_WINDOW_MINUTES = 60;
    /** doc Start/CompleteWindowMinutes: "a maximum value of 100 years (52,560,000 minutes)". */
    public static final long MAX_WINDOW_MINUTES = 52_560_000L;
    /** doc Lifecycle: "This parameter has a maximum value of 100 years (36,500 days)". */
    public static final long MAX_LIFECYCLE_DAYS = 36_500;
    /** doc Lifecycle: cold storage holds a recovery point at least 90 days. */
    public static final long MIN_COLD_STORAGE_DAYS = 90;
    /** quotas: concurrent backup jobs per resource, not adjustable. */
    public static final int CONCURRENT_JOBS_PER_RESOURCE = 1;

    /** model BackupVaultName: {@code ^[a-zA-Z0-9\-\_]{2,50}$}. */
    private static final Pattern VAULT_NAME = Pattern.compile("[a-zA-Z0-9\\-_]{2,50}");
    /** IAM role ARN: partition, 12-digit account, optional path of printable ASCII, name per IAM's RoleName rule. */
    private static final Pattern ROLE_ARN = Pattern.compile(
            "arn:aws(?:-cn|-us-gov)?:iam::(\\d{12}):role/((?:[\\x21-\\x2E\\x30-\\x7E]+/)*)([\\w+=,.@-]{1,64})");
    /** The shape of any resource ARN: arn:partition:service:region:account:resource. */
    private static final Pattern RESOURCE_ARN =
            Pattern.compile("arn:aws(?:-cn|-us-gov)?:[a-z0-9-]+:[a-z0-9-]*:(\\d{12})?:.+");
    /** model BackupOptionKey / BackupOptionValue: {@code ^[a-zA-Z0-9\-\_\.]{1,50}$}. */
    private static final Pattern BACKUP_OPTION = Pattern.compile("[a-zA-Z0-9\\-_.]{1,50}");
    /** model ResourceType: {@code ^[a-zA-Z0-9\-\_\.]{1,50}$}. */
    private static final Pattern RESOURCE_TYPE = Pattern.compile("[a-zA-Z0-9\\-_.]{1,50}");

    public static final String WINDOWS_VSS = "WindowsVSS";

    /** doc StopBackupJob: "not supported for ... Aurora, DocumentDB, FSx (all four), Neptune, SAP HANA on EC2, RDS". */
    private static final Set<String> UNSTOPPABLE =
            Set.of("Aurora", "DocumentDB", "FSx", "Neptune", "RDS", "SAP HANA on Amazon EC2");
    /**
     * features, "Lifecycle to cold storage": EFS, DynamoDB with advanced features, Timestream, CloudFormation,
     * SAP HANA on EC2 and VMware VMs, plus EBS (its archive tier). doc Lifecycle: "Backup ignores this expression
     * for other resource types", so days before cold storage for another type are accepted and ignored, with a
     * warning ({@link #coldStorageIgnored}), never refused.
     */
    private static final Set<String> COLD_STORAGE = Set.of(
            "EFS", "DynamoDB", "EBS", "Timestream", "CloudFormation", "SAP HANA on Amazon EC2", "VirtualMachine");
    /** {@link #COLD_STORAGE} for people, in a fixed order. */
    private static final String COLD_STORAGE_TYPES =
            "EBS, EFS, DynamoDB, Timestream, CloudFormation, SAP HANA on Amazon EC2, VMware virtual machines";

    private AwsBackupRules() {}

    /** Every rule of one request; {@code platform} ("windows", "linux" or null when unknown) matters for EC2. */
    public static List<Violation> check(
            BackupJobRequest request,
            String resourceType,
            String platform,
            Long vaultMinRetentionDays,
            Long vaultMaxRetentionDays) {
        List<Violation> problems = new ArrayList<>();
        problems.addAll(checkVaultName(request.backupVaultName()));
        problems.addAll(checkResourceArn(request.resourceArn()));
        problems.addAll(checkIamRoleArn(request.iamRoleArn()));
        problems.addAll(checkWindows(request.startWindowMinutes(), request.completeWindowMinutes()));
        problems.addAll(checkLifecycle(request.lifecycle(), resourceType));
        problems.addAll(checkVaultLock(request.lifecycle(), vaultMinRetentionDays, vaultMaxRetentionDays));
        problems.addAll(checkRecoveryPointTags(request.recoveryPointTags()));
        problems.addAll(checkBackupOptions(request.backupOptions(), resourceType, platform));
        return problems;
    }

    /** model pattern {@code ^[a-zA-Z0-9\-\_]{2,50}$}. */
    public static List<Violation> checkVaultName(String name) {
        return FieldCheck.required(name, "BackupVaultName", "Backup vault name is required.")
                .matching(VAULT_NAME, "Backup vault name must be 2 to 50 letters, numbers, hyphens or underscores.")
                .violations();
    }

    /** doc ResourceArn: an ARN whose format depends on the resource type. */
    public static List<Violation> checkResourceArn(String arn) {
        return FieldCheck.required(arn, "ResourceArn", "Resource ARN is required.")
                .matching(
                        RESOURCE_ARN,
                        given -> "Resource ARN " + InputEcho.quote(given)
                                + " is not an ARN (arn:aws:<service>:<region>:<account>:<resource>).")
                .violations();
    }

    /** doc IamRoleArn: {@code arn:aws:iam::123456789012:role/S3Access}; a path before the name is allowed. */
    public static List<Violation> checkIamRoleArn(String arn) {
        return FieldCheck.required(arn, "IamRoleArn", "IAM role ARN is required.")
                .matching(
                        ROLE_ARN,
                        "IAM role ARN must look like arn:aws:iam::<12-digit account>:role/<optional path/>name.")
                .violations();
    }

    /** The role the AWS Backup console creates and suggests. */
    public static String defaultServiceRole(String accountId) {
        return "arn:aws:iam::" + accountId + ":role/service-role/AWSBackupDefaultServiceRole";
    }

    /**
     * doc (ListBackupJobs): "IAM roles other than the default role must include either AWSBackup or AwsBackup in
     * the role name ... Role names without those strings lack permissions to perform backup jobs." Not a refusal:
     * the job starts and fails with AccessDenied, so the dialog warns.
     */
    public static Optional<String> roleNameWarning(String roleArn) {
        var matcher = ROLE_ARN.matcher(roleArn == null ? "" : roleArn);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        String name = matcher.group(3);
        if (name.contains("AWSBackup") || name.contains("AwsBackup")) {
            return Optional.empty();
        }
        return Optional.of(
                "Role " + InputEcho.quote(name) + " does not contain AWSBackup or AwsBackup in its name, so AWS Backup "
                        + "cannot pass it and the job will fail with AccessDenied.");
    }

    /**
     * doc: StartWindowMinutes at least 60 and at most 52,560,000; CompleteWindowMinutes at most 52,560,000. The
     * docs say the complete window counts from scheduling and does not add the start window; a complete window not
     * longer than the start window can never be met, so when both are given it must be greater (stricter than AWS).
     */
    public static List<Violation> checkWindows(Long startWindowMinutes, Long completeWindowMinutes) {
        List<Violation> problems = new ArrayList<>();
        if (startWindowMinutes != null
                && (startWindowMinutes < MIN_START_WINDOW_MINUTES || startWindowMinutes > MAX_WINDOW_MINUTES)) {
            problems.add(new Violation(
                    "StartWindowMinutes",
                    "Start window must be between " + MIN_START_WINDOW_MINUTES + " and " + MAX_WINDOW_MINUTES
                            + " minutes (it is " + startWindowMinutes + ")."));
        }
        if (completeWindowMinutes != null
                && (completeWindowMinutes < 1 || completeWindowMinutes > MAX_WINDOW_MINUTES)) {
            problems.add(new Violation(
                    "CompleteWindowMinutes",
                    "Complete window must be between 1 and " + MAX_WINDOW_MINUTES + " minutes (it is "
                            + completeWindowMinutes + ")."));
        } else if (completeWindowMinutes != null
                && startWindowMinutes != null
                && problems.isEmpty()
                && completeWindowMinutes <= startWindowMinutes) {
            problems.add(new Violation(
                    "CompleteWindowMinutes",
                    "Complete window (" + completeWindowMinutes + " minutes) must be longer than the start window ("
                            + startWindowMinutes + " minutes)."));
        }
        return problems;
    }

    /**
     * doc Lifecycle: each value at most 36,500 days; DeleteAfterDays at least 90 days after
     * MoveToColdStorageAfterDays. Values must be at least 1 (-1, "remove the lifecycle", is for
     * UpdateRecoveryPointLifecycle only). The 90 days are asked for only when the resource's type has cold storage:
     * for other types AWS ignores the days before cold storage. {@code resourceType} null means not known yet (the
     * caller checks again once it is), so the 90 days wait for it.
     */
    public static List<Violation> checkLifecycle(RecoveryPointLifecycle lifecycle, String resourceType) {
        return checkLifecycle(lifecycle, supportsColdStorage(resourceType));
    }

    /** {@link #checkLifecycle} for a lifecycle that may apply to a type with cold storage (a plan's rule). */
    public static List<Violation> checkLifecycleForAnyType(RecoveryPointLifecycle lifecycle) {
        return checkLifecycle(lifecycle, true);
    }

    private static List<Violation> checkLifecycle(RecoveryPointLifecycle lifecycle, boolean coldApplies) {
        List<Violation> problems = new ArrayList<>();
        if (lifecycle == null) {
            return problems;
        }
        Long cold = lifecycle.moveToColdStorageAfterDays();
        Long delete = lifecycle.deleteAfterDays();
        boolean coldOk = dayRange(cold, "Lifecycle.MoveToColdStorageAfterDays", "Days before cold storage", problems);
        boolean deleteOk = dayRange(delete, "Lifecycle.DeleteAfterDays", "Retention", problems);
        if (cold != null
                && delete != null
                && coldOk
                && deleteOk
                && coldApplies
                && delete < cold + MIN_COLD_STORAGE_DAYS) {
            problems.add(new Violation(
                    "Lifecycle.DeleteAfterDays",
                    "Retention (" + delete + " days) must be at least "
                            + MIN_COLD_STORAGE_DAYS + " days longer than the days before cold storage (" + cold
                            + "), so at least " + (cold + MIN_COLD_STORAGE_DAYS) + " days."));
        }
        return problems;
    }

    /**
     * The lifecycle AWS Backup applies to a recovery point of this type: the same, without the days before cold
     * storage when the type has no cold storage (doc Lifecycle: "Backup ignores this expression for other resource
     * types"). An unknown type (null) keeps them.
     */
    public static RecoveryPointLifecycle appliedLifecycle(RecoveryPointLifecycle lifecycle, String resourceType) {
        if (lifecycle == null
                || lifecycle.moveToColdStorageAfterDays() == null
                || resourceType == null
                || supportsColdStorage(resourceType)) {
            return lifecycle;
        }
        return new RecoveryPointLifecycle(null, lifecycle.deleteAfterDays());
    }

    private static boolean dayRange(Long days, String field, String label, List<Violation> problems) {
        if (days != null && (days < 1 || days > MAX_LIFECYCLE_DAYS)) {
            problems.add(new Violation(
                    field, label + " must be between 1 and " + MAX_LIFECYCLE_DAYS + " days (it is " + days + ")."));
            return false;
        }
        return true;
    }

    /**
     * doc (Vault Lock): recovery points in a locked vault must be retained between MinRetentionDays and
     * MaxRetentionDays. AWS lets such a job fail; the sandbox and dialog refuse it up front (stricter).
     */
    public static List<Violation> checkVaultLock(
            RecoveryPointLifecycle lifecycle, Long minRetentionDays, Long maxRetentionDays) {
        Long delete = lifecycle == null ? null : lifecycle.deleteAfterDays();
        if (maxRetentionDays != null && delete == null) {
            return List.of(new Violation(
                    "Lifecycle.DeleteAfterDays",
                    "The vault is locked with a maximum retention of " + maxRetentionDays
                            + " days; set a retention of at most " + maxRetentionDays + " days."));
        }
        if (delete != null && minRetentionDays != null && delete < minRetentionDays) {
            return List.of(new Violation(
                    "Lifecycle.DeleteAfterDays",
                    "The vault is locked with a minimum retention of " + minRetentionDays + " days; retention " + delete
                            + " days is too short."));
        }
        if (delete != null && maxRetentionDays != null && delete > maxRetentionDays) {
            return List.of(new Violation(
                    "Lifecycle.DeleteAfterDays",
                    "The vault is locked with a maximum retention of " + maxRetentionDays + " days; retention " + delete
                            + " days is too long."));
        }
        return List.of();
    }

    /** Recovery point tags follow {@link TagRules#STANDARD} (the model gives no tag limits; facts §4.1). */
    public static List<Violation> checkRecoveryPointTags(List<Tag> tags) {
        return TagRules.STANDARD.check(tags == null ? List.of() : tags, "RecoveryPointTags");
    }

    /** model key/value pattern {@code ^[a-zA-Z0-9\-\_\.]{1,50}$}; doc: only WindowsVSS=enabled|disabled, EC2 only. */
    public static List<Violation> checkBackupOptions(
            Map<String, String> options, String resourceType, String platform) {
        List<Violation> problems = new ArrayList<>();
        if (options == null) {
            return problems;
        }
        for (Map.Entry<String, String> option : options.entrySet()) {
            String key = option.getKey();
            String value = option.getValue() == null ? "" : option.getValue();
            String field = "BackupOptions." + key;
            if (!BACKUP_OPTION.matcher(key).matches()) {
                problems.add(new Violation(
                        "BackupOptions",
                        "Backup option name " + InputEcho.quote(key)
                                + " must be 1 to 50 letters, numbers, hyphens, underscores or dots."));
            } else if (!BACKUP_OPTION.matcher(value).matches()) {
                problems.add(new Violation(
                        field,
                        "Backup option value " + InputEcho.quote(value)
                                + " must be 1 to 50 letters, numbers, hyphens, underscores or dots."));
            } else if (!key.equals(WINDOWS_VSS)) {
                problems.add(new Violation(
                        field, "Unknown backup option " + InputEcho.quote(key) + " (only WindowsVSS exists)."));
            } else if (!value.equals("enabled") && !value.equals("disabled")) {
                problems.add(new Violation(
                        field,
                        "WindowsVSS must be \"enabled\" or \"disabled\" (it is " + InputEcho.quote(value) + ")."));
            } else if (resourceType != null && !supportsWindowsVss(resourceType, platform)) {
                problems.add(new Violation(
                        field,
                        "Windows VSS backups are only for EC2 Windows instances, not "
                                + (platform == null
                                        ? typeInWords(resourceType)
                                        : typeInWords(resourceType) + " (" + platform + ")")
                                + "."));
            }
        }
        return problems;
    }

    /** model ResourceType pattern, for the ListBackupJobs / ListRecoveryPoints filters. */
    public static boolean isResourceTypeName(String type) {
        return type != null && RESOURCE_TYPE.matcher(type).matches();
    }

    /**
     * Whether "Back up…" is possible now: the type must be supported and opted in for the region (doc "Opt in to
     * managing services": an on-demand backup of a service that is not enabled is refused), and no other job may run
     * for the resource (quotas: {@value #CONCURRENT_JOBS_PER_RESOURCE} concurrent job per resource).
     */
    public static Eligibility eligibility(
            String resourceType, boolean supportedInRegion, boolean optedIn, boolean jobActive) {
        if (!supportedInRegion) {
            return Eligibility.refused(
                    "AWS Backup does not support " + typeInWords(resourceType) + " resources in this region");
        }
        if (!optedIn) {
            return Eligibility.refused(
                    "AWS Backup is not enabled for " + resourceType + " in this region (Settings › Service opt-in)");
        }
        if (jobActive) {
            return Eligibility.refused(
                    "A backup job is already running for this resource (AWS Backup runs one at a time per resource)");
        }
        return Eligibility.ALLOWED;
    }

    /** doc StopBackupJob's list of services whose jobs cannot be stopped. */
    public static boolean canStop(String resourceType) {
        // ResourceType is optional in the model's ProtectedResource and BackupJob; Set.of(...).contains(null) throws.
        // An unknown type is not in the doc's list, so the Stop request is left to AWS Backup to answer.
        return resourceType == null || !UNSTOPPABLE.contains(resourceType);
    }

    /** {@link #canStop} with the reason a user reads next to the disabled Stop action. */
    public static Eligibility stopEligibility(String resourceType) {
        return canStop(resourceType)
                ? Eligibility.ALLOWED
                : Eligibility.refused(
                        "AWS Backup cannot stop backup jobs of " + typeInWords(resourceType) + " resources");
    }

    public static boolean supportsColdStorage(String resourceType) {
        return resourceType != null && COLD_STORAGE.contains(resourceType); // Set.of(...).contains(null) throws
    }

    /**
     * A warning, not a refusal: days before cold storage were given for a type AWS Backup keeps out of cold storage,
     * so the service will ignore them. Empty when none were given or the type has cold storage; for an unknown type
     * (null) it says that it depends on the type. The words the AWS Backup dialog and {@code backup} show.
     */
    public static Optional<String> coldStorageIgnored(Long coldStorageDays, String resourceType) {
        if (coldStorageDays == null || supportsColdStorage(resourceType)) {
            return Optional.empty();
        }
        if (resourceType == null) {
            return Optional.of("The resource type is not known: AWS Backup ignores the days before cold storage"
                    + " unless the type has cold storage (" + COLD_STORAGE_TYPES + ").");
        }
        return Optional.of(typeInWords(resourceType) + " backups have no cold storage: AWS Backup ignores the "
                + coldStorageDays + " days before cold storage and keeps the recovery point in warm storage.");
    }

    /** EC2 instances only, and not ones known to run Linux ({@code platform} null = unknown, allowed). */
    public static boolean supportsWindowsVss(String resourceType, String platform) {
        return "EC2".equals(resourceType)
                && (platform == null || platform.toLowerCase(Locale.ROOT).contains("windows"));
    }

    /** AWS Backup's resource type name in words, e.g. "EBS" → "EBS volume". */
    public static String typeInWords(String resourceType) {
        if (resourceType == null) {
            return "unknown";
        }
        return switch (resourceType) {
            case "EC2" -> "EC2 instance";
            case "EBS" -> "EBS volume";
            case "EFS" -> "EFS file system";
            case "RDS" -> "RDS database";
            case "Aurora" -> "Aurora cluster";
            case "DynamoDB" -> "DynamoDB table";
            case "FSx" -> "FSx file system";
            case "S3" -> "S3 bucket";
            case "Neptune" -> "Neptune cluster";
            case "DocumentDB" -> "DocumentDB cluster";
            case "CloudFormation" -> "CloudFormation stack";
            case "Storage Gateway" -> "Storage Gateway volume";
            case "VirtualMachine" -> "VMware virtual machine";
            case "Timestream" -> "Timestream table";
            case "Redshift" -> "Redshift cluster";
            case "EKS" -> "EKS cluster";
            case "SAP HANA on Amazon EC2" -> "SAP HANA database";
            default -> resourceType;
        };
    }
}
