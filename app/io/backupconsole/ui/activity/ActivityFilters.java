package io.backupconsole.ui.activity;

import io.backupconsole.domain.AwsService;
import io.backupconsole.domain.JobOutcome;
import io.backupconsole.ui.common.Formats;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** The activity table's three filters (service, state, text) as one predicate. Pure. */
public final class ActivityFilters {
    private ActivityFilters() {}

    /** A service choice; {@link #ALL} (service null) matches every service. */
    public record ServiceFilter(AwsService service) {
        public static final ServiceFilter ALL = new ServiceFilter(null);

        /** {@link #ALL}, then each of {@code services}. */
        public static List<ServiceFilter> choices(List<AwsService> services) {
            return Stream.concat(Stream.of(ALL), services.stream().map(ServiceFilter::new))
                    .toList();
        }

        boolean matches(AwsService candidate) {
            return service == null || service.equals(candidate);
        }

        @Override
        public String toString() {
            return service == null ? "All services" : service.displayName();
        }
    }

    /** A state choice, in the words the table's badges use (an unreachable job is not running: it has its own). */
    public enum StateFilter {
        ALL("All states", Set.of(JobOutcome.values())),
        RUNNING("Running", Set.of(JobOutcome.SUBMITTING, JobOutcome.RUNNING)),
        UNREACHABLE(ActivityRow.UNREACHABLE, Set.of(JobOutcome.SUBMITTING, JobOutcome.RUNNING)),
        SUCCEEDED("Succeeded", Set.of(JobOutcome.SUCCEEDED)),
        WITH_ISSUES("Completed with issues", Set.of(JobOutcome.COMPLETED_WITH_ISSUES)),
        FAILED("Failed, stopped or expired", Set.of(JobOutcome.FAILED, JobOutcome.ABORTED, JobOutcome.EXPIRED));

        private final String label;
        private final Set<JobOutcome> outcomes;

        StateFilter(String label, Set<JobOutcome> outcomes) {
            this.label = label;
            this.outcomes = outcomes;
        }

        boolean matches(ActivityRow.Values values) {
            boolean shownUnreachable = values.unreachable();
            if (this == RUNNING && shownUnreachable || this == UNREACHABLE && !shownUnreachable) {
                return false;
            }
            return outcomes.contains(values.job().progress().outcome());
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /**
     * Rows of {@code service} in {@code state} with {@code text} (case-insensitive) in any column the table shows,
     * the started time in the words the table uses for it ("5 min ago") included.
     */
    static Predicate<ActivityRow> of(ServiceFilter service, StateFilter state, String text, Clock clock) {
        String needle = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return row -> {
            ActivityRow.Values v = row.values();
            if (!(service == null ? ServiceFilter.ALL : service).matches(v.job().service())
                    || !(state == null ? StateFilter.ALL : state).matches(v)) {
                return false;
            }
            if (needle.isEmpty()) {
                return true;
            }
            return Stream.of(
                            v.service(),
                            v.resource(),
                            v.job().resourceId(),
                            v.state(),
                            v.percent(),
                            v.eta(),
                            v.message(),
                            Formats.relative(v.started(), clock.instant(), clock.getZone()))
                    .anyMatch(column -> column.toLowerCase(Locale.ROOT).contains(needle));
        };
    }
}
