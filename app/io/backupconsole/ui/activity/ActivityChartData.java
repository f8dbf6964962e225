package io.backupconsole.ui.activity;

import io.backupconsole.domain.JobOutcome;
import io.backupconsole.tracking.TrackedJob;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Backups per day by outcome for the last {@link #DAYS} days (the day a backup was started, in the user's zone),
 * for the activity chart. Days without backups are included so the axis has no gaps. Pure.
 *
 * @param days   the days, oldest first, as the axis shows them ("Mar 14")
 * @param series one per outcome group, each with a count per day in the order of {@code days}
 */
public record ActivityChartData(List<String> days, List<Series> series) {
    static final int DAYS = 14;
    private static final DateTimeFormatter LABEL = DateTimeFormatter.ofPattern("MMM d", Locale.ENGLISH);

    /** An outcome group's counts, one per day. */
    public record Series(String name, List<Integer> counts) {
        public int total() {
            return counts.stream().mapToInt(Integer::intValue).sum();
        }
    }

    /** The stacking order: good at the bottom, running, then the jobs nobody can see now, on top. */
    private enum Group {
        SUCCEEDED("Succeeded"),
        WITH_ISSUES("Completed with issues"),
        FAILED("Failed, stopped or expired"),
        RUNNING("Running"),
        UNREACHABLE("Unreachable");

        final String label;

        Group(String label) {
            this.label = label;
        }

        static Group of(JobOutcome outcome) {
            return switch (outcome) {
                case SUCCEEDED -> SUCCEEDED;
                case COMPLETED_WITH_ISSUES -> WITH_ISSUES;
                case FAILED, ABORTED, EXPIRED -> FAILED;
                case SUBMITTING, RUNNING -> RUNNING;
            };
        }
    }

    /** @param unreachable the ids of unfinished jobs whose connection cannot be reached: not counted as running */
    public static ActivityChartData of(
            Collection<TrackedJob> jobs, Set<String> unreachable, LocalDate today, ZoneId zone) {
        LocalDate first = today.minusDays(DAYS - 1);
        Map<Group, int[]> counts = new LinkedHashMap<>();
        for (Group group : Group.values()) {
            counts.put(group, new int[DAYS]);
        }
        for (TrackedJob job : jobs) {
            LocalDate day = LocalDate.ofInstant(job.startedAt(), zone);
            if (!day.isBefore(first) && !day.isAfter(today)) {
                Group group = !job.isFinished() && unreachable.contains(job.id())
                        ? Group.UNREACHABLE
                        : Group.of(job.progress().outcome());
                counts.get(group)[(int) (day.toEpochDay() - first.toEpochDay())]++;
            }
        }
        List<String> days = new ArrayList<>();
        for (int i = 0; i < DAYS; i++) {
            days.add(LABEL.format(first.plusDays(i)));
        }
        List<Series> series = counts.entrySet().stream()
                .map(e -> new Series(
                        e.getKey().label, Arrays.stream(e.getValue()).boxed().toList()))
                .toList();
        return new ActivityChartData(List.copyOf(days), series);
    }
}
