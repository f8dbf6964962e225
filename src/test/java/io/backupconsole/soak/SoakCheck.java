package io.backupconsole.soak;

import io.backupconsole.aws.ServiceAdapters;
import io.backupconsole.aws.awsbackup.AwsBackupModule;
import io.backupconsole.aws.lightsail.LightsailModule;
import io.backupconsole.aws.opsworkscm.OpsWorksCmModule;
import io.backupconsole.domain.AwsService;
import io.backupconsole.domain.BackupRequest;
import io.backupconsole.domain.BackupSummary;
import io.backupconsole.domain.awsbackup.BackupJobStatus;
import io.backupconsole.settings.Settings;
import io.backupconsole.storage.JsonFile;
import io.backupconsole.testsupport.StandardServices;
import io.backupconsole.tracking.JobJournal;
import io.backupconsole.tracking.TrackedJob;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** What the sandbox and the files hold, read by the driver without faults. */
final class SoakCheck {
    private static final Instant LONG_AGO = Instant.parse("2000-01-01T00:00:00Z");

    private SoakCheck() {}

    /** Every backup id each service holds now (manual backups, snapshots, AWS Backup jobs). */
    static Map<AwsService, Set<String>> madeInSandbox(ServiceAdapters adapters) {
        Map<AwsService, Set<String>> made = new LinkedHashMap<>();
        made.put(
                AwsService.OPSWORKS_CM,
                adapters.get(OpsWorksCmModule.ADAPTER).describeBackups(Optional.empty()).stream()
                        .map(BackupSummary::id)
                        .collect(Collectors.toSet()));
        made.put(
                AwsService.FSX,
                adapters.get(AwsService.FSX).listResources().stream()
                        .flatMap(r -> adapters.get(AwsService.FSX).listBackups(r.id()).stream())
                        .map(BackupSummary::id)
                        .collect(Collectors.toSet()));
        made.put(
                AwsService.LIGHTSAIL,
                adapters.get(LightsailModule.ADAPTER).listSnapshots().stream()
                        .map(BackupSummary::id)
                        .collect(Collectors.toSet()));
        made.put(
                AwsService.BACKUP,
                adapters.get(AwsBackupModule.ADAPTER).listJobs(LONG_AGO, null).stream()
                        .map(BackupJobStatus::jobId)
                        .collect(Collectors.toSet()));
        return made;
    }

    /** The journal as the driver reads it; empty when it does not parse (counted as corrupt by the caller). */
    static Optional<List<TrackedJob>> journal(Path data) {
        Path file = data.resolve("jobs.json");
        if (!Files.exists(file)) {
            return Optional.of(List.of());
        }
        try {
            return Optional.of(JsonFile.MAPPER
                    .readValue(file.toFile(), JobJournal.Document.class)
                    .jobs());
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** How many of the plan's requests the journal holds: the worker's progress, which paces the kills. */
    static int journalledOfPlan(Path data, SoakPlan plan) {
        Set<String> planned =
                plan.requests().stream().map(BackupRequest::idempotencyToken).collect(Collectors.toSet());
        return (int) journal(data).orElse(List.of()).stream()
                .map(job -> job.request().idempotencyToken())
                .filter(planned::contains)
                .distinct()
                .count();
    }

    /** Files that do not parse, and any a reader had to set aside as malformed. */
    static int corruptFiles(Path data, Path config) throws IOException {
        int corrupt = journal(data).isPresent() ? 0 : 1;
        Path settings = config.resolve("settings.json");
        if (Files.exists(settings)) {
            try {
                JsonFile.MAPPER.readValue(settings.toFile(), Settings.class);
            } catch (IOException | RuntimeException e) {
                corrupt++;
            }
        }
        return corrupt
                + (int) (names(data).filter(n -> n.contains(".malformed-")).count()
                        + names(config).filter(n -> n.contains(".malformed-")).count());
    }

    /** Temporary files a kill left between their creation and their rename (the next start removes them). */
    static int strayTempFiles(Path data, Path config) throws IOException {
        return (int) (names(data).filter(n -> n.endsWith(".tmp")).count()
                + names(config).filter(n -> n.endsWith(".tmp")).count());
    }

    private static Stream<String> names(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return Stream.empty();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).toList().stream();
        }
    }

    /** Requested, created, duplicates and lost, from the plan, the journal and the sandbox's listings. */
    static Map<String, Object> tally(
            SoakPlan plan,
            List<TrackedJob> jobs,
            Map<AwsService, Set<String>> before,
            Map<AwsService, Set<String>> after) {
        Map<String, List<TrackedJob>> byToken =
                jobs.stream().collect(Collectors.groupingBy(job -> job.request().idempotencyToken()));
        int created = 0;
        int duplicates = 0;
        Map<String, Integer> outcomes = new TreeMap<>();
        for (BackupRequest request : plan.requests()) {
            List<TrackedJob> journalled = byToken.getOrDefault(request.idempotencyToken(), List.of());
            duplicates += Math.max(0, journalled.size() - 1);
            if (journalled.isEmpty()) {
                outcomes.merge("NOT_JOURNALLED", 1, Integer::sum);
                continue;
            }
            TrackedJob job = journalled.getFirst();
            outcomes.merge(job.progress().outcome().name(), 1, Integer::sum);
            Set<String> made = new HashSet<>(after.get(job.service()));
            made.removeAll(before.get(job.service()));
            if (job.serviceJobId() != null && made.contains(job.serviceJobId())) {
                created++;
            }
        }
        for (AwsService service : StandardServices.registry().services()) {
            Set<String> extra = new HashSet<>(after.get(service));
            extra.removeAll(before.get(service));
            jobs.stream()
                    .filter(job -> job.service() == service)
                    .map(TrackedJob::serviceJobId)
                    .forEach(extra::remove);
            // A backup the sandbox holds that no journalled request claims: a second backup of some request.
            duplicates += extra.size();
        }
        Map<String, Object> tally = new TreeMap<>();
        tally.put("requested", plan.requests().size());
        tally.put("journalled", byToken.size());
        tally.put("created", created);
        tally.put("duplicates", duplicates);
        tally.put("lost", plan.requests().size() - created);
        tally.put("unfinished", (int)
                jobs.stream().filter(job -> !job.isFinished()).count());
        tally.put("outcomes", outcomes);
        return tally;
    }
}
