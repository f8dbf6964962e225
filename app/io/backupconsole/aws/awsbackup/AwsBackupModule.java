package io.backupconsole.aws.awsbackup;

import io.backupconsole.aws.AdapterKey;
import io.backupconsole.aws.JobPoller;
import io.backupconsole.aws.ServiceClients;
import io.backupconsole.aws.ServiceModule;
import io.backupconsole.domain.AwsService;
import software.amazon.awssdk.services.backup.BackupClient;

/** AWS Backup: protected resources, on-demand backup jobs into a vault, recovery points and backup plans. */
public final class AwsBackupModule implements ServiceModule<AwsBackupAdapter> {
    public static final AdapterKey<AwsBackupAdapter> ADAPTER =
            new AdapterKey<>(AwsService.BACKUP, AwsBackupAdapter.class);

    @Override
    public AwsService service() {
        return AwsService.BACKUP;
    }

    @Override
    public AdapterKey<AwsBackupAdapter> adapterKey() {
        return ADAPTER;
    }

    @Override
    public AwsBackupAdapter adapter(ServiceClients clients) {
        return new AwsBackupAdapter(clients.build(BackupClient.builder(), service()));
    }

    @Override
    public JobPoller poller(AwsBackupAdapter adapter) {
        return new AwsBackupJobPoller(adapter);
    }

    @Override
    public String endpointName() {
        return "BACKUP";
    }
}
