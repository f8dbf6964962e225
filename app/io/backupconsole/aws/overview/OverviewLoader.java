package io.backupconsole.aws.overview;

import io.backupconsole.aws.Connection;
import io.backupconsole.aws.ServiceAdapters;
import io.backupconsole.domain.AwsService;
import io.backupconsole.domain.Resource;
import io.backupconsole.domain.ResourceListing;
import io.backupconsole.domain.awsbackup.ResourceArns;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Reads the all-accounts overview: for every (account, region) pair, the resources each service can back up and
 * the backups running now, the pairs in parallel on a small pool of its own (at most {@link #PARALLELISM} at once,
 * so many accounts neither flood AWS nor starve the app's background executor). Each pair connects, reads and
 * closes its own SDK clients. A pair's failure, or one service's failure within a pair, is kept with that pair and
 * never stops the others. No JavaFX; {@link #load} blocks until every pair is done, so call it in the background.
 */
public final class OverviewLoader {
    public static final int PARALLELISM = 4;

    private final Function<Connection, ServiceAdapters> connector;
    private final Clock clock;
    private final int parallelism;

    /** @param connector builds a connection's adapters ({@code ServiceAdapters.connect} in the app) */
    public OverviewLoader(Function<Connection, ServiceAdapters> connector, Clock clock) {
        this(connector, clock, PARALLELISM);
    }

    OverviewLoader(Function<Connection, ServiceAdapters> connector, Clock clock, int parallelism) {
        this.connector = connector;
        this.clock = clock;
        this.parallelism = parallelism;
    }

    /**
     * Loads every pair; {@code onPair} gets each pair's result as soon as it is read (on a pool thread), and the
     * returned list holds them all, in the order of {@code targets}. Returns only once no pair is being read any
     * more, whatever happened (a pair whose {@code onPair} threw too), so no work outlives the call.
     *
     * @param stopped asked before each pair starts: once true, the pairs not started yet are skipped (left out of
     *                the result, and {@code onPair} is not called for them)
     */
    public List<PairResult> load(List<OverviewTarget> targets, Consumer<PairResult> onPair, BooleanSupplier stopped) {
        if (targets.isEmpty()) {
            return List.of();
        }
        AtomicInteger counter = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(parallelism, targets.size()), runnable -> {
            Thread thread = new Thread(runnable, "overview-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<CompletableFuture<Optional<PairResult>>> futures = targets.stream()
                    .map(target -> CompletableFuture.supplyAsync(
                            () -> {
                                if (stopped.getAsBoolean()) {
                                    return Optional.<PairResult>empty();
                                }
                                PairResult result = loadPair(target);
                                onPair.accept(result);
                                return Optional.of(result);
                            },
                            pool))
                    .toList();
            // Every pair ends before the first failure is thrown: a failed pair must not leave others running.
            CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new))
                    .exceptionally(failure -> null)
                    .join();
            return futures.stream()
                    .map(CompletableFuture::join)
                    .flatMap(Optional::stream)
                    .toList();
        } finally {
            pool.shutdown();
        }
    }

    /** One pair: connect, then every service on its own, so one refused service leaves the others' rows. */
    PairResult loadPair(OverviewTarget target) {
        ServiceAdapters adapters;
        try {
            adapters = connector.apply(target.connection());
        } catch (RuntimeException e) {
            return PairResult.failed(target, e);
        }
        try (adapters) {
            List<OverviewRow> rows = new ArrayList<>();
            Map<AwsService, Throwable> failures = new LinkedHashMap<>();
            List<String> notices = new ArrayList<>();
            Optional<String> accountId = Optional.empty();
            List<AwsService> services = adapters.services();
            for (AwsService service : services) {
                try {
                    ResourceListing listing = adapters.get(service).listing();
                    List<Resource> resources = listing.resources();
                    listing.notices().forEach(notice -> notices.add(service.displayName() + ": " + notice));
                    if (accountId.isEmpty()) {
                        accountId = accountIdOf(resources);
                    }
                    resources.forEach(resource -> rows.add(resourceRow(target, resource)));
                    rows.addAll(RunningBackups.of(service, adapters, target, clock.instant()));
                } catch (RuntimeException e) {
                    failures.put(service, e);
                }
            }
            if (failures.size() == services.size()) {
                // Nothing answered: one line for the pair says more than one copy of the same error per service.
                return PairResult.failed(target, failures.get(services.getFirst()));
            }
            String id = accountId.orElse("");
            return new PairResult(
                    target, id, rows.stream().map(row -> withAccountId(row, id)).toList(), null, failures, notices);
        }
    }

    /** The account id from the first ARN among the resources' ids and attributes. */
    static Optional<String> accountIdOf(List<Resource> resources) {
        for (Resource resource : resources) {
            Optional<String> fromId = ResourceArns.accountId(resource.id());
            if (fromId.isPresent()) {
                return fromId;
            }
            for (var attribute : resource.attributes()) {
                Optional<String> fromAttribute = ResourceArns.accountId(attribute.value());
                if (fromAttribute.isPresent()) {
                    return fromAttribute;
                }
            }
        }
        return Optional.empty();
    }

    private static OverviewRow resourceRow(OverviewTarget target, Resource resource) {
        return new OverviewRow(
                target.account(),
                "",
                target.region(),
                OverviewRow.Kind.RESOURCE,
                resource.service(),
                resource.name(),
                resource.id(),
                resource.state(),
                resource.eligibility().allowed()
                        ? "Ready"
                        : resource.eligibility().reason(),
                resource.createdAt());
    }

    private static OverviewRow withAccountId(OverviewRow row, String accountId) {
        return new OverviewRow(
                row.account(),
                accountId,
                row.region(),
                row.kind(),
                row.service(),
                row.name(),
                row.id(),
                row.state(),
                row.detail(),
                row.time());
    }
}
