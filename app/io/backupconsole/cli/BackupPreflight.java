package io.backupconsole.cli;

import io.backupconsole.aws.ServiceAdapter;
import io.backupconsole.aws.ServiceAdapters;
import io.backupconsole.aws.ServiceModule;
import io.backupconsole.domain.AwsService;
import io.backupconsole.domain.BackupRequest;
import io.backupconsole.domain.Resource;
import io.backupconsole.domain.ResourceListing;
import io.backupconsole.domain.rules.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The checks of {@code backup} that need the service, as the dialogs make them right before sending: the resource
 * exists and can be backed up now, then the service's own checks (a Lightsail snapshot name is free, an AWS Backup
 * vault exists and its lock allows the retention). Read calls only. Blocking. Only the listing that finds the resource must answer: a check
 * whose helper call fails is left to the service (which refuses a taken name or a missing vault itself) and
 * reported as a warning.
 */
final class BackupPreflight {
    /**
     * @param request  the request, now with the resource's human name (null when refused)
     * @param refusal  why it cannot be sent now (exit 1), or empty
     * @param problems input the rules refuse once the service's facts are known (exit 2)
     * @param warnings checks that could not be made, and what the service will do differently from what was asked
     *                 without refusing it: one line each (the backup is still sent)
     */
    record Outcome(BackupRequest request, Optional<String> refusal, List<Violation> problems, List<String> warnings) {
        static Outcome refused(String reason, List<String> warnings) {
            return new Outcome(null, Optional.of(reason), List.of(), List.copyOf(warnings));
        }
    }

    private BackupPreflight() {}

    static Outcome check(ServiceAdapters adapters, BackupRequest request) {
        AwsService service = request.service();
        ServiceModule<?> module = adapters.registry().module(service);
        ResourceListing listing = adapters.get(service).listing();
        List<String> warnings = new ArrayList<>(listing.notices());
        Optional<Resource> found = listing.resources().stream()
                .filter(r -> r.id().equals(request.resourceId()))
                .findFirst();
        if (found.isEmpty()) {
            return Outcome.refused(
                    service.displayName() + " has no " + module.nouns().resource() + " \"" + request.resourceId()
                            + "\" in " + adapters.connection().region() + " ("
                            + adapters.connection().label() + ").",
                    warnings);
        }
        Resource resource = found.get();
        if (!resource.eligibility().allowed()) {
            return Outcome.refused(
                    resource.name() + " cannot be backed up now: "
                            + resource.eligibility().reason(),
                    warnings);
        }
        List<Violation> problems = new ArrayList<>();
        Optional<String> refusal = serviceChecks(module, adapters, request, resource, problems, warnings);
        if (refusal.isPresent()) {
            return Outcome.refused(refusal.get(), warnings);
        }
        BackupRequest named = new BackupRequest(
                service,
                request.resourceId(),
                resource.name(),
                request.name(),
                request.description(),
                request.tags(),
                request.awsBackup(),
                request.idempotencyToken());
        return new Outcome(
                problems.isEmpty() ? named : null, Optional.empty(), List.copyOf(problems), List.copyOf(warnings));
    }

    /** The service's own checks ({@link io.backupconsole.aws.ServiceCli#preflight}) on its own adapter. */
    private static <A extends ServiceAdapter> Optional<String> serviceChecks(
            ServiceModule<A> module,
            ServiceAdapters adapters,
            BackupRequest request,
            Resource resource,
            List<Violation> problems,
            List<String> warnings) {
        return module.cli().preflight(adapters.get(module.adapterKey()), request, resource, problems, warnings);
    }
}
