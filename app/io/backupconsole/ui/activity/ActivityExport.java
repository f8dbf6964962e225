package io.backupconsole.ui.activity;

import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.backupconsole.tracking.TrackedJob;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Writes the job history to CSV or JSON, the same columns in both. Written to a temporary file next to the target
 * and moved over it, so a failed export never leaves half a file. Blocking file I/O: background executor only.
 */
final class ActivityExport {
    static final List<String> COLUMNS = List.of(
            "id",
            "service",
            "connection",
            "region",
            "resourceId",
            "resourceName",
            "serviceJobId",
            "started",
            "state",
            "outcome",
            "percent",
            "message");

    /** One exported job; the JSON field names are the CSV header. */
    record Line(
            String id,
            String service,
            String connection,
            String region,
            String resourceId,
            String resourceName,
            String serviceJobId,
            String started,
            String state,
            String outcome,
            Double percent,
            String message) {
        static Line of(TrackedJob job) {
            return new Line(
                    job.id(),
                    job.service().id(),
                    job.connection(),
                    job.region(),
                    job.resourceId(),
                    job.resourceName(),
                    job.serviceJobId(),
                    job.startedAt().toString(),
                    job.progress().stateText(),
                    job.progress().outcome().name(),
                    job.progress().percent(),
                    job.progress().message());
        }

        List<String> cells() {
            return Stream.of(
                            id,
                            service,
                            connection,
                            region,
                            resourceId,
                            resourceName,
                            serviceJobId,
                            started,
                            state,
                            outcome,
                            percent == null ? null : percent.toString(),
                            message)
                    .map(v -> v == null ? "" : v)
                    .toList();
        }
    }

    private static final JsonMapper JSON =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private ActivityExport() {}

    static void csv(Path target, List<TrackedJob> jobs) throws IOException {
        StringBuilder out = new StringBuilder(String.join(",", COLUMNS)).append("\r\n");
        for (TrackedJob job : jobs) {
            out.append(Line.of(job).cells().stream()
                            .map(ActivityExport::csvCell)
                            .collect(Collectors.joining(",")))
                    .append("\r\n");
        }
        write(target, out.toString().getBytes(StandardCharsets.UTF_8));
    }

    static void json(Path target, List<TrackedJob> jobs) throws IOException {
        write(target, JSON.writeValueAsBytes(jobs.stream().map(Line::of).toList()));
    }

    /** RFC 4180: quoted when it holds a comma, quote or line break, quotes doubled. */
    static String csvCell(String value) {
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }

    private static void write(Path target, byte[] content) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path temp = Files.createTempFile(absolute.getParent(), ".export-", ".tmp");
        try {
            Files.write(temp, content);
            Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
