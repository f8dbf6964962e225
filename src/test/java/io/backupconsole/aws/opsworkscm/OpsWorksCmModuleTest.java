package io.backupconsole.aws.opsworkscm;

import static org.assertj.core.api.Assertions.assertThat;

import io.backupconsole.aws.Connection;
import io.backupconsole.aws.fsx.FsxModule;
import io.backupconsole.domain.AwsService;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the OpsWorks CM module tells the user before anything is called: the service is retired at AWS. */
class OpsWorksCmModuleTest {
    private final OpsWorksCmModule module = new OpsWorksCmModule();

    @Test
    void theRetiredNoticeIsWordedForTheConnection() {
        assertThat(module.notice(new Connection.Sandbox(URI.create("http://127.0.0.1:1"), "us-east-1")))
                .hasValue("Retired at AWS in 2024. The built-in sandbox simulates it fully.");
        assertThat(module.notice(new Connection.Profile("work", "us-east-1", Map.of())))
                .hasValueSatisfying(text -> assertThat(text)
                        .startsWith("AWS retired OpsWorks CM in 2024")
                        .contains("Calls to real AWS fail"));
        assertThat(module.notice(new Connection.Profile(
                        "work", "us-east-1", Map.of(AwsService.OPSWORKS_CM, URI.create("http://127.0.0.1:4566")))))
                .as("an endpoint override for OpsWorks CM does not reach AWS")
                .hasValue("Retired at AWS in 2024. The built-in sandbox simulates it fully.");
    }

    @Test
    void otherServicesHaveNoNotice() {
        assertThat(new FsxModule().notice(new Connection.Profile("work", "us-east-1", Map.of())))
                .isEmpty();
    }
}
