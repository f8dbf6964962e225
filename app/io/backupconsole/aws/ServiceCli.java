package io.backupconsole.aws;

import io.backupconsole.domain.BackupRequest;
import io.backupconsole.domain.Resource;
import io.backupconsole.domain.rules.Violation;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One service's part of {@code backup-console backup}: its own flags, the {@link BackupRequest} it builds from them
 * (as the service's dialog builds it, checked by the same domain rules) and the checks that need the service before
 * sending. Immutable and thread-safe.
 *
 * @param <A> the service's adapter
 */
public interface ServiceCli<A extends ServiceAdapter> {

    /** What {@code --resource} names for this service, for the usage, e.g. "fs-/fsvol- id". */
    String resourceForm();

    /** The service's own flags; a flag of another service given with this one is refused. */
    List<CliOption> options();

    /**
     * The request, and every problem the rules find (added to {@code problems}, in the order of the options).
     *
     * @param token the idempotency token the request carries
     * @param now   for defaults that name the time (Lightsail's snapshot name)
     */
    BackupRequest request(CliInput input, String token, Instant now, List<Violation> problems);

    /**
     * The checks that need the service, made right before sending, after the resource was found and can be backed
     * up: read calls only. A check whose helper call fails is left to the service and reported in
     * {@code warnings}; input the rules refuse once the service's facts are known goes to {@code problems}.
     * Blocking.
     *
     * @return why the backup cannot be sent now, or empty
     */
    default Optional<String> preflight(
            A adapter, BackupRequest request, Resource resource, List<Violation> problems, List<String> warnings) {
        return Optional.empty();
    }
}
