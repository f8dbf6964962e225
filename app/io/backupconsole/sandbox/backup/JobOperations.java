package io.backupconsole.sandbox.backup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.backupconsole.domain.rules.BackupRules;
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
final class JobOperations {
    /** doc ListBackupJobs: "Returns a list of existing backup jobs ... for the last 30 days." */
    static final Duration LISTED_PERIOD = Duration.ofDays(30);

    private static final List<String> STATES = List.of(
            "CREATED", "PENDING", "RUNNING", "ABORTING", "ABORTED", "COMPLETED", "FAILED", "EXPIRED", "PARTIAL");
    /** doc ByMessageCategory: AGGREGATE_ALL and the wildcard stand for every category. */
    private static final List<String> ALL_CATEGORIES = List.of("AGGREGATE_ALL", "*");

    private JobOperations() {}

    static JsonNode describeBackupJob(BackupRegion state, SandboxRequest request, Instant now) {
        return BackupJson.job(job(state, request), now);
    }

    static JsonNode listBackupJobs(BackupRegion state, SandboxRequest request, Instant now) {
        BackupQuery query = new BackupQuery(request);
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

        List<JobRecord> matching = state.jobs.values().stream()
                .filter(job -> !job.creationDate.isBefore(oldest))
                .filter(job -> accountId.map(CatalogOperations::isOwnAccount).orElse(true))
                .filter(job -> resourceArn.map(job.resource.arn()::equals).orElse(true))
                .filter(job -> vaultName.map(job.vault.name()::equals).orElse(true))
                .filter(job -> resourceType.map(job.resource.type()::equals).orElse(true))
                .filter(job -> parentJobId.map(id -> id.equals(job.parentJobId)).orElse(true))
                .filter(job -> createdBefore.map(job.creationDate::isBefore).orElse(true))
                .filter(job -> createdAfter.map(job.creationDate::isAfter).orElse(true))
                .filter(viewMatches(now, byState, category, completeBefore, completeAfter))
                .sorted(Comparator.comparing((JobRecord job) -> job.creationDate)
                        .reversed())
                .toList();
        Pages.Page<JobRecord> page = query.page(matching);
        ArrayNode list = Json.array();
        page.items().forEach(job -> list.add(BackupJson.job(job, now)));
        return CatalogOperations.withToken(Json.object().set("BackupJobs", list), page);
    }

    private static Predicate<JobRecord> viewMatches(
            Instant now,
            Optional<String> state,
            Optional<String> category,
            Optional<Instant> completeBefore,
            Optional<Instant> completeAfter) {
        return job -> {
            JobView view = job.view(now);
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
    static JsonNode stopBackupJob(BackupRegion state, SandboxRequest request, Instant now) {
        JobRecord job = job(state, request);
        if (!BackupRules.canStop(job.resource.type())) {
            throw BackupErrors.invalidRequest(
                    BackupRules.stopEligibility(job.resource.type()).reason() + ".", "BackupJobId");
        }
        JobView view = job.view(now);
        if (view.state().equals("ABORTING")) {
            throw BackupErrors.invalidRequest("Backup job " + job.id + " is already being stopped.", "BackupJobId");
        }
        if (!view.active()) {
            throw BackupErrors.invalidRequest(
                    "Backup job " + job.id + " is " + view.state() + " and can no longer be stopped.", "BackupJobId");
        }
        job.requestStop(now);
        return Json.object();
    }

    private static JobRecord job(BackupRegion state, SandboxRequest request) {
        String id = request.pathParams().get("backupJobId");
        JobRecord job = state.jobs.get(id);
        if (job == null) {
            throw BackupErrors.notFound("Backup job " + id + " does not exist in this region.", "BackupJobId");
        }
        return job;
    }
}
