package io.backupconsole.cli;

import io.backupconsole.tracking.TrackedJob;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Tracked jobs as a plain-text table: unfinished first (they are what a reader looks for), then newest first.
 * Columns are padded to their widest cell; the message comes last and is never cut. Pure.
 */
final class JobTable {
    private static final List<String> HEADER =
            List.of("STARTED", "SERVICE", "RESOURCE", "STATE", "PROGRESS", "MESSAGE");
    private static final DateTimeFormatter STARTED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private JobTable() {}

    static List<TrackedJob> ordered(List<TrackedJob> jobs) {
        return jobs.stream()
                .sorted(Comparator.comparing(TrackedJob::isFinished)
                        .thenComparing(TrackedJob::startedAt, Comparator.reverseOrder()))
                .toList();
    }

    static String render(List<TrackedJob> jobs, ZoneId zone) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(HEADER);
        for (TrackedJob job : ordered(jobs)) {
            rows.add(List.of(
                    STARTED.format(job.startedAt().atZone(zone)),
                    job.service().id(),
                    resource(job),
                    state(job),
                    progress(job),
                    job.progress().message()));
        }
        int[] widths = new int[HEADER.size()];
        rows.forEach(row -> {
            for (int i = 0; i < row.size(); i++) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        });
        StringBuilder table = new StringBuilder();
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.size(); i++) {
                line.append(i == row.size() - 1 ? row.get(i) : String.format("%-" + widths[i] + "s  ", row.get(i)));
            }
            table.append(line.toString().stripTrailing()).append('\n');
        }
        return table.toString();
    }

    /** The human name, with the id when they differ (an FSx Name tag, an AWS Backup resource name). */
    static String resource(TrackedJob job) {
        return job.resourceName() == null || job.resourceName().equals(job.resourceId())
                ? job.resourceId()
                : job.resourceName() + " (" + job.resourceId() + ")";
    }

    /** Our outcome, with the service's own word when it says more (RUNNING CREATING, FAILED NOT_FOUND). */
    static String state(TrackedJob job) {
        String text = job.progress().stateText();
        String outcome = job.progress().outcome().name();
        return text.isBlank() || text.equals(outcome) ? outcome : outcome + " " + text;
    }

    static String progress(TrackedJob job) {
        Double percent = job.progress().percent();
        return percent == null ? "-" : Math.round(percent) + "%";
    }
}
