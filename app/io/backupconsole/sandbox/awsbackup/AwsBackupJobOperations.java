package io.backupconsole.sandbox.awsbackup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.backupconsole.domain.rules.AwsBackupRules;
import io.backupconsole.sandbox.protocol.SandboxRequest;
import io.backupconsole.sandbox.support.Json;
import io.backupconsole.sandbox.support.Pages;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/** DescribeBackupJob, ListBackupJobs and StopBackupJob. Called under the simulator's lock with a settled region. */
final class AwsBackupJobOperations {
    /** doc ListBackupJobs: "Returns a list of existing backup jobs ... for the last 30 days." */
    static final Duration LISTED_PERIOD = Duration.ofDays(30);

    private static final List<String> STATES = List.of(
            "CREATED", "PENDING", "RUNNING", "ABORTING", "ABORTED", "COMPLETED", "FAILED", "EXPIRED", "PARTIAL");
    /** doc ByMessageCategory: AGGREGATE_ALL and the wildcard stand for every category. */
    private static final List<String> ALL_CATEGORIES = List.of("AGGREGATE_ALL", "*");

    private AwsBackupJobOperations() {}

    static JsonNode describeBackupJob(AwsBackupRegion state, SandboxRequest request, Instant now) {
        return AwsBackupJson.job(job(state, request), now);
    }

    static JsonNode listBackupJobs(AwsBackupRegion state, SandboxRequest request, Instant now) {
        AwsBackupQuery query = new AwsBackupQuery(request);
        Optional<String> byState = query.oneOf("state", "ByState", STATES);
        Optional<String> resourceArn = query.string("resourceArn");
        Optional<String> vaultName = query.vaultName("backupVaultName", "ByBackupVaultName");
        Optional<Instant> createdBefore = query.timestamp("createdBefore", "ByCreatedBefore");
        Optional<Instant> createdAfter = query.timestamp("createdAfter", "ByCreatedAfter");
        Optional<Instant> completeBefore = query.timestamp("completeBefore", "ByCompleteBefore");
        Optional<Instant> completeAfter = query.timestamp("completeAfter", "ByCompleteAfter");
        Optional<String> resourceType = query.resourceType("resourceType", "ByResourceType");
        Optional<String> accountId = query.accountId("accountId", "ByAccountId");
        Optional<String> parentJobId = query.string("parentJobId");
        Optional<String> category = query.string("messageCategory").filter(c -> !ALL_CATEGORIES.contains(c));
        Instant oldest = now.minus(LISTED_PERIOD);

        List<AwsBackupJob> matching = state.jobs.values().stream()
                .filter(job -> !job.creationDate().isBefore(oldest))
                .filter(job ->
                        accountId.map(AwsBackupCatalogOperations::isOwnAccount).orElse(true))
                .filter(job -> resourceArn.map(job.resource().arn()::equals).orElse(true))
                .filter(job -> vaultName.map(job.vault().name()::equals).orElse(true))
                .filter(job -> resourceType.map(job.resource().type()::equals).orElse(true))
                .filter(job ->
                        parentJobId.map(id -> id.equals(job.parentJobId())).orElse(true))
                .filter(job -> createdBefore.map(job.creationDate()::isBefore).orElse(true))
                .filter(job -> createdAfter.map(job.creationDate()::isAfter).orElse(true))
                .filter(viewMatches(now, byState, category, completeBefore, completeAfter))
                .sorted(Comparator.comparing((AwsBackupJob job) -> job.creationDate())
                        .reversed())
                .toList();
        Pages.Page<AwsBackupJob> page = query.page(matching);
        ArrayNode list = Json.array();
        page.items().forEach(job -> list.add(AwsBackupJson.job(job, now)));
        return AwsBackupCatalogOperations.withToken(Json.object().set("BackupJobs", list), page);
    }

    private static Predicate<AwsBackupJob> viewMatches(
            Instant now,
            Optional<String> state,
            Optional<String> category,
            Optional<Instant> completeBefore,
            Optional<Instant> completeAfter) {
        return job -> {
            AwsBackupJobView view = job.view(now);
            Instant completed = view.completionDate();
            return state.map(view.state()::equals).orElse(true)
                    && category.map(view.messageCategory()::equals).orElse(true)
                    && completeBefore
                            .map(t -> completed != null && completed.isBefore(t))
                            .orElse(true)
                    && completeAfter
                            .map(t -> completed != null && completed.isAfter(t))
                            .orElse(true);
        };
    }

    /**
     * doc StopBackupJob: not supported for Aurora, DocumentDB, FSx, Neptune, SAP HANA and RDS
     * (InvalidRequestException with the reason); a job that already ended cannot be stopped either.
     */
    static JsonNode stopBackupJob(AwsBackupRegion state, SandboxRequest request, Instant now) {
        AwsBackupJob job = job(state, request);
        if (!AwsBackupRules.canStop(job.resource().type())) {
            throw AwsBackupErrors.invalidRequest(
                    AwsBackupRules.stopEligibility(job.resource().type()).reason() + ".", "BackupJobId");
        }
        AwsBackupJobView view = job.view(now);
        if (view.state().equals("ABORTING")) {
            throw AwsBackupErrors.invalidRequest(
                    "Backup job " + job.id() + " is already being stopped.", "BackupJobId");
        }
        if (!view.active()) {
            throw AwsBackupErrors.invalidRequest(
                    "Backup job " + job.id() + " is " + view.state() + " and can no longer be stopped.", "BackupJobId");
        }
        job.requestStop(now);
        return Json.object();
    }

    private static AwsBackupJob job(AwsBackupRegion state, SandboxRequest request) {
        String id = request.pathParams().get("backupJobId");
        AwsBackupJob job = state.jobs.get(id);
        if (job == null) {
            throw AwsBackupErrors.notFound("Backup job " + id + " does not exist in this region.", "BackupJobId");
        }
        return job;
    }
}
