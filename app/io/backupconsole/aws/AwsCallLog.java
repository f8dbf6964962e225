package io.backupconsole.aws;

import java.net.URI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.awscore.AwsExecutionAttribute;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;
import software.amazon.awssdk.http.SdkHttpRequest;

/**
 * Logs every failed SDK call once (after the SDK's own retries) with what support needs to find it on the AWS
 * side: service, operation, region, HTTP status, error code and request id. Service errors are answers, so no stack
 * trace; client-side failures (network, credentials) get theirs. Never logs requests, headers or credentials.
 * Before that, notes on the failure which call it was ({@link AwsCallSite}), for the message the user sees.
 */
final class AwsCallLog implements ExecutionInterceptor {
    private static final Logger LOG = LoggerFactory.getLogger(AwsCallLog.class);

    /** Runs once per failed call, after the retries and before {@link #onExecutionFailure}. */
    @Override
    public Throwable modifyException(Context.FailedExecution context, ExecutionAttributes attributes) {
        Throwable failure = context.exception();
        if (AwsCallSite.of(failure).isEmpty()) {
            URI endpoint = context.httpRequest()
                    .map(SdkHttpRequest::getUri)
                    .orElseGet(() -> attributes.getAttribute(SdkExecutionAttribute.CLIENT_ENDPOINT));
            failure.addSuppressed(new AwsCallSite(
                    attributes.getAttribute(SdkExecutionAttribute.SERVICE_NAME),
                    attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME),
                    endpoint));
        }
        return failure;
    }

    @Override
    public void onExecutionFailure(Context.FailedExecution context, ExecutionAttributes attributes) {
        String service = attributes.getAttribute(SdkExecutionAttribute.SERVICE_NAME);
        String operation = attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME);
        Object region = attributes.getAttribute(AwsExecutionAttribute.AWS_REGION);
        Throwable failure = context.exception();
        if (failure instanceof AwsServiceException error) {
            String code = error.awsErrorDetails() == null
                    ? null
                    : error.awsErrorDetails().errorCode();
            String message = error.awsErrorDetails() == null
                    ? null
                    : error.awsErrorDetails().errorMessage();
            LOG.warn(
                    "AWS call failed: {} {} in {}: HTTP {} {} ({}){}",
                    service,
                    operation,
                    region,
                    error.statusCode(),
                    blank(code) ? "with no error code" : code,
                    blank(error.requestId()) ? "no request id" : "request id " + error.requestId(),
                    blank(message) ? "" : ": " + message);
        } else {
            LOG.warn("AWS call failed: {} {} in {} before an answer", service, operation, region, failure);
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
