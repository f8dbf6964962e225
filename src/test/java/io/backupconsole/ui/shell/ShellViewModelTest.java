package io.backupconsole.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import io.backupconsole.aws.Connection;
import io.backupconsole.aws.ServiceAdapters;
import io.backupconsole.sandbox.SandboxConfig;
import io.backupconsole.testsupport.SandboxFixture;
import io.backupconsole.testsupport.StandardServices;
import io.backupconsole.ui.common.ConnectionContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ShellViewModelTest {
    @RegisterExtension
    static final SandboxFixture sandbox = new SandboxFixture();

    private final ConnectionContext context = new ConnectionContext();

    private ShellViewModel shellWith(Function<Connection, ServiceAdapters> connector) {
        return new ShellViewModel(
                StandardServices.registry(),
                StandardServices.icons(),
                Runnable::run,
                Runnable::run,
                connector,
                Clock.systemUTC(),
                context);
    }

    @Test
    void aFirstConnectionThatFailsMarksEveryServiceNotConnectedInsteadOfLoadingForever() {
        ShellViewModel shell = shellWith(connection -> {
            throw new IllegalStateException("Profile definition must end with ']' on line 1");
        });

        shell.connect(sandbox.connection("us-east-1")).join();

        assertThat(shell.services()).allSatisfy(item -> {
            assertThat(item.errorProperty().get()).startsWith("Not connected");
            assertThat(item.loadingProperty().get()).isFalse();
        });
        assertThat(shell.connectionLabelProperty().get()).isEqualTo("Not connected");
        assertThat(shell.statusTextProperty().get()).startsWith("Could not connect to Sandbox");
        assertThat(context.adapters()).isNull();
        assertThat(context.failureProperty().get()).contains("Profile definition must end with");
    }

    @Test
    void aLaterSwitchThatFailsKeepsThePreviousConnectionAndItsCounts() {
        Connection good = sandbox.connection("us-east-1");
        ShellViewModel shell = shellWith(connection -> {
            if (connection.region().equals("eu-west-1")) {
                throw new IllegalStateException("no route to host");
            }
            return sandbox.clientFactory().connect(connection);
        });
        shell.connect(good).join();
        int servers = shell.services().get(0).resourceCountProperty().get();

        shell.connect(sandbox.connection("eu-west-1")).join();

        assertThat(servers).isPositive();
        assertThat(shell.services().get(0).resourceCountProperty().get()).isEqualTo(servers);
        assertThat(shell.services().get(0).errorProperty().get()).isEmpty();
        assertThat(shell.connectionLabelProperty().get()).endsWith("us-east-1");
        assertThat(shell.statusTextProperty().get()).contains("Still using");
        assertThat(context.adapters().connection()).isEqualTo(good);
        shell.close();
    }

    @Test
    void dataShownIsTheFirstCountThatArrivesNotTheStatusTextThatAFailedCountSetsToo() {
        // OpsWorks CM's count comes first and fails; the other services' counts arrive after it.
        sandbox.configure(c ->
                new SandboxConfig(c.timeScale(), 0, 0, 0, 1.0, 0, List.of("opsworkscm:DescribeServers"), c.seed()));
        ShellViewModel shell = shellWith(sandbox.clientFactory()::connect);
        List<Boolean> dataShownAtFirstLastRefresh = new ArrayList<>();
        shell.statusTextProperty().addListener((obs, old, text) -> {
            if (text.startsWith("Last refresh") && dataShownAtFirstLastRefresh.isEmpty()) {
                dataShownAtFirstLastRefresh.add(shell.dataShownProperty().get());
            }
        });

        shell.connect(sandbox.connection("us-east-1")).join();

        assertThat(shell.services().get(0).errorProperty().get()).isNotEmpty();
        assertThat(dataShownAtFirstLastRefresh)
                .as("\"Last refresh\" (what --exit-after-first-frame matched) came with the failed count, before data")
                .containsExactly(false);
        assertThat(shell.dataShownProperty().get())
                .as("the next service's count is data")
                .isTrue();
        shell.close();
    }

    @Test
    void theNavigationNamesEachServiceByItsModule() {
        ShellViewModel shell = shellWith(c -> {
            if (c instanceof Connection.Profile) {
                throw new IllegalStateException("no profile in this test");
            }
            return sandbox.clientFactory().connect(c);
        });

        shell.connect(sandbox.connection("us-east-1")).join();

        assertThat(shell.services())
                .extracting(ServiceNavItem::title)
                .containsExactly("OpsWorks CM servers", "FSx file systems", "AWS Backup", "Lightsail databases");
        shell.close();
    }
}
