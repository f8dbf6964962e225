package io.backupconsole.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.backupconsole.domain.ServiceFailure;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.protocols.core.ExceptionMetadata;
import software.amazon.awssdk.services.backup.BackupClient;
import software.amazon.awssdk.services.backup.model.BackupException;
import software.amazon.awssdk.services.fsx.FSxClient;
import software.amazon.awssdk.services.fsx.model.FSxException;
import software.amazon.awssdk.services.lightsail.LightsailClient;
import software.amazon.awssdk.services.lightsail.model.AccountSetupInProgressException;
import software.amazon.awssdk.services.lightsail.model.LightsailException;
import software.amazon.awssdk.services.opsworkscm.OpsWorksCmClient;
import software.amazon.awssdk.services.opsworkscm.model.OpsWorksCmException;

/**
 * Every error the services' models list for every operation the app calls has a kind, words for the user and the
 * right verdict: a 4xx answer is a refusal (nothing was done), a 5xx answer may have taken effect.
 *
 * <p>Nothing is listed by hand. The operations are the calls the app's compiled classes make on the four SDK clients
 * (a new call is walked at once); their errors are the modelled exceptions each generated client method declares;
 * each error's code and HTTP status come from the generated client's own table, which the SDK builds from the model
 * (400 for a client error, 500 for a {@code fault}). AWS Backup's rest-json client records no status where the model
 * gives none, so for it the model's two {@code fault} errors are named below.
 */
class ModelledErrorsTest {
    /** AWS Backup errors the model marks {@code "fault": true} (server side, 5xx); its others are client errors. */
    private static final Set<String> BACKUP_FAULTS =
            Set.of("ServiceUnavailableException", "DependencyFailureException");

    private record Client(Class<?> api, String implementation, Class<? extends AwsServiceException> base) {}

    private static final List<Client> CLIENTS = List.of(
            new Client(FSxClient.class, "software.amazon.awssdk.services.fsx.DefaultFSxClient", FSxException.class),
            new Client(
                    BackupClient.class,
                    "software.amazon.awssdk.services.backup.DefaultBackupClient",
                    BackupException.class),
            new Client(
                    LightsailClient.class,
                    "software.amazon.awssdk.services.lightsail.DefaultLightsailClient",
                    LightsailException.class),
            new Client(
                    OpsWorksCmClient.class,
                    "software.amazon.awssdk.services.opsworkscm.DefaultOpsWorksCmClient",
                    OpsWorksCmException.class));

    private record ModelledError(String service, String operation, Class<?> type, String code, int status) {}

    /** Every operation the app calls, by client: SDK method names, paginators folded into their operation. */
    private static Map<Class<?>, Set<String>> called;

    private static List<ModelledError> errors;

    @BeforeAll
    static void walkTheClients() throws Exception {
        called = operationsTheAppCalls();
        errors = new ArrayList<>();
        for (Client client : CLIENTS) {
            for (String operation : called.getOrDefault(client.api(), Set.of())) {
                errors.addAll(errorsOf(client, operation));
            }
        }
    }

    @Test
    void theWalkFindsTheOperationsOfEveryServiceAndTheirErrors() {
        assertTrue(
                called.get(LightsailClient.class)
                        .containsAll(Set.of("createRelationalDatabaseSnapshot", "getOperation")),
                called.toString());
        assertTrue(
                called.get(FSxClient.class).containsAll(Set.of("createBackup", "describeVolumes")), called.toString());
        assertTrue(called.get(BackupClient.class).containsAll(Set.of("startBackupJob", "createBackupPlan")));
        assertTrue(called.get(OpsWorksCmClient.class).containsAll(Set.of("createBackup", "describeServers")));
        assertTrue(
                errors.contains(new ModelledError(
                        "Lightsail",
                        "createRelationalDatabaseSnapshot",
                        AccountSetupInProgressException.class,
                        "AccountSetupInProgressException",
                        400)),
                "the SDK's table gives code and status");
        assertTrue(errors.stream().anyMatch(e -> e.code().equals("InternalServerError") && e.status() == 500));
    }

    @TestFactory
    List<DynamicTest> everyModelledErrorOfEveryCalledOperationIsWordedAndDecidedByItsStatus() {
        return errors.stream()
                .map(error -> DynamicTest.dynamicTest(
                        error.service() + " " + error.operation() + " " + error.code() + " (" + error.status() + ")",
                        () -> check(error)))
                .toList();
    }

    private static void check(ModelledError error) throws Exception {
        String where = error.service() + " " + error.operation() + " answers " + error.code();
        assertTrue(ErrorCatalog.find(error.code()).isPresent(), where + ": add it to ErrorCatalog");
        boolean serverSide = error.status() >= 500;

        ServiceFailure silent = AwsErrors.translate(answer(error, null));
        assertEquals(ErrorCatalog.find(error.code()).get().kind(), silent.kind(), where);
        assertEquals(serverSide, silent.kind() == ServiceFailure.Kind.SERVICE, where + ": kind " + silent.kind());
        assertEquals(
                serverSide,
                silent.mayHaveTakenEffect(),
                where + " with HTTP " + error.status() + ": "
                        + (serverSide ? "may have taken effect" : "refused, nothing was done"));
        assertEquals(error.code(), silent.errorCode());
        String line = silent.getMessage();
        assertNotEquals(error.code(), line, where);
        assertFalse(line.isBlank() || line.contains("null") || line.contains(error.code()), where + ": " + line);
        assertEquals(1, line.lines().count(), where + ": one line");
        assertTrue(line.endsWith("."), line);

        ServiceFailure said = AwsErrors.translate(answer(error, "The service's own words about it."));
        assertTrue(said.getMessage().startsWith("The service's own words about it. "), said.getMessage());
        assertTrue(said.getMessage().length() > "The service's own words about it. ".length(), "and what to do");
        assertEquals(serverSide, said.mayHaveTakenEffect());
    }

