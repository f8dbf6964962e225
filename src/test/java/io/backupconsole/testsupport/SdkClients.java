package io.backupconsole.testsupport;

import io.backupconsole.aws.AwsClients;
import io.backupconsole.domain.AwsService;
import software.amazon.awssdk.services.backup.BackupClient;
import software.amazon.awssdk.services.fsx.FSxClient;
import software.amazon.awssdk.services.lightsail.LightsailClient;
import software.amazon.awssdk.services.opsworkscm.OpsWorksCmClient;

/**
 * The raw SDK client of each built-in service over one connection, configured as the app's modules configure
 * theirs ({@link AwsClients}), for tests that talk to the sandbox below the adapters. Closed with its connection.
 */
public final class SdkClients implements AutoCloseable {
    private final AwsClients clients;
    private final OpsWorksCmClient opsWorksCm;
    private final FSxClient fsx;
    private final BackupClient backup;
    private final LightsailClient lightsail;

    public SdkClients(AwsClients clients) {
        this.clients = clients;
        this.opsWorksCm = clients.build(OpsWorksCmClient.builder(), AwsService.OPSWORKS_CM);
        this.fsx = clients.build(FSxClient.builder(), AwsService.FSX);
        this.backup = clients.build(BackupClient.builder(), AwsService.BACKUP);
        this.lightsail = clients.build(LightsailClient.builder(), AwsService.LIGHTSAIL);
    }

    /** The shared parts, to build more clients (e.g. one that retries throttles only). */
    public AwsClients shared() {
        return clients;
    }

    public OpsWorksCmClient opsWorksCm() {
        return opsWorksCm;
    }

    public FSxClient fsx() {
        return fsx;
    }

    public BackupClient backup() {
        return backup;
    }

    public LightsailClient lightsail() {
        return lightsail;
    }

    @Override
    public void close() {
        clients.close();
    }
}
