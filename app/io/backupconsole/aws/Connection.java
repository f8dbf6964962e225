package io.backupconsole.aws;

import io.backupconsole.domain.AwsService;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

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
     *
     * @param services the services of the app: a key with one endpoint URL sends every one of them there
     */
    static Connection fromKey(String key, String region, Supplier<URI> sandboxEndpoint, ServiceRegistry services) {
        if (key.equals("sandbox")) {
            return new Sandbox(sandboxEndpoint.get(), region);
        }
        if (key.startsWith("profile:")) {
            String rest = key.substring("profile:".length());
            int bar = rest.indexOf('|');
            return bar < 0
                    ? new Profile(rest, region, Map.of())
                    : new Profile(rest.substring(0, bar), region, EndpointKeys.decode(rest.substring(bar), services));
        }
        if (key.startsWith("endpoint:")) {
            String rest = key.substring("endpoint:".length());
            if (rest.startsWith("|")) {
                return new Endpoint(EndpointKeys.decode(rest, services), region);
            }
            Map<AwsService, URI> endpoints = new LinkedHashMap<>();
            for (AwsService service : services.services()) {
                endpoints.put(service, URI.create(rest));
            }
            return new Endpoint(endpoints, region);
        }
        throw new IllegalStateException("Unknown connection \"" + key + "\" in the job journal");
    }

    /** True when {@code service}'s calls reach real AWS (used to label OpsWorks CM as retired there). */
    boolean reachesAws(AwsService service);

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
        public boolean reachesAws(AwsService service) {
            return false;
        }
    }

    /**
     * Any AWS-compatible endpoint (another sandbox, a local emulator) given by URL, without a profile: dummy
     * credentials unless the standard credential variables are set.
     *
     * @param endpoints a URL for every service of the app (never real AWS: a service without one is a mistake)
     */
    record Endpoint(Map<AwsService, URI> endpoints, String region) implements Connection {
        public Endpoint {
            Objects.requireNonNull(region, "region");
            endpoints = Map.copyOf(endpoints);
            if (endpoints.isEmpty()) {
                throw new IllegalArgumentException("An endpoint connection needs a URL for every service");
            }
        }

        @Override
        public Optional<URI> endpointFor(AwsService service) {
            URI url = endpoints.get(service);
            if (url == null) {
                throw new IllegalStateException("The endpoint connection has no URL for " + service.displayName());
            }
            return Optional.of(url);
        }

        @Override
        public String label() {
            return "Endpoint " + String.join(", ", urls());
        }

        @Override
        public String key() {
            List<String> urls = urls();
            return "endpoint:" + (urls.size() == 1 ? urls.getFirst() : EndpointKeys.encode(endpoints));
        }

        /** The distinct URLs, sorted: one for the usual single endpoint. */
        private List<String> urls() {
            return endpoints.values().stream()
                    .map(URI::toString)
                    .distinct()
                    .sorted()
                    .toList();
        }

        @Override
        public Connection withRegion(String newRegion) {
            return new Endpoint(endpoints, newRegion);
        }

        @Override
        public boolean reachesAws(AwsService service) {
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
        public boolean reachesAws(AwsService service) {
            return !endpointOverrides.containsKey(service);
        }
    }
}
