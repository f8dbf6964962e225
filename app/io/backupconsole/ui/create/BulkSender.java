package io.backupconsole.ui.create;

import io.backupconsole.aws.BackupStarter;
import io.backupconsole.aws.ServiceAdapters;
import io.backupconsole.domain.AwsService;
import io.backupconsole.domain.BackupRequest;
import io.backupconsole.domain.Resource;
import io.backupconsole.domain.rules.Tag;
import io.backupconsole.tracking.TrackedJob;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The background half of the bulk dialog: one listing of the service's resources for every preflight check, and a
 * safe submit per resource. Blocking: background executor only.
 */
final class BulkSender {
    private final BulkBackupPlan plan;
    private final BackupDialogContext context;
    private final ServiceAdapters adapters;
    private final List<Tag> tags;
    private final String vault;
    private final Instant now;

    BulkSender(
            BulkBackupPlan plan,
            BackupDialogContext context,
            ServiceAdapters adapters,
            List<Tag> tags,
            String vault,
            Instant now) {
        this.plan = plan;
        this.context = context;
        this.adapters = adapters;
        this.tags = tags;
        this.vault = vault;
        this.now = now;
    }

    /** The service's resources as they are now, by id (one listing for the whole batch). */
    Map<String, Resource> currentResources() {
        return adapters.get(serviceOf()).listResources().stream()
                .collect(Collectors.toMap(Resource::id, Function.identity(), (a, b) -> a));
    }

    /** Why a resource must not be backed up now, or empty. */
    String refusal(Resource resource, Map<String, Resource> current) {
        return Preflight.refusal(context.journal(), resource, java.util.Optional.ofNullable(current.get(resource.id())))
                .orElse("");
    }

    TrackedJob submit(Resource resource) {
        BackupRequest request = plan.request(resource, tags, vault, now, BackupRequest.newToken());
        return context.submitter()
                .submit(
                        starter(),
                        adapters.connection().key(),
                        adapters.connection().region(),
                        request);
    }

    TrackedJob retry(TrackedJob pending) {
        return context.submitter().retry(starter(), pending);
    }

    private BackupStarter starter() {
        return adapters.starter(serviceOf());
    }

    private AwsService serviceOf() {
        return plan.service();
    }
}
