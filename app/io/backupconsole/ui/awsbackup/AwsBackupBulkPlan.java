package io.backupconsole.ui.awsbackup;

import io.backupconsole.aws.ServiceAdapters;
import io.backupconsole.aws.awsbackup.AwsBackupAdapter;
import io.backupconsole.aws.awsbackup.AwsBackupModule;
import io.backupconsole.domain.AwsService;
import io.backupconsole.domain.BackupRequest;
import io.backupconsole.domain.Resource;
import io.backupconsole.domain.awsbackup.BackupJobRequest;
import io.backupconsole.domain.awsbackup.BackupVault;
import io.backupconsole.domain.awsbackup.RecoveryPointLifecycle;
import io.backupconsole.domain.awsbackup.ResourceArns;
import io.backupconsole.domain.rules.AwsBackupRules;
import io.backupconsole.domain.rules.Tag;
import io.backupconsole.domain.rules.Violation;
import io.backupconsole.ui.create.BulkBackupPlan;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * AWS Backup on-demand jobs for several protected resources: one vault for all, each resource's account's default
 * service role, the service's default windows, kept forever (or a locked vault's maximum retention), the shared
 * tags on every recovery point. Anything
 * more particular is the single-resource dialog's job.
 */
public final class AwsBackupBulkPlan implements BulkBackupPlan {
    public static final String TAGS = "RecoveryPointTags";

    /** The account, from a vault's ARN, for resources whose ARN names none (S3 buckets). */
    private volatile String vaultAccount = "";
    /** The listed vaults by name, for their Vault Lock retention limits. */
    private final Map<String, BackupVault> vaultsByName = new ConcurrentHashMap<>();

    @Override
    public AwsService service() {
        return AwsService.BACKUP;
    }

    @Override
    public String tagsField() {
        return TAGS;
    }

    @Override
    public List<Violation> checkTags(List<Tag> tags) {
        return AwsBackupRules.checkRecoveryPointTags(tags);
    }

    @Override
    public boolean needsVault() {
        return true;
    }

    @Override
    public List<String> vaults(ServiceAdapters adapters) {
        AwsBackupAdapter backup = adapters.get(AwsBackupModule.ADAPTER);
        List<BackupVault> usable = backup.listVaults().stream()
                .filter(BackupVault::acceptsBackupsByName)
                .toList();
        usable.stream()
                .map(v -> ResourceArns.accountId(v.arn()))
                .flatMap(Optional::stream)
                .findFirst()
                .ifPresent(account -> vaultAccount = account);
        usable.forEach(v -> vaultsByName.put(v.name(), v));
        return usable.stream().map(BackupVault::name).toList();
    }

    /**
     * A vault locked with a maximum retention refuses recovery points kept longer (forever included): they are
     * kept for that maximum. Any other vault keeps them until deleted.
     */
    static RecoveryPointLifecycle lifecycleFor(BackupVault vault) {
        if (vault != null && vault.locked() && vault.maxRetentionDays() != null) {
            return new RecoveryPointLifecycle(null, vault.maxRetentionDays());
        }
        return RecoveryPointLifecycle.KEEP_FOREVER;
    }

    @Override
    public BackupRequest request(Resource resource, List<Tag> tags, String vault, Instant now, String token) {
        String account =
                ResourceArns.accountId(resource.id()).filter(a -> !a.isEmpty()).orElse(vaultAccount);
        BackupJobRequest job = new BackupJobRequest(
                vault,
                resource.id(),
                AwsBackupRules.defaultServiceRole(account),
                null,
                null,
                lifecycleFor(vaultsByName.get(vault)),
                tags,
                null,
                token);
        return new BackupRequest(AwsService.BACKUP, resource.id(), resource.name(), "", "", tags, job, token);
    }
}
