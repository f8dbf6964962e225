package io.backupconsole.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.backupconsole.aws.AwsRegions.AwsRegion;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

class AwsRegionsTest {

    @Test
    void commercialRegionsOnlySortedWithDescriptions() {
        List<AwsRegion> regions = AwsRegions.commercial();
        List<String> ids = regions.stream().map(AwsRegion::id).toList();

        assertTrue(ids.contains("us-east-1") && ids.contains("eu-west-1"), ids.toString());
        for (String excluded : List.of("us-gov-west-1", "cn-north-1", "us-iso-east-1", "aws-global")) {
            assertFalse(ids.contains(excluded), excluded + " must not be offered");
        }
        assertEquals(
                regions.stream().sorted(Comparator.comparing(AwsRegion::id)).toList(), regions);
        assertTrue(regions.stream().noneMatch(r -> r.description().isBlank()));
        assertTrue(regions.contains(new AwsRegion("us-east-1", "US East (N. Virginia)")));
        assertEquals("eu-west-1 — Europe (Ireland)", AwsRegion.of("eu-west-1").label());
    }

    @Test
    void anUnknownRegionIsShownByItsId() {
        assertEquals("xx-nowhere-9", AwsRegion.of("xx-nowhere-9").label());
    }
}
