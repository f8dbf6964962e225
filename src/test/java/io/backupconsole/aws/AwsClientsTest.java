package io.backupconsole.aws;

import static org.assertj.core.api.Assertions.assertThat;

import io.backupconsole.aws.fsx.FsxModule;
import io.backupconsole.testsupport.SandboxFixture;
import io.backupconsole.testsupport.StandardServices;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class AwsClientsTest {
    @RegisterExtension
    static final SandboxFixture sandbox = new SandboxFixture();

    @TempDir
    Path home;

    @AfterEach
    void restoreProfileFiles() {
        System.clearProperty("aws.sharedCredentialsFile");
        System.clearProperty("aws.configFile");
    }

    @Test
    void sandboxConnectionWorksWhenTheUsersAwsFilesAreMalformed() throws Exception {
        Path credentials =
                Files.writeString(home.resolve("credentials"), "[default\naws_access_key_id = broken\n= =\n");
        Path config = Files.writeString(home.resolve("config"), "[profile x\nregion\n");
        System.setProperty("aws.sharedCredentialsFile", credentials.toString());
        System.setProperty("aws.configFile", config.toString());

        try (AwsClients clients = sandbox.clientFactory().clients(sandbox.connection("us-east-1"))) {
            assertThat(new FsxModule().adapter(clients).listResources()).isNotEmpty();
        }
    }

    @Test
    void endpointConnectionWorksWhenTheUsersAwsFilesAreMalformed() throws Exception {
        Path credentials = Files.writeString(home.resolve("credentials"), "[default\n= =\n");
        System.setProperty("aws.sharedCredentialsFile", credentials.toString());

        Connection endpoint = new Connection.Endpoint(
                StandardServices.registry().services().stream()
                        .collect(Collectors.toMap(s -> s, s -> sandbox.server().endpoint())),
                "us-east-1");
        try (AwsClients clients = sandbox.clientFactory().clients(endpoint)) {
            assertThat(new FsxModule().adapter(clients).listResources()).isNotEmpty();
        }
    }
}
