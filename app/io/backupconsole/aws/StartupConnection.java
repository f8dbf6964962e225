package io.backupconsole.aws;

import io.backupconsole.domain.AwsService;
import java.net.URI;
import java.util.Map;
import java.util.Optional;

/**
 * Which connection the app opens with, from the command line and the standard AWS environment
 * ({@code AWS_PROFILE}, {@code AWS_REGION}/{@code AWS_DEFAULT_REGION}, {@code AWS_ENDPOINT_URL[_<SERVICE>]}).
 * With none of them the app opens on the built-in sandbox, which needs no AWS account.
 *
 * @param profile        the profile to use, or empty
 * @param region         the region
 * @param regionExplicit whether the command line or the environment named the region (else a remembered one may
 *                       be used)
 * @param overrides      endpoint overrides per service
 * @param everyService   whether every service of the app has an override (then no profile is needed)
 */
public record StartupConnection(
        Optional<String> profile,
        String region,
        boolean regionExplicit,
        Map<AwsService, URI> overrides,
        boolean everyService) {
    public static final String DEFAULT_REGION = "us-east-1";

    public StartupConnection {
        overrides = Map.copyOf(overrides);
    }

    public static StartupConnection resolve(
            ServiceRegistry services,
            Optional<String> profileOption,
            Optional<String> regionOption,
            Optional<String> endpointOption,
            Map<String, String> environment) {
        Optional<String> profile = profileOption.or(() -> nonBlank(environment.get("AWS_PROFILE")));
        Optional<String> named = regionOption
                .or(() -> nonBlank(environment.get("AWS_REGION")))
                .or(() -> nonBlank(environment.get("AWS_DEFAULT_REGION")));
        Map<AwsService, URI> overrides = EndpointOverrides.resolve(services, environment, endpointOption);
        return new StartupConnection(
                profile,
                named.orElse(DEFAULT_REGION),
                named.isPresent(),
                overrides,
                overrides.keySet().containsAll(services.services()));
    }

    /** True when nothing points anywhere: start the built-in sandbox and connect to it. */
    public boolean usesBuiltInSandbox() {
        return profile.isEmpty() && overrides.isEmpty();
    }

    /** The connection, for everything but the built-in sandbox (whose endpoint is known only once it runs). */
    public Connection connection() {
        if (profile.isPresent()) {
            return new Connection.Profile(profile.get(), region, overrides);
        }
        if (everyService) {
            return new Connection.Endpoint(overrides, region);
        }
        return new Connection.Profile("default", region, overrides);
    }

    private static Optional<String> nonBlank(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }
}