    /** The SDK's exception for this error, as its unmarshaller builds it from an answer. */
    private static AwsServiceException answer(ModelledError error, String message) throws Exception {
        AwsServiceException.Builder builder =
                (AwsServiceException.Builder) error.type().getMethod("builder").invoke(null);
        return builder.awsErrorDetails(AwsErrorDetails.builder()
                        .errorCode(error.code())
                        .errorMessage(message)
                        .serviceName(error.service())
                        .build())
                .statusCode(error.status())
                .message(message)
                .build();
    }

    /** The modelled errors a generated client method declares, with code and status from the client's table. */
    private static List<ModelledError> errorsOf(Client client, String operation) throws Exception {
        Method method = operationMethod(client, operation)
                .orElseThrow(() -> new AssertionError(client.api().getSimpleName() + " has no " + operation));
        Method table = errorTable(Class.forName(client.implementation()), operation);
        String service = client.api().getSimpleName().replace("Client", "");
        List<ModelledError> found = new ArrayList<>();
        for (Class<?> thrown : method.getExceptionTypes()) {
            if (!client.base().isAssignableFrom(thrown) || thrown == client.base()) {
                continue;
            }
            ExceptionMetadata metadata = metadataOf(table, thrown)
                    .orElseThrow(() -> new AssertionError("no error code for " + thrown.getName()));
            int status = metadata.httpStatusCode() != null
                    ? metadata.httpStatusCode()
                    : BACKUP_FAULTS.contains(metadata.errorCode()) ? 500 : 400;
            found.add(new ModelledError(service, operation, thrown, metadata.errorCode(), status));
        }
        assertFalse(found.isEmpty(), operation + " declares no modelled error");
        return found;
    }

    /** The client's method of an operation: the one that takes its request (not builder, close, waiter...). */
    private static Optional<Method> operationMethod(Client client, String operation) {
        return Arrays.stream(client.api().getMethods())
                .filter(m -> m.getName().equals(operation)
                        && m.getParameterCount() == 1
                        && SdkRequest.class.isAssignableFrom(m.getParameterTypes()[0]))
                .findFirst();
    }

    /** The generated client's per-operation function from error code to the exception's metadata. */
    private static Method errorTable(Class<?> implementation, String operation) {
        Method table = Arrays.stream(implementation.getDeclaredMethods())
                .filter(m -> m.getName().matches("lambda\\$" + operation + "\\$\\d+")
                        && Modifier.isStatic(m.getModifiers())
                        && m.getParameterCount() == 1
                        && m.getParameterTypes()[0] == String.class
                        && m.getReturnType() == Optional.class)
                .findFirst()
                .orElseThrow(() -> new AssertionError("The SDK's generated " + implementation.getSimpleName()
                        + " no longer has the error table of " + operation + " where this test looks for it"));
        table.setAccessible(true);
        return table;
    }

    /** The code the SDK maps to this exception: its name, or its name without "Exception" (FSx's style). */
    private static Optional<ExceptionMetadata> metadataOf(Method table, Class<?> thrown) throws Exception {
        String name = thrown.getSimpleName();
        for (String code : List.of(name, name.replaceFirst("Exception$", ""))) {
            Optional<?> metadata = (Optional<?>) table.invoke(null, code);
            if (metadata.isPresent()
                    && metadata.get() instanceof ExceptionMetadata known
                    && known.exceptionBuilderSupplier().get().getClass().getEnclosingClass() == thrown) {
                return Optional.of(known);
            }
        }
        return Optional.empty();
    }

    private static Map<Class<?>, Set<String>> operationsTheAppCalls() {
        Set<String> clients = new TreeSet<>();
        CLIENTS.forEach(client -> clients.add(client.api().getName()));
        Map<Class<?>, Set<String>> operations =
                new TreeMap<>((a, b) -> a.getName().compareTo(b.getName()));
        var classes = new ClassFileImporter()
                .withImportOption(location -> !location.contains("/test-classes/"))
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages("io.backupconsole");
        for (var javaClass : classes) {
            for (JavaMethodCall call : javaClass.getMethodCallsFromSelf()) {
                String owner = call.getTargetOwner().getName();
                if (!clients.contains(owner)) {
                    continue;
                }
                String operation = call.getName().replaceFirst("Paginator$", "");
                CLIENTS.stream()
                        .filter(client -> client.api().getName().equals(owner))
                        .filter(client -> operationMethod(client, operation).isPresent())
                        .forEach(client -> operations
                                .computeIfAbsent(client.api(), k -> new TreeSet<>())
                                .add(operation));
            }
        }
        return operations;
    }
}
