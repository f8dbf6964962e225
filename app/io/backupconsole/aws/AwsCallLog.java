package io.backupconsole.aws;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.awscore.AwsExecutionAttribute;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;

/**
 * Logs every failed SDK call once (after the SDK's own retries) with what support needs to find it on the AWS
 * side: service, operation, region, HTTP status, error code and request id. Service errors are answers, so no stack
 * trace; client-side failures (network, credentials) get theirs. Never logs requests, headers or credentials.
 */
final class AwsCallLog implements ExecutionInterceptor {
    private static final Logger LOG = LoggerFactory.getLogger(AwsCallLog.class);

    @Override
    public void onExecutionFailure(Context.FailedExecution context, ExecutionAttributes attributes) {
        String service = attributes.getAttribute(SdkExecutionAttribute.SERVICE_NAME);
        String operation = attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME);
        Object region = attributes.getAttribute(AwsExecutionAttribute.AWS_REGION);
        Throwable failure = context.exception();
        if (failure instanceof AwsServiceException error) {
            String code = error.awsErrorDetails() == null
                    ? ""
                    : error.awsErrorDetails().errorCode();
            String message = error.awsErrorDetails() == null
                    ? error.getMessage()
                    : error.awsErrorDetails().errorMessage();
            LOG.warn(
                    "AWS call failed: {} {} in {}: HTTP {} {} (request id {}): {}",
                    service,
                    operation,
                    region,
                    error.statusCode(),
                    code,
                    error.requestId(),
                    message);
        } else {
            LOG.warn("AWS call failed: {} {} in {} before an answer", service, operation, region, failure);
        }
    }
}
