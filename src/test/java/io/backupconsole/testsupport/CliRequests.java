package io.backupconsole.testsupport;

import io.backupconsole.aws.CliInput;
import io.backupconsole.aws.CliOption;
import io.backupconsole.aws.ServiceModule;
import io.backupconsole.aws.ServiceRegistry;
import io.backupconsole.domain.BackupRequest;
import io.backupconsole.domain.Resource;
import io.backupconsole.domain.rules.Violation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Backup requests built as {@code backup-console backup} builds them, by each service's own command-line spec, so a
 * test or the bench that backs up every service needs no code per service: each service takes the flags it declares
 * from the ones given ({@code --name}, {@code --description}, {@code --vault}…) and ignores the others.
 */
public final class CliRequests {
    private CliRequests() {}

    /**
     * @throws IllegalArgumentException when the service's rules refuse the request (a test's mistake)
     */
    public static BackupRequest request(
            ServiceRegistry services, Resource resource, Map<String, String> flags, String token) {
        ServiceModule<?> module = services.module(resource.service());
        Set<String> own = module.cli().options().stream().map(CliOption::flag).collect(Collectors.toSet());
        Map<String, String> ownFlags = new LinkedHashMap<>(flags);
        ownFlags.keySet().retainAll(own);
        List<Violation> problems = new ArrayList<>();
        BackupRequest built =
                module.cli().request(new CliInput(resource.id(), List.of(), ownFlags), token, Instant.now(), problems);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(resource.service().id() + " refuses " + resource.id() + ": " + problems);
        }
        return new BackupRequest(
                built.service(),
                built.resourceId(),
                resource.name(),
                built.name(),
                built.description(),
                built.tags(),
                built.awsBackup(),
                built.idempotencyToken());
    }
}
