package io.backupconsole.aws.fsx;

import io.backupconsole.aws.AdapterKey;
import io.backupconsole.aws.JobPoller;
import io.backupconsole.aws.ServiceClients;
import io.backupconsole.aws.ServiceModule;
import io.backupconsole.domain.AwsService;
import software.amazon.awssdk.services.fsx.FSxClient;

/** Amazon FSx: file systems and ONTAP/OpenZFS volumes, backed up with CreateBackup. */
public final class FsxModule implements ServiceModule<FsxAdapter> {
    public static final AdapterKey<FsxAdapter> ADAPTER = new AdapterKey<>(AwsService.FSX, FsxAdapter.class);

    @Override
    public AwsService service() {
        return AwsService.FSX;
    }

    @Override
    public AdapterKey<FsxAdapter> adapterKey() {
        return ADAPTER;
    }

    @Override
    public FsxAdapter adapter(ServiceClients clients) {
        return new FsxAdapter(clients.build(FSxClient.builder(), service()));
    }

    @Override
    public JobPoller poller(FsxAdapter adapter) {
        return new FsxJobPoller(adapter);
    }

    @Override
    public String endpointName() {
        return "FSX";
    }
}
