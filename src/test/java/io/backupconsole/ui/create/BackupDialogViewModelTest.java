package io.backupconsole.ui.create;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.backupconsole.aws.BackupStarter;
import io.backupconsole.aws.Connection;
import io.backupconsole.aws.ServiceAdapter;
import io.backupconsole.aws.ServiceAdapters;
import io.backupconsole.domain.AwsService;
import io.backupconsole.domain.BackupRequest;
import io.backupconsole.domain.BackupSummary;
import io.backupconsole.domain.Eligibility;
import io.backupconsole.domain.Resource;
import io.backupconsole.domain.ServiceFailure;
import io.backupconsole.testsupport.ManualTicker;
import io.backupconsole.testsupport.StandardServices;
import io.backupconsole.tracking.BackupSubmitter;
import io.backupconsole.tracking.JobJournal;
import io.backupconsole.ui.common.Async;
import io.backupconsole.ui.common.ConnectionContext;
import io.backupconsole.ui.opsworkscm.OpsWorksCmBackupDialogViewModel;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How the dialog treats each kind of service answer. About the view model alone, so the service is a scripted
 * stand-in: the sandbox cannot be made to refuse input that the shared rules already refuse.
 */
class BackupDialogViewModelTest {
    private static final Resource SERVER = new Resource(
            AwsService.OPSWORKS_CM,
            "chef-prod",
            "chef-prod",
            "Chef",
            "HEALTHY",
            null,
            null,
            Eligibility.ALLOWED,
            List.of());

    @TempDir
    Path data;

    private final ScriptedService service = new ScriptedService();
    private JobJournal journal;
    private OpsWorksCmBackupDialogViewModel dialog;

    @BeforeEach
    void open() {
        journal = new JobJournal(data, Clock.systemUTC());
        journal.open();
        Map<AwsService, ServiceAdapter> adapters = new LinkedHashMap<>();
        for (AwsService each : StandardServices.registry().services()) {
            adapters.put(each, service);
        }
        ConnectionContext connection = new ConnectionContext();
        connection.connected(new ServiceAdapters(
                StandardServices.registry(),
                new Connection.Sandbox(URI.create("http://127.0.0.1:1"), "us-east-1"),
                adapters,
                () -> {}));
        BackupDialogContext context = new BackupDialogContext(
                connection,
                Async.synchronous(),
                new BackupSubmitter(journal, Clock.systemUTC()),
                journal,
                new ManualTicker(),
                Clock.systemUTC());
        dialog = new OpsWorksCmBackupDialogViewModel(SERVER, context);
    }

    @Test
    void aValidationErrorNamingAFieldIsShownNextToItWithTheInputKept() {
        dialog.descriptionProperty().set("nightly");
        service.answers.add(new ServiceFailure(
                ServiceFailure.Kind.INVALID_INPUT,
                "ValidationException",
                "1 validation error detected: Value at 'description' failed to satisfy constraint",
                null,
                null));

        dialog.create();

        assertEquals(
                "1 validation error detected: Value at 'description' failed to satisfy constraint "
                        + "(ValidationException)",
                dialog.messageFor(OpsWorksCmBackupDialogViewModel.DESCRIPTION).get());
        assertEquals("", dialog.generalMessageProperty().get());
        assertEquals("nightly", dialog.descriptionProperty().get());
        assertTrue(journal.jobs().isEmpty(), "a refused request is not a job");

        dialog.descriptionProperty().set("nightly backup");
        assertEquals(
                "",
                dialog.messageFor(OpsWorksCmBackupDialogViewModel.DESCRIPTION).get(),
                "editing the field clears the service's complaint");
    }

    @Test
    void aLimitIsShownForTheWholeDialog() {
        service.answers.add(new ServiceFailure(
                ServiceFailure.Kind.LIMIT_EXCEEDED,
                "LimitExceededException",
                "Maximum number of manual backups reached.",
                null,
                null));

        dialog.create();

        assertEquals(
                "Maximum number of manual backups reached. (LimitExceededException)",
                dialog.generalMessageProperty().get());
        assertTrue(dialog.canCreateProperty().get());
    }

