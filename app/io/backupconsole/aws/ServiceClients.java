package io.backupconsole.aws;

import io.backupconsole.domain.AwsService;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.core.SdkClient;

/**
 * Builds the SDK clients of one connection: each module hands in its own client builder and gets it back configured
 * the same way as every other (region, credentials, the shared HTTP client, timeouts, the call log and the
 * service's endpoint override). The clients are closed with the connection. Blocking (class loading, profile
 * files): background only.
 */
public interface ServiceClients {

    /** A client with the SDK's usual retries. */
    <B extends AwsClientBuilder<B, C> & AwsSyncClientBuilder<B, C>, C extends SdkClient> C build(
            B builder, AwsService service);

    /**
     * A client that retries throttled calls only (refused before taking effect), for a create call without an
     * idempotency token: the SDK's usual retry of a call whose answer was lost could start a second backup. The
     * caller looks for what a failed call made instead.
     */
    <B extends AwsClientBuilder<B, C> & AwsSyncClientBuilder<B, C>, C extends SdkClient> C buildRetryingThrottlesOnly(
            B builder, AwsService service);
}
