package io.backupconsole.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.backupconsole.domain.AwsService;
import io.backupconsole.domain.Resource;
import io.backupconsole.testsupport.SandboxFixture;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The head start's warm-up listings stand in for the window's first ones, but only while they are seconds old. */
class FreshListingTest {
    @RegisterExtension
    static final SandboxFixture sandbox = new SandboxFixture();

    @Test
    void aListingJustMadeIsReusedWithoutAskingTheServiceAgain() {
        try (ServiceAdapters adapters = sandbox.connect("us-east-1")) {
            List<Resource> listed = adapters.get(AwsService.FSX).listResources();
            adapters.offerFreshListing(AwsService.FSX, listed);
            long callsBefore = sandbox.count("fsx:DescribeFileSystems");

            List<Resource> reused = adapters.listResources(AwsService.FSX);

            assertEquals(listed, reused);
            assertEquals(callsBefore, sandbox.count("fsx:DescribeFileSystems"), "no second call");
        }
    }

    @Test
    void anOlderListingIsNotReusedTheServiceIsAskedAgain() {
        try (ServiceAdapters adapters = sandbox.connect("us-east-1")) {
            long aged = System.nanoTime() - ServiceAdapters.FRESH_FOR.toNanos() - 1;
            adapters.offerFreshListing(AwsService.FSX, List.of(), aged);
            long callsBefore = sandbox.count("fsx:DescribeFileSystems");

            List<Resource> listed = adapters.listResources(AwsService.FSX);

            assertNotEquals(List.of(), listed, "the sandbox's file systems, not the stale empty listing");
            assertNotEquals(callsBefore, sandbox.count("fsx:DescribeFileSystems"));
        }
    }

    @Test
    void aListingOfOneServiceNeverStandsForAnother() {
        try (ServiceAdapters adapters = sandbox.connect("us-east-1")) {
            adapters.offerFreshListing(AwsService.FSX, List.of());

            assertNotEquals(List.of(), adapters.listResources(AwsService.LIGHTSAIL));
        }
    }
}
