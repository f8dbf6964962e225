package io.backupconsole.aws;

import io.backupconsole.domain.AwsService;
import java.net.URI;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the app's AWS calls go: the built-in sandbox, or an AWS profile, each in one region, optionally with
 * endpoint overrides ({@code --endpoint-url}, {@code AWS_ENDPOINT_URL}, {@code AWS_ENDPOINT_URL_<SERVICE>}).
 */
public sealed interface Connection {

    String region();

    /** The endpoint override for a service, or empty for the service's public AWS endpoint. */
    Optional<URI> endpointFor(AwsService service);

    /** What the connection bar and status bar show. */
    String label();

    /**
     * A stable name for the connection, without its region, kept with every tracked job so the tracker can reach
     * the job's connection again after a restart: {@code sandbox}, {@code profile:NAME} or {@code endpoint:URL}.
     */
    String key();

    /**
     * The connection a key names (the tracker rebuilds a journalled job's connection from it): the same profile
     * with the same endpoint overrides, the same endpoints, or the built-in sandbox wherever it runs now.
     */
    static Connection fromKey(String key, String region, java.util.function.Supplier<URI> sandboxEndpoint) {
        if (key.equals("sandbox")) {
            return new Sandbox(sandboxEndpoint.get(), region);
        }
        if (key.startsWith("profile:")) {
            String rest = key.substring("profile:".length());
            int bar = rest.indexOf('|');
            return bar < 0
                    ? new Profile(rest, region, Map.of())
                    : new Profile(rest.substring(0, bar), region, EndpointKeys.decode(rest.substring(bar)));
        }
        if (key.startsWith("endpoint:")) {
            String rest = key.substring("endpoint:".length());
            if (rest.startsWith("|")) {
                return new Endpoint(EndpointKeys.decode(rest), region);
            }
            Map<AwsService, URI> endpoints = new java.util.EnumMap<>(AwsService.class);
            for (AwsService service : AwsService.values()) {
                endpoints.put(service, URI.create(rest));
            }
            return new Endpoint(endpoints, region);
        }
        throw new IllegalStateException("Unknown connection \"" + key + "\" in the job journal");
    }

    /** True when the calls reach real AWS (used to label OpsWorks CM as retired there). */
    boolean reachesAws();

    /** The same connection in another region. */
    Connection withRegion(String newRegion);

    /** The built-in sandbox at {@code endpoint}: dummy credentials, every service at one URL. */
    record Sandbox(URI endpoint, String region) implements Connection {
        public Sandbox {
            Objects.requireNonNull(endpoint, "endpoint");
            Objects.requireNonNull(region, "region");
        }

        @Override
        public Optional<URI> endpointFor(AwsService service) {
            return Optional.of(endpoint);
        }

        @Override
        public String label() {
            return "Sandbox (built-in)";
        }

        @Override
        public String key() {
            return "sandbox";
        }

        @Override
        public Connection withRegion(String newRegion) {
            return new Sandbox(endpoint, newRegion);
        }

        @Override
        public boolean reachesAws() {
            return false;
        }
    }

    /**
     * Any AWS-compatible endpoint (another sandbox, a local emulator) given by URL, without a profile: dummy
     * credentials unless the standard credential variables are set.
     */
    record Endpoint(Map<AwsService, URI> endpoints, String region) implements Connection {
        public Endpoint {
            Objects.requireNonNull(region, "region");
            endpoints = Map.copyOf(endpoints);
            if (endpoints.size() != AwsService.values().length) {
                throw new IllegalArgumentException("An endpoint connection needs a URL for every service");
            }
        }

        @Override
        public Optional<URI> endpointFor(AwsService service) {
            return Optional.of(endpoints.get(service));
        }

        @Override
        public String label() {
            return "Endpoint " + endpoints.get(AwsService.FSX);
        }

        @Override
        public String key() {
            boolean oneUrl = endpoints.values().stream().distinct().count() == 1;
            return "endpoint:" + (oneUrl ? endpoints.get(AwsService.FSX).toString() : EndpointKeys.encode(endpoints));
        }

        @Override
        public Connection withRegion(String newRegion) {
            return new Endpoint(endpoints, newRegion);
        }

        @Override
        public boolean reachesAws() {
            return false;
        }
    }

    /**
     * A named AWS profile from {@code ~/.aws/config} / {@code ~/.aws/credentials} (any kind the AWS CLI accepts),
     * with optional per-service endpoint overrides.
     */
    record Profile(String profileName, String region, Map<AwsService, URI> endpointOverrides) implements Connection {
        public Profile {
            Objects.requireNonNull(profileName, "profileName");
            Objects.requireNonNull(region, "region");
            endpointOverrides = Map.copyOf(endpointOverrides);
        }

        @Override
        public Optional<URI> endpointFor(AwsService service) {
            return Optional.ofNullable(endpointOverrides.get(service));
        }

        @Override
        public String label() {
            return "Profile " + profileName;
        }

        @Override
        public String key() {
            return "profile:" + profileName + EndpointKeys.encode(endpointOverrides);
        }

        @Override
        public Connection withRegion(String newRegion) {
            return new Profile(profileName, newRegion, endpointOverrides);
        }

        @Override
        public boolean reachesAws() {
            return endpointOverrides.size() < AwsService.values().length;
        }
    }
}
