package io.backupconsole.aws;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.RegionMetadata;

/**
 * The commercial AWS regions (partition {@code aws}) the region picker offers, from the SDK's own region metadata,
 * so a new region appears with an SDK upgrade. GovCloud, China, ISO and the global pseudo-regions
 * ({@code aws-global} …) are left out: they need other accounts or are not real regions.
 */
public final class AwsRegions {
    private static final String COMMERCIAL_PARTITION = "aws";

    private AwsRegions() {}

    /**
     * A region as the picker shows it.
     *
     * @param id          e.g. {@code eu-west-1}
     * @param description e.g. "Europe (Ireland)", or empty when the SDK does not know the region
     */
    public record AwsRegion(String id, String description) {
        public AwsRegion {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(description, "description");
        }

        /** A region given by id only (e.g. from the command line); described when the SDK knows it. */
        public static AwsRegion of(String id) {
            RegionMetadata metadata = Region.of(id).metadata();
            return new AwsRegion(id, metadata == null ? "" : metadata.description());
        }

        public String label() {
            return description.isEmpty() ? id : id + " — " + description;
        }
    }

    /** Every commercial region, sorted by id. Loads SDK metadata classes: call off the FX thread. */
    public static List<AwsRegion> commercial() {
        return Region.regions().stream()
                .filter(region -> !region.isGlobalRegion())
                .filter(region -> region.metadata() != null
                        && COMMERCIAL_PARTITION.equals(
                                region.metadata().partition().id()))
                .map(region -> new AwsRegion(region.id(), region.metadata().description()))
                .sorted(Comparator.comparing(AwsRegion::id))
                .toList();
    }
}
