package io.backupconsole.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.backupconsole.aws.fsx.FsxModule;
import io.backupconsole.testsupport.SandboxFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.profiles.ProfileFile;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.fsx.FSxClient;

/**
 * Why the client factory hides the user's profile files while it builds a sandbox client: in SDK 2.40 the per-client
 * settings that should make a client ignore them do not stop the build from parsing the default profile file, so a
 * malformed {@code ~/.aws/config} breaks every client built the plain way. If an SDK update makes the plain build
 * pass, {@link WithoutUserProfiles} can go.
 */
class WithoutUserProfilesTest {
    @RegisterExtension
    static final SandboxFixture sandbox = new SandboxFixture();

    @TempDir
    Path home;

    private Path emptyProfiles;

    @BeforeEach
    void malformedUserProfiles() throws Exception {
        // The SDK takes these properties before AWS_CONFIG_FILE and ~/.aws: the user's files, as the SDK sees them.
        Path config = Files.writeString(home.resolve("config"), "[profile x\nregion\n");
        Path credentials = Files.writeString(home.resolve("credentials"), "[default\n= =\n");
        emptyProfiles = Files.writeString(home.resolve("empty"), "");
        System.setProperty("aws.configFile", config.toString());
        System.setProperty("aws.sharedCredentialsFile", credentials.toString());
    }

    @AfterEach
    void restoreProfileFiles() {
        System.clearProperty("aws.configFile");
        System.clearProperty("aws.sharedCredentialsFile");
    }

    @Test
    void aPlainClientBuildParsesTheUsersProfileFileEvenWhenToldToUseAnother() {
        ProfileFile empty = ProfileFile.builder()
                .content(emptyProfiles)
                .type(ProfileFile.Type.CONFIGURATION)
                .build();
        try (UrlConnectionHttpClient http = (UrlConnectionHttpClient) UrlConnectionHttpClient.create()) {
            assertThatThrownBy(() -> FSxClient.builder()
                            .region(Region.US_EAST_1)
                            .endpointOverride(sandbox.server().endpoint())
                            .httpClient(http)
                            .credentialsProvider(
                                    StaticCredentialsProvider.create(AwsBasicCredentials.create("sandbox", "sandbox")))
                            .overrideConfiguration(ClientOverrideConfiguration.builder()
                                    .defaultProfileFile(empty)
                                    .defaultProfileFileSupplier(() -> empty)
                                    .defaultProfileName("default")
                                    .build())
                            .build()
                            .close())
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("on line 1"); // the malformed file, parsed despite the settings
        }
    }

    @Test
    void theFactoryBuildsASandboxClientAndLeavesTheUsersFilesAsTheyWere() {
        String config = System.getProperty("aws.configFile");

        try (AwsClients clients = sandbox.clientFactory().clients(sandbox.connection("us-east-1"))) {
            assertThat(new FsxModule().adapter(clients).listResources()).isNotEmpty();
        }
        assertThat(System.getProperty("aws.configFile"))
                .as("the swap is undone after the build")
                .isEqualTo(config);
    }
}
