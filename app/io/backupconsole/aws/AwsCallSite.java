package io.backupconsole.aws;

import java.net.URI;
import java.util.Arrays;
import java.util.Optional;

/**
 * Which call failed: the SDK's service name ({@code FSx}, {@code Backup}), the operation and the endpoint it went
 * to. The SDK's exceptions do not carry these, so {@link AwsCallLog} adds one to each failed call's exception as a
 * suppressed note (it keeps the exception's type and message, which callers and retries depend on), and
 * {@link AwsErrors} reads it back to name the call in the message. In a log, the note shows as
 * {@code Suppressed: … AwsCallSite: FSx DescribeVolumes at http://…}.
 */
final class AwsCallSite extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String service;
    private final String operation;
    private final transient URI endpoint;

    AwsCallSite(String service, String operation, URI endpoint) {
        super(describe(service, operation, endpoint), null, false, false);
        this.service = service;
        this.operation = operation;
        this.endpoint = endpoint;
    }

    /**
     * The note on {@code failure} or one of its causes (the SDK's own interceptors may wrap the exception after
     * ours noted it), if the SDK call that threw it got as far as its interceptors.
     */
    static Optional<AwsCallSite> of(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            Optional<AwsCallSite> site = Arrays.stream(cause.getSuppressed())
                    .filter(AwsCallSite.class::isInstance)
                    .map(AwsCallSite.class::cast)
                    .findFirst();
            if (site.isPresent()) {
                return site;
            }
        }
        return Optional.empty();
    }

    /** {@code FSx DescribeVolumes}. */
    String call() {
        return service + " " + operation;
    }

    String service() {
        return service;
    }

    /** {@code scheme://host[:port]}, without the path, or the service's name when the endpoint is not known. */
    String endpoint() {
        if (endpoint == null || endpoint.getHost() == null) {
            return service;
        }
        return endpoint.getScheme() + "://" + endpoint.getHost()
                + (endpoint.getPort() < 0 ? "" : ":" + endpoint.getPort());
    }

    private static String describe(String service, String operation, URI endpoint) {
        return service + " " + operation + (endpoint == null ? "" : " at " + endpoint);
    }
}
