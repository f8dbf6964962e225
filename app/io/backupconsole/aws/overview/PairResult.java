package io.backupconsole.aws.overview;

import io.backupconsole.domain.AwsService;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the overview read in one (account, region) pair: the rows it got, and the failures that kept it from
 * getting others. A failure never hides the rows that did load, neither of this pair nor of any other.
 *
 * @param target    the pair
 * @param accountId the account id found (from a resource ARN), or empty
 * @param rows      the rows read, possibly fewer than exist when some services failed
 * @param failure   the connection failure (nothing could be read), or null
 * @param failures  per service, what failed (only when the connection itself worked)
 * @param notices   what the pair's listings could not tell, because a helper call failed ("Amazon FSx: volumes
 *                  are not listed: …"); the rows are there, with less in them
 */
public record PairResult(
        OverviewTarget target,
        String accountId,
        List<OverviewRow> rows,
        Throwable failure,
        Map<AwsService, Throwable> failures,
        List<String> notices) {

    public PairResult {
        Objects.requireNonNull(target, "target");
        accountId = accountId == null ? "" : accountId;
        rows = List.copyOf(rows);
        failures = Map.copyOf(failures);
        notices = List.copyOf(notices);
    }

    public static PairResult failed(OverviewTarget target, Throwable failure) {
        return new PairResult(target, "", List.of(), failure, Map.of(), List.of());
    }

    public boolean ok() {
        return failure == null && failures.isEmpty();
    }
}