    @Test
    void throttlingAfterTheSdksRetriesIsARefusalThatLeavesTheFormFree() {
        dialog.descriptionProperty().set("before upgrade");
        service.answers.add(
                new ServiceFailure(ServiceFailure.Kind.THROTTLED, "ThrottlingException", "Rate exceeded", null, null));

        dialog.create();

        assertNull(dialog.startedProperty().get());
        assertFalse(dialog.lockedProperty().get(), "a 4xx answer: nothing was made");
        assertTrue(
                dialog.generalMessageProperty().get().startsWith("AWS is throttling requests; try again"),
                dialog.generalMessageProperty().get());
        assertTrue(journal.jobs().isEmpty(), "a refused request is not a job");
        assertTrue(dialog.canCreateProperty().get());
    }

    @Test
    void aServerErrorLocksTheInputAndCreateSendsTheSameRequestAgain() {
        dialog.descriptionProperty().set("before upgrade");
        service.answers.add(new ServiceFailure(
                ServiceFailure.Kind.SERVICE,
                "InternalFailure",
                "The service failed on its side; try again in a few minutes.",
                null,
                null,
                ServiceFailure.Effect.UNKNOWN));
        service.answers.add("chef-prod-20261201");

        dialog.create();
        assertNull(dialog.startedProperty().get());
        assertTrue(dialog.lockedProperty().get());
        assertEquals(1, service.lookups, "a service without a token is searched before the failure is believed");

        dialog.create();

        assertNotNull(dialog.startedProperty().get());
        assertFalse(dialog.lockedProperty().get());
        assertEquals(2, service.sent.size());
        assertEquals(service.sent.get(0), service.sent.get(1), "the very same request, token included");
    }

    @Test
    void aResendRefusedForTheRequestItselfFreesTheForm() {
        dialog.descriptionProperty().set("before upgrade");
        service.answers.add(new ServiceFailure(
                ServiceFailure.Kind.NETWORK,
                "",
                "Could not reach the service",
                null,
                null,
                ServiceFailure.Effect.UNKNOWN));
        service.answers.add(new ServiceFailure(
                ServiceFailure.Kind.INVALID_STATE,
                "InvalidStateException",
                "Server chef-prod is not in a state to back up.",
                null,
                null));
        dialog.create();
        assertTrue(dialog.lockedProperty().get());

        dialog.create();

        assertFalse(dialog.lockedProperty().get(), "neither send made anything: the input may change");
        assertTrue(
                dialog.generalMessageProperty().get().startsWith("Server chef-prod is not in a state to back up."),
                dialog.generalMessageProperty().get());
        assertTrue(journal.jobs().isEmpty());
    }

    /** Answers each create with the next scripted answer: an id, or a failure to throw. */
    private static final class ScriptedService implements ServiceAdapter, BackupStarter {
        final Deque<Object> answers = new ArrayDeque<>();
        final List<BackupRequest> sent = new ArrayList<>();
        int lookups;

        @Override
        public AwsService service() {
            return AwsService.OPSWORKS_CM;
        }

        @Override
        public List<Resource> listResources() {
            return List.of(SERVER);
        }

        @Override
        public List<BackupSummary> listBackups(String resourceId) {
            return List.of();
        }

        @Override
        public String start(BackupRequest request) {
            sent.add(request);
            Object answer = answers.removeFirst();
            if (answer instanceof ServiceFailure failure) {
                throw failure;
            }
            return (String) answer;
        }

        @Override
        public boolean idempotent() {
            return false;
        }

        @Override
        public Optional<String> findStarted(BackupRequest request, Instant requestedAt) {
            lookups++;
            return Optional.empty();
        }
    }
}
