package io.backupconsole.aws.fake;

import software.amazon.awssdk.core.SdkPlugin;
import software.amazon.awssdk.core.SdkServiceClientConfiguration;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.SdkHttpRequest;

/**
 * The fake service's wire: there is no SDK client for a service that does not exist, so its adapter drives FSx's
 * generated client (AWS JSON 1.1: marshalling, signing, retries, error parsing) and this plugin readdresses each
 * call to the fake's own {@code X-Amz-Target} prefix before it is signed. The call still goes through the
 * connection's client factory (endpoint, region, credentials, HTTP client, call log) and over HTTP to the sandbox,
 * which finds the fake's simulator by that prefix. A plugin, not an override configuration: the factory sets the
 * override configuration itself, and plugins run after it.
 */
final class FakeWire implements SdkPlugin {
    /** FSx's prefix, as its client writes it. */
    private static final String FSX_PREFIX = "AWSSimbaAPIService_v20180301.";
    /** The fake simulator's prefix ({@code sandbox/fake/FakeSimulator.TARGET_PREFIX}; the app never names it). */
    static final String FAKE_PREFIX = "FakeArchive_20250101.";

    @Override
    public void configureClient(SdkServiceClientConfiguration.Builder config) {
        config.overrideConfiguration(config.overrideConfiguration().toBuilder()
                .addExecutionInterceptor(new Readdress())
                .build());
    }

    private static final class Readdress implements ExecutionInterceptor {
        @Override
        public SdkHttpRequest modifyHttpRequest(
                Context.ModifyHttpRequest context, ExecutionAttributes executionAttributes) {
            SdkHttpRequest request = context.httpRequest();
            return request.firstMatchingHeader("X-Amz-Target")
                    .filter(target -> target.startsWith(FSX_PREFIX))
                    .map(target -> request.toBuilder()
                            .putHeader("X-Amz-Target", FAKE_PREFIX + target.substring(FSX_PREFIX.length()))
                            .build())
                    .orElse(request);
        }
    }
}
