package io.backupconsole.aws.lightsail;

import io.backupconsole.aws.AdapterKey;
import io.backupconsole.aws.JobPoller;
import io.backupconsole.aws.ServiceClients;
import io.backupconsole.aws.ServiceModule;
import io.backupconsole.domain.AwsService;
import software.amazon.awssdk.services.lightsail.LightsailClient;

/** Amazon Lightsail: managed databases, backed up as named snapshots. */
public final class LightsailModule implements ServiceModule<LightsailAdapter> {
    public static final AdapterKey<LightsailAdapter> ADAPTER =
            new AdapterKey<>(AwsService.LIGHTSAIL, LightsailAdapter.class);

    @Override
    public AwsService service() {
        return AwsService.LIGHTSAIL;
    }

    @Override
    public AdapterKey<LightsailAdapter> adapterKey() {
        return ADAPTER;
    }

    @Override
    public LightsailAdapter adapter(ServiceClients clients) {
        return new LightsailAdapter(clients.build(LightsailClient.builder(), service()));
    }

    @Override
    public JobPoller poller(LightsailAdapter adapter) {
        return new LightsailJobPoller(adapter);
    }

    @Override
    public String endpointName() {
        return "LIGHTSAIL";
    }
}
